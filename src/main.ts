import { loadConfig } from './config.js';
import { createLogger, step } from './logger.js';
import { connect, type Connected } from './neo4j/connect.js';
import { checkCypherFiles } from './neo4j/cypher.js';
import { refreshEveryResultGroup, resultGroupsLag } from './benchmark/result-groups.js';
import { listen, type RunningServer } from './server/server.js';
import { warmQueryPlans } from './server/warm-up.js';
import { createApp, type App } from './server/yoga.js';

/**
 * `npm start`: a Neo4j (existing, container or local), schema migrations, the seed when the graph is
 * empty, then GraphQL on http://localhost:4000/graphql. SIGTERM/SIGINT shut all of it down in order.
 */
const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL, undefined, config.LOG_FORMAT);

let connected: Connected | undefined;
let running: RunningServer | undefined;
let app: App | undefined;
let shuttingDown = false;

async function shutdown(signal: string): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  logger.info({ signal }, 'shutting down');
  await running?.close(config.SHUTDOWN_GRACE_MS);
  logger.info('HTTP server closed');
  await app?.dispose(); // what its plugins hold open (the connection to Redis)
  await connected?.close();
  logger.info('stopped');
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  // on, not once: a second signal (tsx and npm relay the first) must not kill us mid-shutdown.
  process.on(signal, () => {
    shutdown(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

try {
  // Every Cypher file, and every fragment where it is put, before anything starts: a fragment that does
  // not fit fails here, not on a user's request.
  logger.debug({ files: checkCypherFiles() }, 'Cypher files checked');
  connected = await connect(config, logger);
  if (config.SEED_ON_START) {
    const { seedIfEmpty } = await import('./seed/loader.js');
    await seedIfEmpty(connected.db, logger);
  }
  if (!shuttingDown && (await resultGroupsLag(connected.db))) {
    // A graph written before the groups of comparable results existed: the seed is not reloaded on it.
    let groups = 0;
    const db = connected.db;
    await step(logger, 'bringing the groups of comparable results up to date', async () => void (groups = await refreshEveryResultGroup(db)), () => ({ groups }));
  }
  if (config.IMPORT_ON_START && !shuttingDown) {
    const { importOnStart } = await import('./catalog/importer.js');
    await importOnStart(connected.db, logger);
  }
  if (!shuttingDown) {
    let warm = false;
    const server = (app = createApp({ db: connected.db, logger, config, warmedUp: () => warm, dependency: () => connected?.neo4j.health?.() }));
    running = await listen(server, config.HOST, config.PORT, logger, { maxBodyBytes: config.MAX_BODY_BYTES });
    if (config.WARM_UP_ON_START) {
      // The server answers meanwhile (a little slower until the plans are cached), but /ready says 503 until
      // this is done, so that a load balancer sends traffic only to a warm server.
      const warming = { done: 0, total: 0 };
      await step(
        logger,
        'warming query plans (the example questions and common lists, once each)',
        () => warmQueryPlans(server, logger, warming),
        () => ({ queries: `${warming.done} of ${warming.total}` }),
      ).catch((error: unknown) => logger.warn({ err: error }, 'warming query plans failed; serving anyway'));
    }
    warm = true;
    logger.info({ url: running.url }, `ready: GraphiQL at ${running.url}`);
  }
} catch (error) {
  logger.fatal({ err: error }, error instanceof Error ? error.message : String(error));
  await connected?.close().catch(() => {});
  process.exit(1);
}
