import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/server/yoga.js';
import { ask } from './support/graphql.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/**
 * Which files of src/ a request passes through, measured: V8's precise coverage counts the calls of every
 * function during one request (after a first one has loaded everything). The README's "How a request
 * becomes Cypher" names these files; this test keeps that list true, so that a new file on the path is a
 * decision, not an accident.
 */

/** What every request passes before execution: yoga and its plugins, auth, the per-request context. */
const HTTP_LAYER = new Set([
  'server/yoga.ts',
  'context.ts',
  'graphql/builder.ts', // the scope-auth plugin's authScopes
  'auth/authorize-first.ts',
  'auth/tokens.ts',
  'export/exports.ts',
  'export/openapi.ts',
  'graph-view/explore-page.ts',
  'http/get-cache.ts',
  'http/graphiql.ts',
  'http/hardening.ts',
  'http/persisted-operations.ts',
  'server/admission.ts', // a place to run in (MAX_CONCURRENT_OPERATIONS)
  'server/response-cache.ts',
]);
const db = testDatabase();
// Without the response cache: the path followed is the one a request takes to Neo4j, every time.
const app = createApp({ db, logger: quietLogger, config: { RESPONSE_CACHE_SIZE: 0 } });
afterAll(() => db.close());

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');

async function filesCalledBy(document: string): Promise<string[]> {
  await ask(app, document); // loads, plans and caches what the request needs
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    await session.post('Profiler.takePreciseCoverage'); // counts from here
    const answer = await ask(app, document);
    const { result } = await session.post('Profiler.takePreciseCoverage');
    expect(answer.errors).toBeUndefined();
    await session.post('Profiler.stopPreciseCoverage');
    return result
      .filter((script) => script.url.startsWith(`file://${src}/`) && script.functions.some((fn) => fn.ranges.some((range) => range.count > 0)))
      .map((script) => path.relative(src, fileURLToPath(script.url)))
      .sort();
  } finally {
    session.disconnect();
  }
}

describe('the path of a request through src/', () => {
  it('models(where:, orderBy:, first:) with organization and results { score benchmark }', async () => {
    const files = await filesCalledBy(
      '{ models(where: { openness: [OPEN_WEIGHTS] }, orderBy: NAME_ASC, first: 10) { edges { node { organization { name } results { score benchmark { name } } } } } }',
    );
    console.log(`files of src/ a models request called: ${JSON.stringify(files)}`);
    expect(files.filter((file) => HTTP_LAYER.has(file))).toEqual(expect.arrayContaining(['server/yoga.ts', 'http/hardening.ts']));
    expect(files.filter((file) => !HTTP_LAYER.has(file))).toEqual([
      'model/model.repository.ts', // the repository: arguments and selection to Cypher, rows to models
      'model/model.schema.ts', // the resolver of Query.models (and Model.organization)
      'neo4j/cypher.ts', // the assembler
      'neo4j/database.ts', // the database access
      'one-trip/asked.ts', // what the request asks: its page, what it selects, what its parents brought along
    ]);
  });
});
