import { afterAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/auth/tokens.js';
import { createApp } from '../src/server/yoga.js';
import { quietLogger, testDatabase, undoApiWrites } from './support/neo4j.js';

/**
 * Curating the graph through the API: who may write, what a write must carry, and that a write is all
 * or nothing. The writes are undone afterwards (the API's nodes and relationships deleted, the seed
 * loaded again), so the other test files see the seeded graph.
 */
const db = testDatabase();
const editorToken = newToken();
const readerToken = newToken();
const app = createApp({
  db,
  logger: quietLogger,
  config: { API_TOKENS: [{ role: 'editor', sha256: hashToken(editorToken) }, { role: 'reader', sha256: hashToken(readerToken) }] },
});

afterAll(async () => {
  await undoApiWrites(db);
  await db.close();
});

async function send(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
}

const count = async (text: string, params: Record<string, unknown> = {}) =>
  Number((await db.read({ name: 'test/count', text }, params))[0]!.n);
const graphSize = async () => ({
  nodes: await count('MATCH (n) RETURN count(n) AS n'),
  relationships: await count('MATCH ()-[r]->() RETURN count(r) AS n'),
});

const RECORD = `mutation Record($input: BenchmarkResultInput!) {
  recordBenchmarkResult(input: $input) { score setting reportedBy evaluator sourceTable model { modelId } benchmark { benchmarkId } source { sourceId url title } } }`;
const UPSERT = `mutation Upsert($input: ModelInput!) {
  upsertModel(input: $input) { modelId name openness status releaseDate releaseDatePrecision organization { organizationId } licence { licenceId } source { sourceId } } }`;

const qwenMax = {
  id: 'test-qwen-max',
  name: 'Test Qwen Max',
  organization: 'alibaba-cloud',
  family: 'Qwen',
  status: 'RELEASED',
  weightsAvailable: false,
  modalities: ['text'],
  releaseDate: '2025-01',
  source: { url: 'https://example.org/test-qwen-max', title: 'Test page for Qwen Max' },
};

describe('who may write', () => {
  it('refuses a write without a token, naming what is needed, and changes nothing', async () => {
    const before = await graphSize();
    const answer = await send(UPSERT, { input: qwenMax });
    expect(answer.data).toBeNull();
    expect(answer.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(answer.errors![0]!.message).toContain('needs a bearer token');
    expect(await graphSize()).toEqual(before);
  });

  it('refuses a reader token and a wrong token, differently', async () => {
    const asReader = await send(UPSERT, { input: qwenMax }, readerToken);
    expect(asReader.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(asReader.errors![0]!.message).toContain('needs an editor token');
    const wrong = await send(UPSERT, { input: qwenMax }, `${editorToken}x`);
    expect(wrong.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0]!.message).toContain('not valid');
    expect(await count("MATCH (m:Model {id: 'test-qwen-max'}) RETURN count(m) AS n")).toBe(0);
  });

  it('lets anyone read', async () => {
    expect((await send('{ model(id: "deepseek-r1") { name } }')).data!.model.name).toBe('DeepSeek-R1');
  });

  it('can require a token for reads too (READ_ACCESS=token)', async () => {
    const closed = createApp({ db, logger: quietLogger, config: { READ_ACCESS: 'token', API_TOKENS: [{ role: 'reader', sha256: hashToken(readerToken) }] } });
    const read = async (token?: string): Promise<any> => {
      const response = await closed.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: '{ model(id: "deepseek-r1") { name } }' }),
      });
      return response.json();
    };
    expect((await read()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await read(readerToken)).data.model.name).toBe('DeepSeek-R1');
  });
});

