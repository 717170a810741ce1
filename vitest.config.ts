import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS entry for the libraries (Pothos, yoga); Vite would give our own
    // files its .mjs build, and graphql refuses types from "another realm". One graphql for all.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // One real Neo4j for the whole run, started (or found) by the same provider as `npm start`. Test files
    // run one after another: some write through the API (and undo it), and others read exact counts.
    fileParallelism: false,
    globalSetup: ['test/support/global-setup.ts'],
    // The first run on a machine downloads Neo4j through Maven; later starts take seconds.
    hookTimeout: 600_000,
    testTimeout: 120_000,
    // The JSON report is what .ci/run counts; the default reporter is for people.
    reporters: ['default', 'json'],
    outputFile: { json: '.test-output/vitest.json' },
  },
});
