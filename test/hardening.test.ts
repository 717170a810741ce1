import { auditServer } from 'graphql-http';
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType } from 'graphql';
import { inject } from 'vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/auth/tokens.js';
import { loadConfig } from '../src/config.js';
import { isDatabaseBusy } from '../src/errors.js';
import { createDriver, Database } from '../src/neo4j/database.js';
import { schema } from '../src/graphql/schema.js';
import { listen } from '../src/server/server.js';
import { createApp } from '../src/server/yoga.js';
import { ask } from './support/graphql.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/** A public endpoint under abuse: each limit, each mask, each refusal, with its own test. */
const db = testDatabase();
const app = createApp({ db, logger: quietLogger });
afterAll(() => db.close());

const firstError = async (query: string, target = app) => {
  const answer = await ask(target, query);
  expect(answer.data ?? null, query.slice(0, 80)).toBeNull();
  return answer.errors![0]!;
};

describe('limits on a document', () => {
  it('refuses a query deeper than MAX_DEPTH (12), naming the limit', async () => {
    const deep = '{ organization(id: "meta") { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } } }';
    expect((await firstError(deep)).message).toMatch(/depth limit of 12/i);
    const fine = await ask(app, '{ organization(id: "meta") { parent { name } } }');
    expect(fine.errors).toBeUndefined();
  });

  it('counts list sizes in the cost: the same shape passes with small pages and fails with large ones', async () => {
    const shape = (first: number) =>
      `{ models(first: ${first}) { edges { node { organization { models { licence { models { organization { models { name } } } } } } } } } }`;
    expect((await ask(app, shape(2))).errors).toBeUndefined();
    const error = await firstError(shape(500));
    expect(error.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    expect(error.message).toMatch(/would cost \d+, above the limit of 100000/);
    // A page size given as a variable is counted too.
    const byVariable = await ask(
      app,
      'query($n: Int) { models(first: $n) { edges { node { organization { models { licence { models { organization { models { name } } } } } } } } } }',
      { n: 500 },
    );
    expect(byVariable.errors![0]!.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
  });

  it('refuses too many aliases, directives or tokens', async () => {
    const aliases = `{ ${Array.from({ length: 31 }, (_v, i) => `a${i}: model(id: "o3") { name }`).join(' ')} }`;
    expect((await firstError(aliases)).message).toMatch(/aliases limit of 30/i);
    const directives = `{ __typename ${'@include(if: true) '.repeat(21)} }`;
    expect((await firstError(directives)).message).toMatch(/directives limit of 20/i);
    const tokens = `{ ${'__typename '.repeat(5_001)} }`;
    expect((await firstError(tokens)).message).toMatch(/token limit of 5000/i);
  });
});

describe('what errors reveal', () => {
  it('suggests field names in development, never in production', async () => {
    const dev = await firstError('{ modle(id: "x") { name } }');
    expect(dev.message).toContain('Did you mean');
    const production = createApp({ db, logger: quietLogger, config: { NODE_ENV: 'production' } });
    const prod = await firstError('{ modle(id: "x") { name } }', production);
    expect(prod.message).not.toContain('Did you mean');
    expect(prod.message).not.toContain('model');
  });

  it('masks an internal error: an error id in the answer, the detail only in the log', async () => {
    // A real server error: the driver asks Neo4j for a database that does not exist.
    const logged: Array<Record<string, unknown>> = [];
    const logger = quietLogger.child({});
    logger.error = ((obj: Record<string, unknown>) => void logged.push(obj)) as typeof logger.error;
    const broken = new Database(createDriver(inject('neo4j')), 'no-such-database');
    const brokenApp = createApp({ db: broken, logger });
    const answer = await ask(brokenApp, '{ model(id: "deepseek-r1") { name } }');
    await broken.close();
    const error = answer.errors![0]!;
    expect(error.message).toBe('Unexpected error.');
    expect(error.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.extensions?.errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(answer)).not.toMatch(/no-such-database|Neo4jError|stack/i);
    expect(logged.find((entry) => entry.errorId === error.extensions?.errorId)?.err).toBeTruthy();
  });

  it('can switch introspection off', async () => {
    expect((await ask(app, '{ __schema { queryType { name } } }')).data!.__schema.queryType.name).toBe('Query');
    const closed = createApp({ db, logger: quietLogger, config: { INTROSPECTION: false } });
    expect((await firstError('{ __schema { queryType { name } } }', closed)).message).toMatch(/introspection/i);
  });
});

describe('limits on traffic', () => {
  it('refuses a request body above MAX_BODY_BYTES with 413, and an unsized (chunked) body with 411', async () => {
    const server = await listen(app, '127.0.0.1', 0, quietLogger, { maxBodyBytes: 1_024 });
    try {
      const big = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(2_000)}` }),
      });
      expect(big.status).toBe(413);
      expect(((await big.json()) as any).errors[0].message).toContain('larger than the 1024 bytes allowed');
      const small = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      expect(small.status).toBe(200);
      const chunked = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"query":"{ __typename }"}'));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
      expect(chunked.status).toBe(411);
    } finally {
      await server.close(0);
    }
  });

  it('limits requests per client per minute with 429 and Retry-After', async () => {
    const limited = createApp({ db, logger: quietLogger, config: { RATE_LIMIT_PER_MINUTE: 5 } });
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 7; i++) {
      last = await limited.fetch('http://test/graphql?query=%7B__typename%7D');
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.fetch('http://test/health')).status).toBe(200);
  });

  it('stops a Neo4j transaction that runs past NEO4J_TX_TIMEOUT_MS', async () => {
    const impatient = new Database(createDriver(inject('neo4j')), loadConfig().NEO4J_DATABASE, { txTimeoutMs: 300 });
    const error = await impatient
      .read({ name: 'test/slow', text: 'UNWIND range(1, 300000000) AS x RETURN sum(x) AS total' })
      .then(() => undefined, (e: unknown) => e as { code?: string });
    await impatient.close();
    expect(error?.code).toMatch(/TransactionTimedOut/); // Neo4j's own timeout stopped it, not the sum finishing
    // A request that meets it is told DATABASE_BUSY and what to do (src/server/yoga.ts), not an internal error.
    expect(isDatabaseBusy(error)).toBe(true);
  });
});

describe('Cypher is parameterized everywhere', () => {
  const PAYLOADS = [
    "x'}) MATCH (n) DETACH DELETE n //",
    'x"}) MATCH (n) DETACH DELETE n //',
    "') RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //",
    '`) DETACH DELETE n //',
    '{{model/where}} $where ${ids}',
    "model:x' OR 1=1 //",
  ];

  /** A value for a required argument that is not a string: the simplest valid one. */
  function sample(type: GraphQLInputType, payload: string, depth = 0): unknown {
    if (isNonNullType(type)) return sample(type.ofType, payload, depth);
    if (isListType(type)) return [sample(type.ofType, payload, depth)];
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isScalarType(type)) {
      if (type.name === 'String' || type.name === 'ID') return payload;
      if (type.name === 'Int') return 1;
      if (type.name === 'Float') return 1.5;
      if (type.name === 'Boolean') return true;
      if (type.name === 'Date') return '2025-01-01';
      return {};
    }
    if (isInputObjectType(type) && depth < 3) {
      return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, sample(f.type, payload, depth + 1)]));
    }
    return null;
  }

  const fingerprint = async () =>
    (
      await db.read({
        name: 'test/fingerprint',
        text: `MATCH (n) WITH count(n) AS nodes, sum(size(keys(n))) AS properties
               MATCH ()-[r]->() RETURN nodes, properties, count(r) AS relationships`,
      })
    )[0];

  it('sends Cypher-looking strings through every string argument of every query and mutation: the graph is unchanged', async () => {
    const token = newToken();
    const editorApp = createApp({ db, logger: quietLogger, config: { API_TOKENS: [{ role: 'editor', sha256: hashToken(token) }], RATE_LIMIT_PER_MINUTE: 0 } });
    const before = await fingerprint();
    let sent = 0;
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(root.getFields())) {
        if (!field.args.some((arg) => ['String', 'ID'].includes(getNamedType(arg.type).name) || isInputObjectType(getNamedType(arg.type)))) continue;
        for (const payload of PAYLOADS) {
          const variables = Object.fromEntries(field.args.map((arg) => [arg.name, sample(arg.type, payload)]));
          const definitions = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
          const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
          const selection = isScalarType(getNamedType(field.type)) ? '' : '{ __typename }';
          const operation = root.name === 'Mutation' ? 'mutation' : 'query';
          const response = await editorApp.fetch('http://test/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: `${operation} Probe(${definitions}) { ${field.name}(${call}) ${selection} }`, variables }),
          });
          const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
          for (const error of body.errors ?? []) expect(error.extensions?.code, `${field.name} with ${payload}`).not.toBe('INTERNAL_SERVER_ERROR');
          sent++;
        }
      }
    }
    expect(sent).toBeGreaterThan(100);
    expect(await fingerprint()).toEqual(before);
  });
});

describe('GraphQL over HTTP', () => {
  it("passes every MUST and every SHOULD of graphql-http's server audit", async () => {
    const results = await auditServer({
      url: 'http://test/graphql',
      fetchFn: async (input: unknown, init?: RequestInit) => app.fetch(String(input), init ?? {}),
    });
    const failedMusts = results.filter((r) => r.status === 'error').map((r) => `${r.name}: ${(r as { reason?: string }).reason}`);
    const unmetShoulds = results.filter((r) => r.status === 'warn').map((r) => r.name);
    expect(failedMusts).toEqual([]);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
    expect(results.filter((r) => r.name.startsWith('SHOULD')).length).toBeGreaterThan(10);
    expect(unmetShoulds).toEqual([]);
  });
});