describe('recording a benchmark result', () => {
  const result = {
    model: 'qwen3-32b',
    benchmark: 'AIME 2025',
    score: 72.9,
    setting: 'thinking mode; test run',
    reportedBy: 'Test lab',
    sourceTable: 'Test table 1',
    source: { url: 'https://example.org/test-table-1', title: 'Test table 1' },
  };

  it("says who ran a recorded result from its reporter, as the seed's are: Alibaba's own score on Qwen3 is self-reported", async () => {
    const own = await send(RECORD, { input: { ...result, reportedBy: 'Alibaba (Qwen team)', sourceTable: 'Test table own' } }, editorToken);
    expect(own.errors).toBeUndefined();
    expect(own.data!.recordBenchmarkResult.evaluator).toBe('DEVELOPER');
  });

  it('records the score with its source, and recording it again updates it instead of adding another', async () => {
    const first = await send(RECORD, { input: result }, editorToken);
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordBenchmarkResult).toMatchObject({
      score: 72.9,
      evaluator: 'INDEPENDENT', // "Test lab" develops no model of the graph
      model: { modelId: 'qwen3-32b' },
      benchmark: { benchmarkId: 'aime-2025' },
      source: { url: 'https://example.org/test-table-1', title: 'Test table 1' },
    });
    const again = await send(RECORD, { input: { ...result, score: 73.1 } }, editorToken);
    expect(again.data!.recordBenchmarkResult.score).toBe(73.1);
    expect(await count("MATCH (:Model {id: 'qwen3-32b'})-[:HAS_RESULT]->(r {reportedBy: 'Test lab'})-[:REPORTED_IN]->(:Source) RETURN count(r) AS n")).toBe(1);
    // A leaderboard ranks within one group of comparable results: the recorded table's, when named.
    const board = await send('{ leaderboard(benchmark: "aime-2025", sourceTable: "Test table 1", first: 50) { model { modelId } score } }');
    expect(board.data!.leaderboard).toEqual([{ model: { modelId: 'qwen3-32b' }, score: 73.1 }]);
  });

  it('cites a known source by id', async () => {
    const answer = await send(RECORD, { input: { ...result, sourceTable: 'Test table 2', source: { id: 'qwen-blog-qwen3' } } }, editorToken);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.recordBenchmarkResult.source.sourceId).toBe('qwen-blog-qwen3');
  });

  it('refuses a result without a source, or with an unknown model, benchmark or source, naming the field, and writes nothing', async () => {
    const before = await graphSize();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...result, source: undefined }, 'Field "source" of required type "SourceInput!" was not provided'],
      [{ ...result, source: {} }, 'give either id, or url and title'],
      [{ ...result, source: { id: 'no-such-source' } }, 'input.source.id: unknown source "no-such-source"'],
      [{ ...result, model: 'gpt-7' }, 'input.model: unknown model "gpt-7"'],
      [{ ...result, benchmark: 'Vibes Bench' }, 'input.benchmark: unknown benchmark "Vibes Bench"'],
      [{ ...result, score: 140 }, 'input.score: 140 is not a percentage'],
      [{ ...result, model: 'Not A Slug' }, 'must be a lower-case slug'],
      [{ ...result, protocol: { shots: -1 } }, 'input.protocol.shots'],
    ];
    for (const [input, expected] of cases) {
      const answer = await send(RECORD, { input }, editorToken);
      expect(answer.errors?.[0]?.message, expected).toContain(expected);
      expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', undefined]).toContain(answer.errors![0]!.extensions?.code);
    }
    expect(await graphSize()).toEqual(before);
  });
});

