import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { trustedDocuments } from '../src/http/persisted-operations.js';
import { createApp } from '../src/server/yoga.js';
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
      openness status releaseDate releaseDatePrecision totalParamsB activeParamsB architecture contextWindow weightsAvailable } } } }`);
    const expected = data!.models.edges.map(({ node: m }: { node: any }) => ({
      model_id: m.modelId, model: m.name, family: m.family,
      organization_id: str(m.organization?.organizationId), organization: str(m.organization?.name), country: str(m.organization?.country),
      licence: str(m.licence?.name), licence_spdx: str(m.licence?.spdx), licence_category: str(m.licence?.category),
      openness: str(m.openness), status: m.status,
      // A date known to the month is written to the month ("2025-01"), as the analysis gives it.
      release_date: m.releaseDatePrecision === 'MONTH' ? m.releaseDate.slice(0, 7) : str(m.releaseDate),
      release_date_precision: str(m.releaseDatePrecision),
      total_params_b: str(m.totalParamsB), active_params_b: str(m.activeParamsB), architecture: str(m.architecture),
      context_window: str(m.contextWindow), weights_available: String(m.weightsAvailable),
    }));
    expect(rows).toHaveLength(data!.models.edges.length);
    expect(rows.length).toBeGreaterThan(31); // the curated models and those the catalogs add
    const byId = (list: Array<Record<string, string>>) => [...list].sort((a, b) => a.model_id!.localeCompare(b.model_id!));
    expect(byId(rows)).toEqual(byId(expected));
  });

  it('results.csv for one benchmark parses into the rows of that benchmark\'s results in GraphQL', async () => {
    const rows = await csvRows('/export/results.csv?benchmark=AIME%202025');
    const { data } = await ask(app, `{ benchmark(id: "aime-2025") { results(first: 500) { edges { node {
      score setting reportedBy evaluator sourceTable comparisonKey protocol { variant sampling maxOutputTokens } reasoningEffort snapshot { snapshotId }
      model { modelId openness } source { sourceId url } } } } } }`);
    const key = (r: { model_id: string; score: string; source_table: string }) => `${r.model_id}|${r.score}|${r.source_table}`;
    const expected = data!.benchmark.results.edges.map(({ node: r }: { node: any }) => ({
      model_id: r.model.modelId, openness: str(r.model.openness), score: String(r.score), setting: r.setting,
      reported_by: r.reportedBy, evaluator: r.evaluator, source_table: r.sourceTable, source_id: r.source.sourceId, source_url: str(r.source.url),
      comparison_key: r.comparisonKey, variant: r.protocol.variant, sampling: str(r.protocol.sampling),
      max_output_tokens: str(r.protocol.maxOutputTokens), reasoning_effort: str(r.reasoningEffort), snapshot: str(r.snapshot?.snapshotId),
    }));
    expect(rows.length).toBe(expected.length);
    const pick = (r: Record<string, string>) =>
      ({ model_id: r.model_id, openness: r.openness, score: r.score, setting: r.setting, reported_by: r.reported_by, evaluator: r.evaluator, source_table: r.source_table, source_id: r.source_id, source_url: r.source_url,
        comparison_key: r.comparison_key, variant: r.variant, sampling: r.sampling, max_output_tokens: r.max_output_tokens, reasoning_effort: r.reasoning_effort, snapshot: r.snapshot });
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
    expect(rows.length).toBe(10); // 9 open-weight curated models (one of them DeepSeek-R1-Distill-Llama-8B) and OLMo 2
    expect(new Set(rows.map((r) => r.openness))).toEqual(new Set(['OPEN_WEIGHTS', 'FULLY_OPEN']));
  });

  it('keeps the precision of every release date: month-precision dates are "YYYY-MM", never a made-up first of the month', async () => {
    const rows = (await (await get('/export/models.json')).json()) as Array<Record<string, unknown>>;
    const month = rows.filter((r) => r.release_date_precision === 'MONTH');
    const day = rows.filter((r) => r.release_date_precision === 'DAY');
    expect(month.length).toBeGreaterThan(0);
    expect(day.length).toBeGreaterThan(0);
    expect(month.every((r) => /^\d{4}-\d{2}$/.test(String(r.release_date)))).toBe(true);
    expect(day.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(String(r.release_date)))).toBe(true);
    expect(rows.filter((r) => r.release_date === null).every((r) => r.release_date_precision === null)).toBe(true);
  });

  it('takes enum parameters in any case, as the values of the table read ("math", "open_weights", "Long-Context")', async () => {
    const upper = await csvRows('/export/results.csv?domain=MATH');
    expect(await csvRows('/export/results.csv?domain=math')).toEqual(upper);
    expect(await csvRows('/export/results.csv?domain=Math')).toEqual(upper);
    expect((await csvRows('/export/results.csv?domain=long-context')).length).toBe((await csvRows('/export/results.csv?domain=LONG_CONTEXT')).length);
    expect(await csvRows('/export/models.csv?openness=open_weights,Fully_Open')).toEqual(await csvRows('/export/models.csv?openness=OPEN_WEIGHTS,FULLY_OPEN'));
  });

  it('answers HEAD on every export with the headers of its GET and no body', async () => {
    for (const table of ['models', 'results', 'organizations', 'licences', 'claims']) {
      for (const format of ['csv', 'json']) {
        const path = `/export/${table}.${format}`;
        const head = await app.fetch(`http://test${path}`, { method: 'HEAD' });
        expect(head.status, path).toBe(200);
        expect(head.headers.get('content-type'), path).toBe((await get(path)).headers.get('content-type'));
        expect(await head.text(), path).toBe('');
      }
    }
  });

  it('answers an unknown export, or any unknown path, with 404 and JSON saying what is there', async () => {
    for (const path of ['/export/benchmarks.csv', '/export/models.xml', '/export', '/nothing-here', '/explore/secret.js']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toMatch(/^application\/json/);
      const body = (await response.json()) as { error: string; exports?: string[]; endpoints?: string[] };
      expect(body.error, path).toContain(path);
      if (!path.startsWith('/explore')) expect([...(body.exports ?? []), ...(body.endpoints ?? [])].length, path).toBeGreaterThan(0);
    }
    expect(((await (await get('/export/models.xml')).json()) as { exports: string[] }).exports).toContain('/export/claims.csv');
    const post = await app.fetch('http://test/export/models.csv', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('exports organizations with their models, open models and motives, as GraphQL knows them', async () => {
    const rows = await csvRows('/export/organizations.csv');
    const { data } = await ask(app, `{ organizations { organizationId name country parent { organizationId }
      models { openness } motives { motive { name } } } }`);
    expect(rows.map((r) => r.organization_id).sort()).toEqual(data!.organizations.map((o: any) => o.organizationId).sort());
    for (const o of data!.organizations) {
      const row = rows.find((r) => r.organization_id === o.organizationId)!;
      expect(row, o.organizationId).toMatchObject({
        organization: o.name,
        country: str(o.country),
        parent_id: str(o.parent?.organizationId),
        models: String(o.models.length),
        open_models: String(o.models.filter((m: any) => m.openness && m.openness !== 'CLOSED').length),
        motives: o.motives.map((m: any) => m.motive.name).sort().join(';'),
      });
    }
    const chinese = await csvRows('/export/organizations.csv?country=china');
    expect(chinese.length).toBeGreaterThan(0);
    expect(chinese.every((r) => r.country === 'China')).toBe(true);
  });

  it('exports licences with their category, terms and models', async () => {
    const rows = (await (await get('/export/licences.json')).json()) as Array<Record<string, any>>;
    const { data } = await ask(app, '{ licences { licenceId spdx category models { modelId } } }');
    expect(rows).toHaveLength(data!.licences.length);
    for (const l of data!.licences) {
      const row = rows.find((r) => r.licence_id === l.licenceId)!;
      expect(row.licence_spdx).toBe(l.spdx ?? null);
      expect(row.licence_category).toBe(l.category);
      expect(row.model_ids).toEqual(l.models.map((m: any) => m.modelId).sort());
      expect(row.models).toBe(l.models.length);
    }
    const mit = rows.find((r) => r.licence_spdx === 'MIT')!;
    expect(mit.model_ids).toContain('deepseek-r1');
    const permissive = await csvRows('/export/licences.csv?category=permissive');
    expect(new Set(permissive.map((r) => r.licence_category))).toEqual(new Set(['PERMISSIVE']));
  });

  it('exports claims with their verdict, subjects and deciding facts; filters by verdict', async () => {
    const rows = await csvRows('/export/claims.csv?verdict=contradicted');
    const { data } = await ask(app, '{ claims(verdict: [CONTRADICTED], first: 500) { totalCount edges { node { claimId statement decidedBy { factId } } } } }');
    expect(rows).toHaveLength(data!.claims.totalCount);
    for (const { node: c } of data!.claims.edges) {
      const row = rows.find((r) => r.claim_id === c.claimId)!;
      expect(row.statement).toBe(c.statement);
      expect(row.verdict).toBe('CONTRADICTED');
      expect(row.decided_by!.split(';').sort()).toEqual(c.decidedBy.map((f: any) => f.factId).sort());
    }
    const r1 = rows.find((r) => r.about!.split(';').includes('model:deepseek-r1'));
    expect(r1).toBeDefined();
    expect((await csvRows('/export/claims.csv')).length).toBeGreaterThanOrEqual(40);
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
