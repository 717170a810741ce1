import { defineConfig } from 'vitest/config';

/**
 * Three tiers:
 * - unit (test/unit/): no database: the assembled Cypher, fragments, cursors, search text, config, the
 *   schema's SDL, types and import cycles; files in parallel.
 * - graph (test/*.test.ts): the API on one real Neo4j with the seeded graph, started (or found) once by the
 *   same provider as `npm start` (test/support/global-setup.ts). One file after another: some write
 *   through the API (and undo it), and others read exact counts.
 * - own-neo4j (test/own-neo4j/): files that start, stop, freeze and kill a Neo4j of their own, two at a time
 *   (each has its own JVM, ports and folder; they wait on restarts and a frozen Neo4j much of their time); they
 *   share nothing with the graph tier.
 * `npm test` runs each tier in a vitest process of its own, side by side, the unit and own-Neo4j tiers at a lower
 * CPU priority than the graph tier (test/support/yield-cpu.ts); `npx vitest run` runs the three in one process,
 * one group after another (one vitest process runs the projects of a group with one worker count);
 * `npx vitest run --project unit` needs no database.
 */
export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS entry for the libraries (Pothos, yoga); Vite would give our own
    // files its .mjs build, and graphql refuses types from "another realm". One graphql for all.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    testTimeout: 120_000,
    // The JSON report is what .ci/run counts; the default reporter is for people.
    reporters: ['default', 'json'],
    outputFile: { json: '.test-output/vitest.json' },
    projects: [
      {
        extends: true,
        // First, in parallel: the other two share one group, whose projects must have one worker count.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], sequence: { groupOrder: 0 }, globalSetup: ['test/support/yield-cpu.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'graph',
          include: ['test/*.test.ts'],
          fileParallelism: false,
          // One after another, in one module graph: each file would otherwise import and transform the whole
          // server again (about 150 s of a CI run's 690 s went between files). Files share no module state
          // they change: each makes its own app, database handle and config.
          isolate: false,
          sequence: { groupOrder: 1 },
          globalSetup: ['test/support/global-setup.ts'],
          // The first run on a machine downloads Neo4j through Maven; later starts take seconds.
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'own-neo4j',
          include: ['test/own-neo4j/**/*.test.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 2 },
          hookTimeout: 600_000,
          globalSetup: ['test/support/yield-cpu.ts'],
        },
      },
    ],
  },
});
