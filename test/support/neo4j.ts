import { afterAll, inject } from 'vitest';
import { hashToken, newToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createDriver, Database } from '../../src/neo4j/database.js';
import { commandAvailable } from '../../src/neo4j/local-launcher.js';
import { loadSeed } from '../../src/seed/loader.js';
import { createApp, type AppConfig } from '../../src/server/yoga.js';

/** The run's Neo4j (see global-setup.ts), through the real driver. Close it in afterAll. */
export function testDatabase(): Database {
  const neo4j = inject('neo4j');
  return new Database(createDriver(neo4j), loadConfig().NEO4J_DATABASE);
}

export const quietLogger = createLogger('silent');

/**
 * JVM options for a Neo4j a test starts for itself and stops within a minute: the JIT's first tier only. Most
 * of such a Neo4j's CPU is compiling Neo4j's own code (the JIT's second tier), which pays off in a long-lived
 * server (the graph tier's, npm start's) but not in a short one; on two cores the tiers run side by side.
 */
export const SHORT_LIVED_JVM_OPTIONS = ['-XX:TieredStopAtLevel=1'];

/**
 * Whether this machine can start a local Neo4j (Java, and Maven to resolve it): the own-Neo4j tests need one.
 * A function, so that the files that do not ask it (the graph tier's) do not run java and mvn.
 */
export const canLaunchLocalNeo4j = (): boolean => commandAvailable('java') && commandAvailable('mvn', ['-v']);

/**
 * Undoes what a test file wrote through the API (every node and relationship of origin 'api') and loads the
 * seed again, so that the other test files see the seeded graph; claims decided by rules are decided again.
 */
export async function undoApiWrites(db: Database): Promise<void> {
  await db.write({ name: 'test/undo-api-relationships', text: "MATCH ()-[r {origin: 'api'}]->() DELETE r" });
  await db.write({ name: 'test/undo-api-nodes', text: "MATCH (n {origin: 'api'}) DETACH DELETE n" });
  await loadSeed(db);
}

/** Whether a process (a Neo4j, a server) still runs. */
export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * What a test file that writes through the API as an editor starts with: its database, an app that knows one
 * editor token (beside `config`), and, once the file is done, its API writes undone (undoApiWrites, so that the
 * next file sees the seeded graph) and its database closed.
 */
export function appWithEditor(config: Partial<AppConfig> = {}) {
  const db = testDatabase();
  const editorToken = newToken();
  const tokens: AppConfig['API_TOKENS'] = [{ role: 'editor', sha256: hashToken(editorToken) }];
  const app = createApp({ db, logger: quietLogger, config: { ...config, API_TOKENS: tokens } });
  afterAll(async () => {
    await undoApiWrites(db);
    await db.close();
  });
  return { db, app, editorToken, tokens };
}
