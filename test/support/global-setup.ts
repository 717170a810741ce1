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
 * The graph tier's Neo4j runs the JVM's JIT with its second tier (C2) inlining less deep than its default (9
 * levels, not 15; calls inlined only into methods under 1,000 bytes of code, not 2,500). Most of its CPU is Cypher's
 * planner (about 470 distinct query texts planned once each) and the JIT compiling the planner's Scala code
 * while it runs; C2's work grows faster than the code it inlines. Measured on 2026-12-07 with a whole graph tier
 * against a fresh Neo4j per run, started apart and named by NEO4J_URI, threads' CPU read from /proc: the defaults
 * 213 s of wall time, 268 s of Neo4j CPU (the compiler threads 118 s, the Bolt workers 118 s); these options
 * 206 s, 230 s (compiler threads 86 s, Bolt workers 116 s: the planner no slower); inlining less still
 * (6 levels, 500 bytes, no escape analysis) 214 s, 231 s (compiler 73 s, Bolt workers 125 s). Repeated, alternating
 * runs: defaults 258 and 244 CPU-s, these options 213 (docs/issue-15-plan.md has every run). Earlier: the Tier4
 * thresholds raised 6-10x took 219 s for the same CPU; the first tier only doubled model-filters' time (38.6 s
 * against 17.9 s). NEO4J_LOCAL_JVM_OPTIONS, when set, replaces these.
 */
const GRAPH_TIER_JVM_OPTIONS = '-XX:MaxInlineLevel=9 -XX:InlineSmallCode=1000';

export default async function setup(project: TestProject) {
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // The tier asks its questions of many benchmarks and lists: each length of an id would otherwise be planned
    // again (a third of its cold plans). Answers do not depend on plans; the benchmarks run Neo4j's default.
    NEO4J_LOCAL_PARAMETER_SIZE_HINTS: process.env.NEO4J_LOCAL_PARAMETER_SIZE_HINTS ?? 'false',
    NEO4J_LOCAL_JVM_OPTIONS: process.env.NEO4J_LOCAL_JVM_OPTIONS ?? GRAPH_TIER_JVM_OPTIONS,
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
