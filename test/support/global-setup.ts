import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { connect } from '../../src/neo4j/connect.js';
import { importCatalogs } from '../../src/catalog/importer.js';
import { loadSeed } from '../../src/seed/loader.js';
import type { Neo4jSource } from '../../src/neo4j/provider.js';

/** The folder of the test run's own local Neo4j, emptied before each run (never the dev database). */
export const TEST_LOCAL_DIR = '.neo4j-local/test';

export interface TestNeo4j {
  source: Neo4jSource;
  uri: string;
  user: string;
  password: string | undefined;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/*
 * The graph tier's Neo4j runs with the JVM's own JIT settings. Most of its CPU is Neo4j's query planner (about
 * 300 distinct query texts planned once each), and planning on code left to the JIT's first tier is slower:
 * measured on 2026-12-07 against a fresh Neo4j per run, started apart and named by NEO4J_URI, the tier took 187 s of wall time with
 * the JVM's defaults and 219 s with the second tier kept for the hottest code (Tier4 thresholds raised 6-10x, the
 * choice until then), both about 254 s of Neo4j CPU; with the first tier only, model-filters alone took 38.6 s
 * instead of 17.9 s. NEO4J_LOCAL_JVM_OPTIONS, when set, is passed on.
 */

export default async function setup(project: TestProject) {
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // The tier asks its questions of many benchmarks and lists: each length of an id would otherwise be planned
    // again (a third of its cold plans). Answers do not depend on plans; the benchmarks run Neo4j's default.
    NEO4J_LOCAL_PARAMETER_SIZE_HINTS: process.env.NEO4J_LOCAL_PARAMETER_SIZE_HINTS ?? 'false',
  });
  const logger = createLogger(config.LOG_LEVEL, 'test-neo4j', config.LOG_FORMAT);
  rmSync(TEST_LOCAL_DIR, { recursive: true, force: true });
  const connected = await connect(config, logger, { localDir: TEST_LOCAL_DIR });
  // Every test reads the real graph as npm start loads it, the seed and the catalogs; tests that write use
  // their own labels or ids.
  await loadSeed(connected.db, { reset: true });
  await importCatalogs(connected.db, { reportDir: '.test-output/catalog-import' });
  const { source, uri, user, password } = connected.neo4j;
  project.provide('neo4j', { source, uri, user, password });
  return async () => {
    await connected.close();
  };
}
