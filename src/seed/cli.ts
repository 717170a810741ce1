import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { connect } from '../neo4j/connect.js';
import { SeedError } from './files.js';
import { describeSummary, loadSeed, prepareSeed } from './loader.js';

/**
 * `npm run seed` loads seed/ into the graph (idempotent); `-- --reset` empties the graph first;
 * `-- --check` only validates the files. Uses the same Neo4j provider as `npm start`: with no NEO4J_URI,
 * the local Neo4j in .neo4j-local/dev is started for the load and stopped after.
 */
const { values } = parseArgs({
  options: { reset: { type: 'boolean', default: false }, check: { type: 'boolean', default: false }, dir: { type: 'string' } },
});
const print = (line: string) => process.stdout.write(`${line}\n`);

try {
  if (values.check) {
    const plan = prepareSeed(values.dir, print);
    print(`seed is valid: ${plan.nodes.length} nodes, ${plan.relationships.length} relationships`);
  } else {
    // Validate before starting anything: a broken file is reported in a second, not after a Neo4j start.
    prepareSeed(values.dir);
    const config = loadConfig();
    const connected = await connect(config, createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, undefined, config.LOG_FORMAT));
    try {
      const summary = await loadSeed(connected.db, { dir: values.dir, reset: values.reset, progress: print });
      print(describeSummary(summary));
    } finally {
      await connected.close();
    }
  }
} catch (error) {
  process.stderr.write(`${error instanceof SeedError ? error.message : String((error as Error).stack ?? error)}\n`);
  process.exitCode = 1;
}