describe('adding and updating a model', () => {
  it('adds a closed model with its developer and source; openness is derived, not given', async () => {
    const answer = await send(UPSERT, { input: qwenMax }, editorToken);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.upsertModel).toEqual({
      modelId: 'test-qwen-max',
      name: 'Test Qwen Max',
      openness: 'CLOSED',
      status: 'RELEASED',
      releaseDate: '2025-01-01',
      releaseDatePrecision: 'MONTH',
      organization: { organizationId: 'alibaba-cloud' },
      licence: null,
      source: { sourceId: expect.stringMatching(/^web-/) },
    });
    const found = await send('{ models(where: {organization: ["alibaba-cloud"], openness: [CLOSED]}) { edges { node { modelId } } } }');
    expect(found.data!.models.edges.map((e: any) => e.node.modelId)).toContain('test-qwen-max');
    // Search knows it at once, by its name run together too.
    const searched = await send('{ search(text: "testqwenmax") { edges { node { node { ... on Model { modelId } } } } } }');
    expect(searched.data!.search.edges.map((e: any) => e.node.node.modelId)).toContain('test-qwen-max');
  });

  it('releases its weights under Apache 2.0: openness becomes OPEN_WEIGHTS, and the first source stays', async () => {
    const answer = await send(
      UPSERT,
      { input: { id: 'test-qwen-max', weightsAvailable: true, licence: 'apache-2-0', source: { id: 'qwen-blog-qwen3' } } },
      editorToken,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.upsertModel).toMatchObject({ openness: 'OPEN_WEIGHTS', licence: { licenceId: 'apache-2-0' }, name: 'Test Qwen Max' });
    expect(await count("MATCH (:Model {id: 'test-qwen-max'})-[:SOURCED_FROM]->(s) RETURN count(s) AS n")).toBe(2);
  });

  it('is found by its licence at once, and only by its new one after a change of licence', async () => {
    const modelsUnder = async (where: string) => {
      const answer = await send(`{ models(where: ${where}, first: 500) { edges { node { modelId } } } }`);
      expect(answer.errors).toBeUndefined();
      return answer.data!.models.edges.map((e: any) => e.node.modelId) as string[];
    };
    expect(await modelsUnder('{ licenceSpdx: ["Apache-2.0"], organization: ["alibaba-cloud"] }')).toContain('test-qwen-max');
    expect(await modelsUnder('{ licenceCategory: [PERMISSIVE], organization: ["alibaba-cloud"] }')).toContain('test-qwen-max');
    // A result of its own, in a table of its own, beating a closed model: a win of an Apache-licensed model.
    const table = { benchmark: 'AIME 2025', setting: 'test: licence change', reportedBy: 'Test lab', sourceTable: 'Test table licence', source: { url: 'https://example.org/test-licence', title: 'Test licence' } };
    for (const [model, score] of [['test-qwen-max', 80], ['gpt-4o', 10]] as const) {
      const recorded = await send(RECORD, { input: { ...table, model, score } }, editorToken);
      expect(recorded.errors).toBeUndefined();
    }
    const winsOver = async (winner: string) => {
      const answer = await send(`{ benchmarkWins(benchmark: "AIME 2025", winner: ${winner}, loser: { openness: [CLOSED] }, first: 500) { winner { modelId } loser { modelId } } }`);
      expect(answer.errors).toBeUndefined();
      return answer.data!.benchmarkWins.filter((win: any) => win.loser.modelId === 'gpt-4o').map((win: any) => win.winner.modelId) as string[];
    };
    expect(await winsOver('{ licenceSpdx: ["Apache-2.0"] }')).toContain('test-qwen-max');

    const relicensed = await send(UPSERT, { input: { id: 'test-qwen-max', licence: 'qwen-licence', source: { id: 'qwen-blog-qwen3' } } }, editorToken);
    expect(relicensed.errors).toBeUndefined();
    expect(relicensed.data!.upsertModel).toMatchObject({ openness: 'RESTRICTED_OPEN', licence: { licenceId: 'qwen-licence' } });
    expect(await modelsUnder('{ licenceSpdx: ["Apache-2.0"], organization: ["alibaba-cloud"] }')).not.toContain('test-qwen-max');
    expect(await modelsUnder('{ licenceCategory: [PERMISSIVE] }')).not.toContain('test-qwen-max');
    expect(await modelsUnder('{ licenceCategory: [RESTRICTED_OPEN] }')).toContain('test-qwen-max');
    expect(await winsOver('{ licenceSpdx: ["Apache-2.0"] }')).not.toContain('test-qwen-max');
    expect(await winsOver('{ licenceCategory: [RESTRICTED_OPEN], openness: [RESTRICTED_OPEN] }')).toContain('test-qwen-max');

    const back = await send(UPSERT, { input: { id: 'test-qwen-max', licence: 'apache-2-0', source: { id: 'qwen-blog-qwen3' } } }, editorToken);
    expect(back.errors).toBeUndefined();
    expect(await modelsUnder('{ licenceSpdx: ["Apache-2.0"] }')).toContain('test-qwen-max');
    // Every model's copy is its licence's, as the relationship says, and every result's copies its model's.
    expect(
      await count(
        "MATCH (m:Model)-[:HAS_RESULT]->(r:BenchmarkResult) WHERE coalesce(r.modelOpenness, '-') <> coalesce(m.openness, '-') OR coalesce(r.modelLicenceSpdx, '-') <> coalesce(m.licenceSpdx, '-') OR coalesce(r.modelLicenceCategory, '-') <> coalesce(m.licenceCategory, '-') RETURN count(r) AS n",
      ),
    ).toBe(0);
    expect(
      await count(
        "MATCH (m:Model) OPTIONAL MATCH (m)-[:LICENSED_UNDER]->(l:Licence) WITH m, l WHERE coalesce(m.licenceSpdx, '-') <> coalesce(l.spdx, '-') OR coalesce(m.licenceCategory, '-') <> coalesce(l.category, '-') RETURN count(m) AS n",
      ),
    ).toBe(0);
  });

  it('edits a seeded model without losing its source', async () => {
    const before = await db.read({ name: 'test/sources', text: "MATCH (:Model {id: 'mistral-large-2'})-[:SOURCED_FROM]->(s) RETURN collect(s.id) AS ids" });
    const answer = await send(UPSERT, { input: { id: 'mistral-large-2', notes: 'edited through the API in a test' } }, editorToken);
    expect(answer.errors).toBeUndefined();
    const after = await db.read({ name: 'test/sources', text: "MATCH (:Model {id: 'mistral-large-2'})-[:SOURCED_FROM]->(s) RETURN collect(s.id) AS ids" });
    expect(after[0]!.ids).toEqual(before[0]!.ids);
    expect((before[0]!.ids as string[]).length).toBeGreaterThan(0);
    expect(answer.data!.upsertModel.openness).toBe('RESTRICTED_OPEN');
  });

  it('refuses contradictory or incomplete facts, naming the field, and writes nothing', async () => {
    const before = await graphSize();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ id: 'test-new-model', name: 'New' }, 'input.organization: required to add the new model "test-new-model"'],
      [{ ...qwenMax, id: 'test-other', organization: 'metta' }, 'input.organization: unknown organization "metta"'],
      [{ ...qwenMax, id: 'test-other', weightsAvailable: true }, 'input.licence: weights are available, but no licence is given'],
      [{ ...qwenMax, id: 'test-other', licence: 'no-such-licence' }, 'input.licence: unknown licence "no-such-licence"'],
      [{ ...qwenMax, id: 'test-other', releaseDate: '2025-13-01' }, 'releaseDate: must be YYYY-MM-DD or YYYY-MM'],
      [{ ...qwenMax, id: 'test-other', totalParamsB: 10, activeParamsB: 20 }, 'activeParamsB: activeParamsB cannot exceed totalParamsB'],
      [{ ...qwenMax, id: 'test-other', totalParamsB: -3 }, 'totalParamsB'],
      [{ ...qwenMax, id: 'test-other', modalities: ['smell'] }, 'modalities'],
    ];
    for (const [input, expected] of cases) {
      const answer = await send(UPSERT, { input }, editorToken);
      expect(answer.errors?.[0]?.message, expected).toContain(expected);
      expect(answer.errors![0]!.extensions?.code, expected).toBe('BAD_USER_INPUT');
    }
    expect(await graphSize()).toEqual(before);
  });
});

