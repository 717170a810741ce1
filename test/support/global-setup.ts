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

/**
 * The graph tier's Neo4j lives for the few minutes of the tier and plans a few hundred distinct queries once
 * each: most of its CPU went to Neo4j's query planner and to compiling the planner's code (2.2 CPU-minutes of
 * JIT in a 5-minute run, measured with JFR). Only the code run most often gets the JIT's second tier.
 * NEO4J_LOCAL_JVM_OPTIONS, when set, replaces these.
 */
const GRAPH_TIER_JVM_OPTIONS = ['-XX:Tier4InvocationThreshold=30000', '-XX:Tier4MinInvocationThreshold=15000', '-XX:Tier4CompileThreshold=40000', '-XX:Tier4BackEdgeThreshold=200000'];

export default async function setup(project: TestProject) {
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    NEO4J_LOCAL_JVM_OPTIONS: process.env.NEO4J_LOCAL_JVM_OPTIONS ?? GRAPH_TIER_JVM_OPTIONS.join(' '),
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
