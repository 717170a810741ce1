import { afterAll, describe, expect, it, vi } from 'vitest';
import { createDriver, Database } from '../src/neo4j/database.js';
import { createApp, type App } from '../src/server/yoga.js';
import { resultOutscoring } from './support/graphql.js';
import { appWithEditor, quietLogger, testDatabase } from './support/neo4j.js';

/**
 * A dashboard asks the same questions again and again: the answers come from the server's response cache
 * (x-response-cache: hit) until the graph changes, and a read after any acknowledged write (through this
 * server, through another server on the same Neo4j, or by any other client of the database, as the seed and
 * the import are) is answered anew.
 */
const { db, app, editorToken, tokens } = appWithEditor();
// A second server on the same Neo4j, with its own driver and its own cache, as a second instance would be.
const otherDb = testDatabase();
const otherServer = createApp({ db: otherDb, logger: quietLogger, config: { API_TOKENS: tokens } });
afterAll(() => otherDb.close());

async function post(server: App, query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) {
  const response = await server.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    cache: response.headers.get('x-response-cache'),
    roundTrips: response.headers.get('x-neo4j-round-trips'),
    etag: response.headers.get('etag'),
    body: await response.text(),
  };
}

const BOARD = '{ leaderboard(benchmark: "gpqa-diamond", first: 5) { rank score model { modelId name } } }';
const asEditor = { authorization: `Bearer ${editorToken}` };
const RECORD = `mutation($input: BenchmarkResultInput!) { recordBenchmarkResult(input: $input) { score } }`;

