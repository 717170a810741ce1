import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { trustedDocuments } from '../src/http/persisted-operations.js';
import { createApp } from '../src/yoga.js';
import { ask } from './support/graphql.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/** What analytics tools and embeddings rely on: exports, cacheable GETs, CORS and persisted operations. */
const db = testDatabase();
const app = createApp({ db, logger: quietLogger });
afterAll(() => db.close());

const get = (path: string, headers: Record<string, string> = {}) => app.fetch(`http://test${path}`, { headers });
const csvRows = async (path: string) => {
  const response = await get(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
  return parse(await response.text(), { columns: true }) as Array<Record<string, string>>;
};
const str = (value: unknown) => (value === null || value === undefined ? '' : String(value));

describe('CSV and JSON exports', () => {
  it('models.csv parses into the same rows as the equivalent GraphQL query', async () => {
    const rows = await csvRows('/export/models.csv');
    const { data } = await ask(app, `{ models(first: 500, orderBy: NAME_ASC) { edges { node {
      modelId name family organization { organizationId name country } licence { name spdx category }
      openness status releaseDate totalParamsB activeParamsB architecture contextWindow weightsAvailable } } } }`);
    const expected = data!.models.edges.map(({ node: m }: { node: any }) => ({
      model_id: m.modelId, model: m.name, family: m.family,
      organization_id: m.organization.organizationId, organization: m.organization.name, country: m.organization.country,
      licence: str(m.licence?.name), licence_spdx: str(m.licence?.spdx), licence_category: str(m.licence?.category),
      openness: str(m.openness), status: m.status, release_date: str(m.releaseDate),
      total_params_b: str(m.totalParamsB), active_params_b: str(m.activeParamsB), architecture: str(m.architecture),
      context_window: str(m.contextWindow), weights_available: String(m.weightsAvailable),
    }));
    expect(rows).toHaveLength(31);
    const byId = (list: Array<Record<string, string>>) => [...list].sort((a, b) => a.model_id!.localeCompare(b.model_id!));
    expect(byId(rows)).toEqual(byId(expected));
  });

  it('results.csv for one benchmark parses into the rows of that benchmark\'s results in GraphQL', async () => {
    const rows = await csvRows('/export/results.csv?benchmark=AIME%202025');
    const { data } = await ask(app, `{ benchmark(id: "aime-2025") { results(first: 500) { edges { node {
      score setting reportedBy sourceTable model { modelId openness } source { sourceId url } } } } } }`);
    const key = (r: { model_id: string; score: string; source_table: string }) => `${r.model_id}|${r.score}|${r.source_table}`;
    const expected = data!.benchmark.results.edges.map(({ node: r }: { node: any }) => ({
      model_id: r.model.modelId, openness: str(r.model.openness), score: String(r.score), setting: r.setting,
      reported_by: r.reportedBy, source_table: r.sourceTable, source_id: r.source.sourceId, source_url: str(r.source.url),
    }));
    expect(rows.length).toBe(expected.length);
    const pick = (r: Record<string, string>) =>
      ({ model_id: r.model_id, openness: r.openness, score: r.score, setting: r.setting, reported_by: r.reported_by, source_table: r.source_table, source_id: r.source_id, source_url: r.source_url });
    expect(rows.map(pick).sort((a, b) => key(a as any).localeCompare(key(b as any)))).toEqual(
      expected.sort((a: any, b: any) => key(a).localeCompare(key(b))),
    );
    expect(rows.every((r) => r.benchmark === 'AIME 2025' && r.domains === 'math;reasoning')).toBe(true);
  });

  it('the JSON export holds the same rows as the CSV, with numbers as numbers and lists as lists', async () => {
    const csv = await csvRows('/export/results.csv?domain=MATH');
    const json = (await (await get('/export/results.json?domain=MATH')).json()) as Array<Record<string, unknown>>;
    expect(json).toHaveLength(csv.length);
    expect(json.length).toBeGreaterThan(20);
    expect(typeof json[0]!.score).toBe('number');
    expect(json.every((r) => (r.domains as string[]).includes('math'))).toBe(true);
    expect(json.map((r) => `${r.model_id}|${r.score}`)).toEqual(csv.map((r) => `${r.model_id}|${r.score}`));
  });

  it('filters models by openness', async () => {
    const rows = await csvRows('/export/models.csv?openness=OPEN_WEIGHTS,FULLY_OPEN');
    expect(rows.length).toBe(9);
    expect(new Set(rows.map((r) => r.openness))).toEqual(new Set(['OPEN_WEIGHTS', 'FULLY_OPEN']));
  });

  it('answers a bad parameter with 400 and a message naming it', async () => {
    for (const [path, parameter] of [
      ['/export/models.csv?openness=SORT_OF_OPEN', 'openness'],
      ['/export/results.json?benchmark=Nope', 'benchmark'],
      ['/export/results.csv?colour=red', 'colour'],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      const body = (await response.json()) as { error: string; parameter: string };
      expect(body.parameter).toBe(parameter);
      expect(body.error).toContain(`"${parameter === 'benchmark' ? 'Nope' : parameter}"`);
    }
  });
});

describe('GraphQL over GET', () => {
  it('answers read queries over GET, cacheable; an error is not cached', async () => {
    const ok = await get('/graphql?query=' + encodeURIComponent('{ modelCounts(groupBy: OPENNESS) { group count } }'), { accept: 'application/json' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('public, max-age=60');
    expect(((await ok.json()) as any).data.modelCounts.length).toBe(5);
    const bad = await get('/graphql?query=' + encodeURIComponent('{ nope }'), { accept: 'application/json' });
    expect(bad.headers.get('cache-control')).toBeNull();
    const post = await app.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(post.headers.get('cache-control')).toBeNull();
  });
});

describe('CORS with an allow-list', () => {
  const embedded = createApp({ db, logger: quietLogger, config: { CORS_ORIGINS: ['https://observablehq.com', 'http://localhost:3000'] } });
  const preflight = (origin: string) =>
    embedded.fetch('http://test/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('lets a preflight from an allowed origin pass', async () => {
    const response = await preflight('https://observablehq.com');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://observablehq.com');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('refuses another origin: no CORS header, so the browser blocks the call', async () => {
    const response = await preflight('https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const actual = await embedded.fetch('http://test/graphql', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(actual.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('persisted operations', () => {
  const locked = createApp({ db, logger: quietLogger, config: { PERSISTED_OPERATIONS: 'only' } });
  const apache = trustedDocuments().find((d) => d.operationNames.includes('ApacheBeatsClosedOnMath'))!;
  const post = (target: typeof app, body: unknown) =>
    target.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('runs a trusted document by its SHA-256 hash, over POST and GET', async () => {
    const byPost = (await (await post(locked, { extensions: { persistedQuery: { version: 1, sha256Hash: apache.hash } } })).json()) as any;
    expect(byPost.errors).toBeUndefined();
    expect(byPost.data.benchmarkWins.length).toBeGreaterThan(0);
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: apache.hash } }));
    const byGet = await locked.fetch(`http://test/graphql?extensions=${extensions}`, { headers: { accept: 'application/json' } });
    expect(((await byGet.json()) as any).data.benchmarkWins).toEqual(byPost.data.benchmarkWins);
  });

  it('refuses any other document in persisted-only mode, saying why', async () => {
    const response = await post(locked, { query: '{ models { totalCount } }' });
    const body = (await response.json()) as any;
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
    expect(body.errors[0].message).toContain('only persisted operations');
    const unknown = (await (await post(locked, { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } })).json()) as any;
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('accepts both in the default mode', async () => {
    expect(((await (await post(app, { query: '{ __typename }' })).json()) as any).data.__typename).toBe('Query');
    const byHash = (await (await post(app, { extensions: { persistedQuery: { version: 1, sha256Hash: apache.hash } } })).json()) as any;
    expect(byHash.data.benchmarkWins.length).toBeGreaterThan(0);
  });

  it('publishes the trusted documents with their hashes', async () => {
    const listed = (await (await get('/persisted-operations.json')).json()) as Array<{ hash: string; operationNames: string[] }>;
    expect(listed.map((d) => d.hash)).toContain(apache.hash);
    expect(listed.flatMap((d) => d.operationNames)).toEqual(expect.arrayContaining(['ExplorerLandscape', 'ExplorerNodeSources']));
  });
});
