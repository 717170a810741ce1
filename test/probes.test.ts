import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createDriver, Database } from '../src/neo4j/database.js';
import { listen, type RunningServer } from '../src/server/server.js';
import { createApp } from '../src/server/yoga.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/**
 * The server probed from outside, as a hostile client probes it: real HTTP on loopback, the production
 * configuration, the real Neo4j. One test per defect the outside probes found (issue 14); each failed
 * before its fix.
 */
const db = testDatabase();
const app = createApp({ db, logger: quietLogger, config: { ...loadConfig({ NODE_ENV: 'production' }), RATE_LIMIT_PER_MINUTE: 0 } });
let server: RunningServer;

beforeAll(async () => {
  server = await listen(app, '127.0.0.1', 0, quietLogger);
});
afterAll(async () => {
  await server?.close(0);
  await db.close();
});

interface Answer {
  status: number;
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

async function post(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${server.url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

const codes = (answer: Answer) => (answer.errors ?? []).map((e) => e.extensions?.code);
const cursor = (text: string) => Buffer.from(text).toString('base64url');

describe('1. the cost limit counts a list asked by id', () => {
  it('refuses 8,000 ids with a nested selection, as it refuses the same selection over a large page', async () => {
    const { data } = await post('{ models(first: 50) { edges { node { id } } } }');
    const modelIds: string[] = data!.models.edges.map((e: any) => e.node.id);
    const ids = Array.from({ length: 8000 }, (_, i) => modelIds[i % modelIds.length]);
    const nested = '... on Model { organization { models { results { score benchmark { name } } } } }';
    const byIds = await post(`query ($ids: [ID!]!) { nodes(ids: $ids) { id ${nested} } }`, { ids });
    expect(codes(byIds)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(byIds.data ?? null).toBeNull();
    const byGraph = await post(`query ($ids: [ID!]!) { graph(ids: $ids, depth: 3) { nodes { data } edges { data } } }`, { ids });
    expect(codes(byGraph)).toEqual(['COST_LIMIT_EXCEEDED']);
    // More than 1,000 ids is refused whatever the selection; 1,000 are answered.
    const tooMany = await post('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids.slice(0, 1001) });
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors![0]!.message).toMatch(/"ids" takes at most 1000 ids; got 1001/);
    const graphTooMany = await post('query ($ids: [ID!]!) { graph(ids: $ids) { truncated } }', { ids: ids.slice(0, 1001) });
    expect(codes(graphTooMany)).toEqual(['BAD_USER_INPUT']);
    const thousand = await post('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids.slice(0, 1000) });
    expect(thousand.errors).toBeUndefined();
    expect(thousand.data!.nodes).toHaveLength(1000);
    // A few ids with the nested selection are answered.
    const few = await post(`query ($ids: [ID!]!) { nodes(ids: $ids) { id ${nested} } }`, { ids: modelIds.slice(0, 3) });
    expect(few.errors).toBeUndefined();
    expect(few.data!.nodes).toHaveLength(3);
  });
});

describe('4. input a user got wrong is BAD_USER_INPUT, never an internal error', () => {
  it('refuses a cursor whose position does not fit (a number past a double), on a list and on search', async () => {
    const huge = cursor('["Model:RELEASE_DATE_DESC",1e999,"deepseek-r1"]');
    for (const query of [
      `{ models(first: 2, after: "${huge}") { edges { node { name } } } }`,
      `{ search(text: "open", first: 2, after: "${huge}") { edges { node { score } } } }`,
      `{ models(last: 2, before: "${huge}") { edges { node { name } } } }`,
    ]) {
      const answer = await post(query);
      expect(codes(answer), query).toEqual(['BAD_USER_INPUT']);
      expect(answer.errors![0]!.message, query).toMatch(/cursor/i);
    }
  });

  it('refuses a search too long for the index: a 1,001-character word, 171 words', async () => {
    const longWord = 'a'.repeat(1001);
    const manyWords = Array.from({ length: 171 }, (_, i) => `word${i}`).join(' ');
    for (const text of [longWord, manyWords]) {
      for (const query of ['query ($text: String!) { search(text: $text) { totalCount } }', 'query ($text: String!) { graph(search: $text) { truncated } }']) {
        const answer = await post(query, { text });
        expect(codes(answer), `${query} with ${text.length} characters`).toEqual(['BAD_USER_INPUT']);
        expect(answer.errors![0]!.message).toMatch(/search/i);
      }
    }
  });

  it('refuses an invalid date given as a variable, naming the variable', async () => {
    const answer = await post('query ($after: Date) { models(where: {releasedAfter: $after}) { totalCount } }', { after: '2025-02-30' });
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors![0]!.message).toMatch(/\$after/);
    expect(answer.errors![0]!.message).toMatch(/2025-02-30/);
  });
});

describe('9. an answer follows the order of the selection', () => {
  it('answers the keys of an object in the order they were asked', async () => {
    const answer = await post('{ model(id: "deepseek-r1") { id name family organization { name id } } }');
    expect(Object.keys(answer.data!.model)).toEqual(['id', 'name', 'family', 'organization']);
    expect(Object.keys(answer.data!.model.organization)).toEqual(['name', 'id']);
    const reversed = await post('{ model(id: "deepseek-r1") { family name id } }');
    expect(Object.keys(reversed.data!.model)).toEqual(['family', 'name', 'id']);
  });
});

describe('10. a mutation is refused to an anonymous caller before its input is looked at', () => {
  it('answers UNAUTHENTICATED, not the list of what is wrong with the input', async () => {
    const answer = await post(
      'mutation ($input: BenchmarkResultInput!) { recordBenchmarkResult(input: $input) { score } }',
      { input: { model: 'NOT A SLUG!', benchmark: '', score: 1, reportedBy: '', sourceTable: '', source: { title: '' } } },
    );
    expect(codes(answer), JSON.stringify(answer.errors)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(answer.errors)).not.toMatch(/model|slug|too_small/i);
  });
});

describe('11. paging backwards from a cursor out of range', () => {
  it('names the cursor, with a code, when last and before are both given', async () => {
    const far = cursor(`["Model:RELEASE_DATE_DESC",${'9'.repeat(400)},"deepseek-r1"]`);
    const answer = await post(`{ models(before: "${far}", last: 2) { edges { node { name } } } }`);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors![0]!.message).toMatch(/"before" is not a cursor/);
  });
});

describe('7. introspection and GraphiQL follow one setting, off by default in production', () => {
  const introspect = (target: ReturnType<typeof createApp>) =>
    target.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
  const page = (target: ReturnType<typeof createApp>) => target.fetch('http://test/graphql', { headers: { accept: 'text/html' } });

  it('in production: introspection refused, no GraphiQL page', async () => {
    expect(loadConfig({ NODE_ENV: 'production' }).INTROSPECTION).toBe(false);
    const refused = (await (await introspect(app)).json()) as Answer;
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors![0]!.message).toMatch(/introspection/i);
    expect(await (await page(app)).text()).not.toContain('YogaGraphiQL');
  });

  it('in development, or with INTROSPECTION=true in production: both', async () => {
    for (const env of [{}, { NODE_ENV: 'production', INTROSPECTION: 'true' }]) {
      const open = createApp({ db, logger: quietLogger, config: loadConfig(env) });
      expect(((await (await introspect(open)).json()) as Answer).data!.__schema.queryType.name).toBe('Query');
      expect(await (await page(open)).text()).toContain('YogaGraphiQL');
    }
  });
});

describe('6. in production, an error names nothing of the schema the caller did not write', () => {
  const dev = createApp({ db, logger: quietLogger, config: loadConfig({}) });
  const devAsk = async (query: string, variables?: Record<string, unknown>) =>
    (await (await dev.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json()) as Answer;
  const probes: Array<[string, Record<string, unknown> | undefined, RegExp]> = [
    ['{ models(where: {openness: [CLOSD]}) { totalCount } }', undefined, /Did you mean/],
    ['query ($o: [Openness!]) { models(where: {openness: $o}) { totalCount } }', { o: ['CLOSD'] }, /Did you mean/],
    ['query ($w: ModelFilter) { models(where: $w) { totalCount } }', { w: { opennes: ['CLOSED'] } }, /Did you mean/],
    ['{ model(id: "deepseek-r1") }', undefined, /"Model"/],
    ['{ model(id: "deepseek-r1") { name { x } } }', undefined, /"String!?"/],
    ['{ model(id: "deepseek-r1") { nam } }', undefined, /"Model"|Did you mean/],
  ];

  it('answers each probe with an error, without suggestions or type names (which development shows)', async () => {
    for (const [query, variables, hint] of probes) {
      const shown = await devAsk(query, variables);
      expect(shown.errors![0]!.message, `development: ${query}`).toMatch(hint);
      const answer = await post(query, variables);
      expect(answer.errors?.length, query).toBeGreaterThan(0);
      for (const error of answer.errors!) {
        expect(error.message, query).not.toMatch(hint);
        expect(error.message, query).not.toMatch(/Did you mean/);
      }
    }
  });
});

describe('12. requests a web page could forge, and clients behind a proxy', () => {
  const form = (contentType: string, body: string, headers: Record<string, string> = {}) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });

  it('refuses a POST a cross-site form could send (urlencoded, multipart, text/plain) unless it carries the CSRF header', async () => {
    const boundary = 'probe';
    const multipart = `--${boundary}\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--${boundary}--\r\n`;
    for (const [type, body] of [
      ['application/x-www-form-urlencoded', 'query=%7B__typename%7D'],
      [`multipart/form-data; boundary=${boundary}`, multipart],
      ['text/plain', JSON.stringify({ query: '{ __typename }' })],
    ] as const) {
      const refused = await form(type, body);
      expect(refused.status, type).toBe(403);
      const answer = (await refused.json()) as Answer;
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors![0]!.extensions!.code).toBe('CSRF_HEADER_MISSING');
      expect(answer.errors![0]!.message).toContain('x-graphql-yoga-csrf');
    }
    const marked = await form('application/x-www-form-urlencoded', 'query=%7B__typename%7D', { 'x-graphql-yoga-csrf': '1' });
    expect(((await marked.json()) as Answer).data).toEqual({ __typename: 'Query' });
    // JSON POSTs and plain GETs (Grafana, Observable, fetch(url)) need nothing more.
    expect((await post('{ __typename }')).data).toEqual({ __typename: 'Query' });
    expect((await fetch(`${server.url}?query=%7B__typename%7D`)).status).toBe(200);
  });

  it('counts the rate limit per client behind a trusted proxy, and ignores X-Forwarded-For from anyone else', async () => {
    const statuses = async (target: RunningServer, forwardedFor: string, times: number) => {
      const seen: number[] = [];
      for (let i = 0; i < times; i++) {
        seen.push((await fetch(`${target.url}?query=%7B__typename%7D`, { headers: { 'x-forwarded-for': forwardedFor } })).status);
      }
      return seen;
    };
    const limited = (trustProxy: string) =>
      listen(createApp({ db, logger: quietLogger, config: loadConfig({ RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: trustProxy }) }), '127.0.0.1', 0, quietLogger);
    const behindProxy = await limited('127.0.0.1');
    const exposed = await limited('');
    try {
      expect(await statuses(behindProxy, '203.0.113.1', 3)).toEqual([200, 200, 429]);
      expect(await statuses(behindProxy, '203.0.113.2', 1)).toEqual([200]); // another client, its own bucket
      expect(await statuses(behindProxy, '203.0.113.9, 203.0.113.1', 1)).toEqual([429]); // the hop the proxy saw counts
      // Not behind a trusted proxy: a client cannot pick a fresh bucket by writing the header itself.
      expect(await statuses(exposed, '198.51.100.1', 2)).toEqual([200, 200]);
      expect(await statuses(exposed, '198.51.100.2', 1)).toEqual([429]);
    } finally {
      await behindProxy.close(0);
      await exposed.close(0);
    }
  });

  it('names a TRUST_PROXY entry that is not an address', () => {
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.1,proxy.local' })).toThrow(/TRUST_PROXY.*item 2.*proxy\.local.*IP address/s);
  });
});