describe('adding a claim and linking a motive', () => {
  const CLAIM = `mutation Claim($input: ClaimInput!) { addClaim(input: $input) { claimId verdict sectionNumber about { id } decidedBy { factId } } }`;

  it('adds a contradicted claim decided by a sourced fact', async () => {
    const answer = await send(
      CLAIM,
      {
        input: {
          id: 'test-r1-apache-again',
          statement: 'DeepSeek-R1 is Apache-licensed.',
          section: 3,
          kind: 'FACT',
          verdict: 'CONTRADICTED',
          about: ['model:deepseek-r1'],
          decidedBy: ['deepseek-r1-mit'],
          conflict: 'The README says MIT.',
        },
      },
      editorToken,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.addClaim).toMatchObject({ claimId: 'test-r1-apache-again', verdict: 'CONTRADICTED', sectionNumber: 3, decidedBy: [{ factId: 'deepseek-r1-mit' }] });
    const listed = await send('{ claims(verdict: [CONTRADICTED], about: ["deepseek-r1"], first: 100) { edges { node { claimId } } } }');
    expect(listed.data!.claims.edges.map((e: any) => e.node.claimId)).toContain('test-r1-apache-again');
  });

  it('refuses a verdict without deciding facts, an unknown subject or a taken id', async () => {
    const base = { id: 'test-claim-2', statement: 'Something.', section: 2, kind: 'FACT', verdict: 'SUPPORTED', about: ['model:deepseek-r1'], decidedBy: ['deepseek-r1-mit'] };
    for (const [input, expected] of [
      [{ ...base, decidedBy: [] }, 'decidedBy: a SUPPORTED, PARTLY_SUPPORTED, MIXED, CONTRADICTED claim needs the facts that decide it'],
      [{ ...base, about: ['model:gpt-7'] }, 'input.about: unknown node(s) "model:gpt-7"'],
      [{ ...base, id: 'test-r1-apache-again' }, 'input.id: a claim "test-r1-apache-again" exists already'],
      [{ ...base, section: 9 }, 'section'],
    ] as const) {
      const answer = await send(CLAIM, { input }, editorToken);
      expect(answer.errors?.[0]?.message, expected).toContain(expected);
    }
  });

  it('links an organization to a strategic motive with its rationale, visible from both ends', async () => {
    const answer = await send(
      `mutation { linkOrganizationToMotive(input: {organization: "google", motive: "ecosystem-building", rationale: "Gemma builds a developer ecosystem (test)."}) {
        organization { organizationId } motive { motiveId } rationale } }`,
      {},
      editorToken,
    );
    expect(answer.errors).toBeUndefined();
    const motive = await send('{ organization(id: "google") { motives { motive { motiveId } rationale } } }');
    expect(motive.data!.organization.motives).toContainEqual({ motive: { motiveId: 'ecosystem-building' }, rationale: 'Gemma builds a developer ecosystem (test).' });
    const unknown = await send('mutation { linkOrganizationToMotive(input: {organization: "google", motive: "world-domination", rationale: "x"}) { rationale } }', {}, editorToken);
    expect(unknown.errors![0]!.message).toBe('input.motive: unknown motive "world-domination".');
  });
});
