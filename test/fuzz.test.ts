import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleQuestions } from '../src/questions/examples.js';
import { createApp } from '../src/server/yoga.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/**
 * Thousands of malformed requests: broken documents, wrong variables, bodies that are not what they claim
 * to be. Every answer must be well-formed JSON carrying errors (or data), never a 500, never a stack trace,
 * and the server must keep answering.
 */
const db = testDatabase();
const app = createApp({ db, logger: quietLogger, config: { RATE_LIMIT_PER_MINUTE: 0 } });
afterAll(() => db.close());

const RUNS = 750;
const documents = exampleQuestions().map((e) => e.document);

interface Probe {
  method: 'GET' | 'POST';
  contentType?: string;
  body?: string;
  query?: string;
}

async function send(probe: Probe) {
  const url = new URL('http://test/graphql');
  if (probe.query !== undefined) url.search = probe.query;
  const response = await app.fetch(url.toString(), {
    method: probe.method,
    headers: { accept: 'application/graphql-response+json, application/json', ...(probe.contentType ? { 'content-type': probe.contentType } : {}) },
    body: probe.method === 'POST' ? probe.body : undefined,
  });
  return { status: response.status, text: await response.text() };
}

function expectWellFormed({ status, text }: { status: number; text: string }, probe: Probe) {
  const where = JSON.stringify(probe).slice(0, 300);
  expect(status, where).toBeLessThan(500);
  const body = JSON.parse(text) as { data?: unknown; errors?: Array<{ message: unknown }> };
  expect(body.errors !== undefined || body.data !== undefined, where).toBe(true);
  for (const error of body.errors ?? []) expect(typeof error.message, where).toBe('string');
  expect(text, where).not.toMatch(/\n\s+at |"stack"|Neo4jError/);
}

/** A real document with a few characters deleted, replaced or inserted. */
const mutatedDocument = fc
  .record({
    document: fc.constantFrom(...documents),
    edits: fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 5 }), insert: fc.string({ maxLength: 5 }) }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ document, edits }) =>
    edits.reduce((text, { at, remove, insert }) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + remove);
    }, document),
  );

describe('malformed input never breaks the server', () => {
  it('answers broken and random documents with errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedDocument, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 })), async (query) => {
        const probe: Probe = { method: 'POST', contentType: 'application/json', body: JSON.stringify({ query }) };
        expectWellFormed(await send(probe), probe);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers wrong variables with errors', async () => {
    const query = 'query ($where: ModelFilter, $first: Int, $order: ModelOrder) { models(where: $where, first: $first, orderBy: $order) { totalCount } }';
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('where', 'first', 'order', 'other'), fc.jsonValue({ maxDepth: 3 })), async (variables) => {
        const probe: Probe = { method: 'POST', contentType: 'application/json', body: JSON.stringify({ query, variables }) };
        expectWellFormed(await send(probe), probe);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers bodies that are not GraphQL requests, under any content type', async () => {
    const body = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.record({ query: fc.jsonValue({ maxDepth: 2 }), variables: fc.jsonValue({ maxDepth: 2 }), operationName: fc.jsonValue({ maxDepth: 1 }) }).map((v) => JSON.stringify(v)),
    );
    const contentType = fc.constantFrom('application/json', 'application/graphql+json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/xml');
    await fc.assert(
      fc.asyncProperty(body, contentType, async (text, type) => {
        const probe: Probe = { method: 'POST', contentType: type, body: text };
        const answer = await send(probe);
        expect(answer.status, JSON.stringify(probe)).toBeLessThan(500);
        // A content type yoga does not read is refused before GraphQL (415, plain or JSON); the rest is GraphQL JSON.
        if (answer.status !== 415) expectWellFormed(answer, probe);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers random GET query strings with errors', async () => {
    const search = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.record({ query: fc.oneof(mutatedDocument, fc.string({ maxLength: 100 })), variables: fc.string({ maxLength: 50 }) }).map(
        (p) => `query=${encodeURIComponent(p.query)}&variables=${encodeURIComponent(p.variables)}`,
      ),
    );
    await fc.assert(
      fc.asyncProperty(search, async (query) => {
        const probe: Probe = { method: 'GET', query };
        expectWellFormed(await send(probe), probe);
      }),
      { numRuns: RUNS },
    );
  });

  it('still answers a real question afterwards', async () => {
    const probe: Probe = { method: 'POST', contentType: 'application/json', body: JSON.stringify({ query: '{ model(id: "deepseek-r1") { name } }' }) };
    const answer = await send(probe);
    expect(JSON.parse(answer.text)).toEqual({ data: { model: { name: 'DeepSeek-R1' } } });
  });
});