describe('8. each error in the log once, and a failing database as a count, not a line per request', () => {
  const capture = () => {
    const lines: Array<{ level: number; msg: string; errorId?: string; err?: unknown; times?: number }> = [];
    return { lines, logger: pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) }) };
  };
  const askApp = async (target: ReturnType<typeof createApp>) =>
    (await (await target.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ model(id: "deepseek-r1") { name } }' }) })).json()) as Answer;

  it('logs an unexpected error once, with the errorId the client was given', async () => {
    const { lines, logger } = capture();
    const broken = new Database(createDriver(inject('neo4j')), 'no-such-database');
    try {
      const target = createApp({ db: broken, logger, config: loadConfig({ NODE_ENV: 'production' }) });
      const answer = await askApp(target);
      const errorId = answer.errors![0]!.extensions!.errorId;
      expect(answer.errors![0]!.extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      const errorLines = lines.filter((l) => l.level >= 50);
      expect(errorLines).toHaveLength(1);
      expect(errorLines[0]!.errorId).toBe(errorId);
    } finally {
      await broken.close();
    }
  });

  it('answers 30 requests to an unreachable Neo4j with DATABASE_UNAVAILABLE and logs one warning for all, no stack', async () => {
    const { lines, logger } = capture();
    const dead = new Database(createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' }), undefined);
    try {
      const target = createApp({ db: dead, logger, config: loadConfig({ NODE_ENV: 'production' }) });
      const answers = await Promise.all(Array.from({ length: 30 }, () => askApp(target)));
      // Those that ran say Neo4j is unavailable; those that waited longer than MAX_QUEUE_WAIT_MS behind them
      // (each run retries its read for 2 s) were refused at capacity meanwhile: 503 either way.
      const codes = answers.map((answer) => answer.errors![0]!.extensions!.code);
      expect(codes.filter((code) => code !== 'DATABASE_UNAVAILABLE' && code !== 'OVERLOADED')).toEqual([]);
      expect(codes.filter((code) => code === 'DATABASE_UNAVAILABLE').length).toBeGreaterThanOrEqual(loadConfig({}).MAX_CONCURRENT_OPERATIONS);
      expect(lines.filter((l) => l.level >= 50)).toEqual([]);
      const warnings = lines.filter((l) => l.level === 40);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.msg).toMatch(/Neo4j is unavailable/);
      expect(JSON.stringify(warnings[0])).not.toMatch(/\n\s+at /); // no stack
    } finally {
      await dead.close();
    }
  });
});