describe('the same question twice', () => {
  it('is answered from the cache the second time, with the same body and no query to Neo4j', async () => {
    await post(app, '{ __typename }'); // whatever was cached before this file is another version's
    const first = await post(app, BOARD);
    const second = await post(app, BOARD);
    expect(first).toMatchObject({ status: 200, cache: 'miss' });
    expect(first.roundTrips).toBe('1');
    expect(second).toMatchObject({ status: 200, cache: 'hit', body: first.body, roundTrips: null });
    expect(JSON.parse(second.body).data.leaderboard).toHaveLength(5);
  });

  it('is not served across roles: an editor asking what a reader asked is answered anew', async () => {
    await post(app, BOARD);
    expect((await post(app, BOARD, asEditor)).cache).toBe('miss');
    expect((await post(app, BOARD, asEditor)).cache).toBe('hit');
  });

  it('keeps no error: an unknown benchmark is answered anew each time', async () => {
    const unknown = '{ leaderboard(benchmark: "no-such-benchmark") { rank } }';
    const first = await post(app, unknown);
    expect(JSON.parse(first.body).errors[0].message).toContain('no-such-benchmark');
    expect((await post(app, unknown)).cache).toBe('miss');
  });

  it('answers If-None-Match with its ETag by 304 while the graph is unchanged', async () => {
    const { etag } = await post(app, BOARD);
    expect(etag).toBeTruthy();
    const revalidated = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-none-match': etag! },
      body: JSON.stringify({ query: BOARD }),
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(etag);
    expect(await revalidated.text()).toBe('');
    // A list of tags, as a client that holds several answers sends it, and a weak tag (RFC 9110).
    for (const tags of [`W/other-tag, ${etag}`, `W/${etag}`]) {
      expect((await post(app, BOARD, { 'if-none-match': tags })).status).toBe(304);
    }
    // As a browser revalidates a GET it has cached.
    const url = `http://test/graphql?query=${encodeURIComponent(BOARD)}`;
    const got = await app.fetch(url, { headers: { accept: 'application/json' } });
    expect(got.status).toBe(200);
    const again = await app.fetch(url, { headers: { accept: 'application/json', 'if-none-match': got.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it("is the only question an ETag revalidates: another question, or a mutation, sent with a current ETag is answered and carried out, never a 304", async () => {
    const { etag } = await post(app, BOARD);
    const otherQuestion = await post(app, '{ leaderboard(benchmark: "aime-2025", first: 2) { rank } }', { 'if-none-match': etag! });
    expect(otherQuestion.status).toBe(200);
    expect(JSON.parse(otherQuestion.body).data.leaderboard).toHaveLength(2);
    // The same question with other variables is another question too.
    const withVariables = 'query ($first: Int!) { leaderboard(benchmark: "gpqa-diamond", first: $first) { rank } }';
    const three = await post(app, withVariables, {}, { first: 3 });
    const two = await post(app, withVariables, { 'if-none-match': three.etag! }, { first: 2 });
    expect(two.status).toBe(200);
    expect(JSON.parse(two.body).data.leaderboard).toHaveLength(2);
    // A reader's ETag is not an editor's answer.
    expect((await post(app, BOARD, { ...asEditor, 'if-none-match': etag! })).status).toBe(200);

    const { data: board } = JSON.parse((await post(app, '{ leaderboard(benchmark: "gpqa-diamond", first: 500) { score model { modelId } result { sourceTable reportedBy protocol { variant shots chainOfThought sampling tools maxOutputTokens } } } }')).body);
    const input = resultOutscoring('gpqa-diamond', board.leaderboard.at(-1), board.leaderboard[0].score, 'etag on a mutation');
    const current = (await post(app, BOARD)).etag!;
    const written = await post(app, RECORD, { ...asEditor, 'if-none-match': current }, { input });
    expect(written.status).toBe(200);
    expect(JSON.parse(written.body)).toEqual({ data: { recordBenchmarkResult: { score: input.score } } });
    const [row] = await db.read({ name: 'test/etag-write', text: 'MATCH (r:BenchmarkResult {setting: $setting}) RETURN count(r) AS results' }, { setting: input.setting });
    expect(row).toEqual({ results: 1 });
  });
});

describe('a read after a write', () => {
  it('through the API sees the write: a better score recorded puts its model first at once, and the old ETag no longer matches', async () => {
    const before = await post(app, BOARD);
    expect((await post(app, BOARD)).cache).toBe('hit');
    const leader = JSON.parse(before.body).data.leaderboard[0];
    const { data: last } = JSON.parse((await post(app, '{ leaderboard(benchmark: "gpqa-diamond", first: 500) { score model { modelId } result { sourceTable reportedBy protocol { variant shots chainOfThought sampling tools maxOutputTokens } } } }')).body);
    const tail = last.leaderboard.at(-1);
    const written = await post(app, RECORD, asEditor, { input: resultOutscoring('gpqa-diamond', tail, leader.score, 'response cache') });
    expect(JSON.parse(written.body).errors).toBeUndefined();

    const after = await post(app, BOARD);
    expect(after.cache).toBe('miss');
    expect(JSON.parse(after.body).data.leaderboard[0].model.modelId).toBe(tail.model.modelId);
    const revalidated = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-none-match': before.etag! },
      body: JSON.stringify({ query: BOARD }),
    });
    expect(revalidated.status).toBe(200);
  });

  it('through another server on the same Neo4j is seen by this one, and the other way round', async () => {
    const question = '{ model(id: "deepseek-r1") { name } }';
    expect(JSON.parse((await post(app, question)).body).data.model.name).toBe('DeepSeek-R1');
    expect((await post(app, question)).cache).toBe('hit');
    // A write by any client of the database moves the graph's version, as the seed and the import do.
    await otherDb.write({ name: 'test/rename-model', text: "MATCH (m:Model {id: 'deepseek-r1'}) SET m.name = 'DeepSeek-R1 (renamed by another process)'" });
    const seen = await post(app, question);
    expect(seen.cache).toBe('miss');
    expect(JSON.parse(seen.body).data.model.name).toBe('DeepSeek-R1 (renamed by another process)');
    expect(JSON.parse((await post(otherServer, question)).body).data.model.name).toBe('DeepSeek-R1 (renamed by another process)');

    await db.write({ name: 'test/rename-model-back', text: "MATCH (m:Model {id: 'deepseek-r1'}) SET m.name = 'DeepSeek-R1'" });
    expect(JSON.parse((await post(otherServer, question)).body).data.model.name).toBe('DeepSeek-R1');
    expect(JSON.parse((await post(app, question)).body).data.model.name).toBe('DeepSeek-R1');
  });

  it('never returns the old answer: writes and reads interleaved at once, each read after an acknowledged write sees it', async () => {
    const question = '{ model(id: "qwen3-32b") { name } }';
    for (let round = 1; round <= 5; round++) {
      const name = `Qwen3-32B (round ${round})`;
      // readers running while the write is on its way may see either name; the one after it must see the new one
      const during = Promise.all([post(app, question), post(app, question), post(otherServer, question)]);
      await db.write({ name: 'test/rename-round', text: 'MATCH (m:Model {id: $id}) SET m.name = $name' }, { id: 'qwen3-32b', name });
      await during;
      const [here, there] = await Promise.all([post(app, question), post(otherServer, question)]);
      expect(JSON.parse(here.body).data.model.name).toBe(name);
      expect(JSON.parse(there.body).data.model.name).toBe(name);
    }
    await db.write({ name: 'test/rename-back', text: "MATCH (m:Model {id: 'qwen3-32b'}) SET m.name = 'Qwen3-32B'" });
  });
});

describe('only questions are kept', () => {
  it('a mutation is neither looked up nor kept: it waits for no version of the graph, and its answer is not served again', async () => {
    const versionReads = vi.spyOn(db, 'graphVersion');
    try {
      const refused = await post(app, 'mutation { __typename }');
      expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(refused).toMatchObject({ cache: 'miss', etag: null });
      expect(versionReads).not.toHaveBeenCalled();
      await post(app, BOARD);
      expect(versionReads).toHaveBeenCalledTimes(1);
    } finally {
      versionReads.mockRestore();
    }
  });

  it('a question to a Neo4j that does not answer waits for it once: DATABASE_UNAVAILABLE from the read of the version, not a second wait for the question itself', async () => {
    const dead = new Database(createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' }), undefined);
    // Every read of the request, the version's and those of its own database handle (observed()).
    const reads = vi.spyOn(Database.prototype, 'read');
    try {
      const answer = await post(createApp({ db: dead, logger: quietLogger }), '{ model(id: "deepseek-r1") { name } }');
      expect(JSON.parse(answer.body).errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      reads.mockRestore();
      await dead.close();
    }
  });
});
