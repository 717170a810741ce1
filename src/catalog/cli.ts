import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { connect } from '../neo4j/connect.js';
import { describeImport, importCatalogs } from './importer.js';

/**
 * `npm run import`: merges the model catalogs into the graph (idempotent), printing progress and where
 * the resolution report is. Uses the same Neo4j as `npm start` (with no NEO4J_URI, the local one in
 * .neo4j-local/dev, started for the import and stopped after).
 */
const print = (line: string) => process.stdout.write(`${line}\n`);
let debug = false;
try {
  const config = loadConfig();
  debug = config.LOG_LEVEL === 'debug';
  const connected = await connect(config, createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, undefined, config.LOG_FORMAT));
  try {
    const { summary, report, reportFiles } = await importCatalogs(connected.db, { progress: print });
    print(describeImport(summary, report));
    for (const file of reportFiles) print(`resolution report: ${file}`);
  } finally {
    await connected.close();
  }
} catch (error) {
  // The message says what to do; the stack only helps a developer (LOG_LEVEL=debug).
  process.stderr.write(`${debug ? String((error as Error).stack ?? error) : error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