describe('5. a request that never ran is a 4xx for graphql-response+json, and says which limit it met', () => {
  const deep = '{ organization(id: "meta") { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } } }';
  const directives = `{ __typename ${'@include(if: true) '.repeat(25)}}`;
  const cases: Array<[string, string, Record<string, unknown> | undefined, string, RegExp]> = [
    ['depth', deep, undefined, 'DEPTH_LIMIT_EXCEEDED', /^Query depth limit of 12 exceeded/],
    ['directives', directives, undefined, 'DIRECTIVE_LIMIT_EXCEEDED', /^Directives limit of 20 exceeded/],
    ['a variable of the wrong type', 'query ($n: Int!) { models(first: $n) { totalCount } }', { n: 'ten' }, 'BAD_USER_INPUT', /^Variable "\$n" got invalid value "ten"/],
    ['a missing variable', 'query ($n: Int!) { models(first: $n) { totalCount } }', {}, 'BAD_USER_INPUT', /^Variable "\$n"/],
  ];

  it('answers 400 with a code for each, and with plain application/json keeps 200 as that older format expects', async () => {
    for (const [what, query, variables, code, message] of cases) {
      const answer = await post(query, variables);
      expect(answer.status, what).toBe(400);
      expect(answer.data ?? null, what).toBeNull();
      expect(answer.errors![0]!.extensions!.code, what).toBe(code);
      expect(answer.errors![0]!.message, what).toMatch(message);
      expect(answer.errors![0]!.message, what).not.toMatch(/Syntax Error/);
      expect(answer.errors![0]!.extensions!.http, what).toBeUndefined(); // internal, not sent
      const legacy = await post(query, variables, { accept: 'application/json' });
      expect(legacy.status, what).toBe(200);
      expect(legacy.errors![0]!.extensions!.code, what).toBe(code);
    }
  });

  it('keeps 200 for a request that ran, with data beside its errors', async () => {
    const answer = await post('{ model(id: "deepseek-r1") { name } nodes(ids: ["bm90IG91cnM="]) { id } }');
    expect(answer.status).toBe(200);
    expect(answer.data!.model.name).toBe('DeepSeek-R1');
    expect(answer.errors!.length).toBeGreaterThan(0);
  });
});
