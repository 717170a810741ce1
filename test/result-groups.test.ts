import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refreshEveryResultGroup, resultGroupsLag } from '../src/benchmark/result-groups.js';
import { ask, askWithToken } from './support/graphql.js';
import { appWithEditor } from './support/neo4j.js';

/**
 * The leaderboard and benchmarkWins rank within a group of comparable results and read only its top: each
 * group's size and each model's best result in it are kept beside the results (cypher/result/groups-refresh)
 * by every write path. What they answer is still what the definitions say, restated here in plain Cypher
 * over every result, after the seed, after writes through the API, after concurrent writes, and on a graph
 * written before the groups existed.
 */
const { db, app, editorToken } = appWithEditor();

const BENCHMARKS = ['gpqa-diamond', 'aime-2025', 'aime-2024', 'math-500', 'mmlu', 'livecodebench', 'humaneval', 'codeforces', 'swe-bench-verified'];
const OPENNESS = ['FULLY_OPEN', 'OPEN_WEIGHTS', 'RESTRICTED_OPEN', 'CLOSED'];
// The seed's SPDX ids, and one no model has.
const SPDX_IDS = ['Apache-2.0', 'MIT', 'GPL-3.0-only'];

async function answer<T>(document: string, variables?: Record<string, unknown>): Promise<T> {
  const { data, errors } = await ask<T>(app, document, variables);
  expect(errors, document).toBeUndefined();
  return data!;
}

/** The leaderboard's definition: the group with the most results among those asked, each model's best in it. */
async function boardByDefinition(benchmark: string, openness: string[] | null) {
  const rows = await db.read(
    {
      name: 'test/leaderboard-by-definition',
      text: `MATCH (b:Benchmark {id: $benchmark})<-[:ON_BENCHMARK]-(r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
             WHERE $openness IS NULL OR m.openness IN $openness
             WITH b, r.comparisonKey AS key, count(r) AS results ORDER BY results DESC, key LIMIT 1
             MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult {comparisonKey: key})<-[:HAS_RESULT]-(m:Model)
             WHERE $openness IS NULL OR m.openness IN $openness
             WITH m, max(r.score) AS best ORDER BY best DESC, m.id
             RETURN m.id AS model, best`,
    },
    { benchmark, openness },
  );
  return rows.map((row) => ({ model: row.model as string, score: row.best as number }));
}

async function board(benchmark: string, openness: string[] | null = null) {
  const data = await answer<{ leaderboard: Array<{ score: number; model: { modelId: string } }> }>(
    'query($benchmark: String!, $openness: [Openness!]) { leaderboard(benchmark: $benchmark, openness: $openness, first: 500) { score model { modelId } } }',
    { benchmark, openness },
  );
  return data.leaderboard.map((entry) => ({ model: entry.model.modelId, score: entry.score }));
}

/** A side of benchmarkWins: its models' openness, weights licence's SPDX id, both or neither (null: any). */
interface Side {
  openness: string[] | null;
  licenceSpdx: string[] | null;
}

/** benchmarkWins' definition: every comparable pair, biggest margin first, ties by benchmark, model and result ids. */
async function winsByDefinition(benchmark: string, winner: Side, loser: Side, first: number) {
  const rows = await db.read(
    {
      name: 'test/wins-by-definition',
      text: `MATCH (b:Benchmark {id: $benchmark})<-[:ON_BENCHMARK]-(wr:BenchmarkResult)<-[:HAS_RESULT]-(wm:Model)
             WHERE ($winner.openness IS NULL OR wm.openness IN $winner.openness)
               AND ($winner.licenceSpdx IS NULL OR head([(wm)-[:LICENSED_UNDER]->(l:Licence) | l.spdx]) IN $winner.licenceSpdx)
             MATCH (b)<-[:ON_BENCHMARK]-(lr:BenchmarkResult)<-[:HAS_RESULT]-(lm:Model)
             WHERE lr.comparisonKey = wr.comparisonKey AND wm <> lm AND wr.score > lr.score
               AND ($loser.openness IS NULL OR lm.openness IN $loser.openness)
               AND ($loser.licenceSpdx IS NULL OR head([(lm)-[:LICENSED_UNDER]->(l:Licence) | l.spdx]) IN $loser.licenceSpdx)
             WITH b, wm, lm, wr, lr, round(wr.score - lr.score, 3) AS margin
             ORDER BY margin DESC, b.id, wm.id, lm.id, wr.id, lr.id LIMIT toInteger($first)
             RETURN wm.id AS winner, lm.id AS loser, margin`,
    },
    { benchmark, winner, loser, first },
  );
  return rows.map((row) => ({ winner: row.winner as string, loser: row.loser as string, margin: row.margin as number }));
}

const RECORD = `mutation($input: BenchmarkResultInput!) { recordBenchmarkResult(input: $input) { score } }`;
const PROTOCOL = 'protocol { variant shots chainOfThought sampling tools maxOutputTokens }';

interface Entry {
  score: number;
  model: { modelId: string };
  result: { sourceTable: string; reportedBy: string; comparisonKey: string; protocol: Record<string, unknown> };
}

/** A result for `model` in the same group as `like` (same table, reporter and protocol), under its own setting. */
async function recordInGroupOf(like: Entry, model: string, score: number, setting: string) {
  const { data, errors } = await askWithToken<{ recordBenchmarkResult: { score: number } }>(app, editorToken, RECORD, {
    input: {
      model,
      benchmark: 'gpqa-diamond',
      score,
      setting,
      reportedBy: like.result.reportedBy,
      sourceTable: like.result.sourceTable,
      protocol: like.result.protocol,
      source: { url: 'https://example.org/result-groups-test', title: 'Result groups test' },
    },
  });
  expect(errors).toBeUndefined();
  return data!.recordBenchmarkResult;
}

async function gpqaBoard(): Promise<Entry[]> {
  const data = await answer<{ leaderboard: Entry[] }>(
    `{ leaderboard(benchmark: "gpqa-diamond", first: 500) { score model { modelId } result { sourceTable reportedBy comparisonKey ${PROTOCOL} } } }`,
  );
  return data.leaderboard;
}

/** What the graph keeps of one group: its stored count, its results, and which of a model's results are flagged best. */
async function keptOf(comparisonKey: string, model: string) {
  const [row] = await db.read(
    {
      name: 'test/result-group-kept',
      text: `MATCH (g:ResultGroup {comparisonKey: $key})
             RETURN g.resultCount AS stored, COUNT { (r:BenchmarkResult {comparisonKey: $key}) } AS results,
                    [(m:Model {id: $model})-[:HAS_RESULT]->(r:BenchmarkResult {comparisonKey: $key}) | {score: r.score, best: r.bestOfModel}] AS ofModel`,
    },
    { key: comparisonKey, model },
  );
  return row as { stored: number; results: number; ofModel: Array<{ score: number; best: boolean }> };
}

describe('the leaderboard reads the top of its group, and it is the top the definition gives', () => {
  it('for every benchmark, with or without an openness filter', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...BENCHMARKS), fc.option(fc.subarray(OPENNESS, { minLength: 1 }), { nil: null }), async (benchmark, openness) => {
        const expected = await boardByDefinition(benchmark, openness);
        expect(await board(benchmark, openness)).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});

describe('benchmarkWins pairs only the ranks that can win, and finds the pairs the definition gives', () => {
  // A side filtered by licence or openness walks only those results of a group, one value at a time
  // (cypher/result/seek/); a side filtered by neither walks the whole group: every way must give the definition's pairs.
  const side = fc.record({
    openness: fc.option(fc.subarray(OPENNESS, { minLength: 1 }), { nil: null }),
    licenceSpdx: fc.option(fc.subarray(SPDX_IDS, { minLength: 1 }), { nil: null }),
  });
  it('for every benchmark, each side by openness, licence, both or neither, any number of pairs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...BENCHMARKS), side, side, fc.integer({ min: 1, max: 12 }), async (benchmark, winner, loser, first) => {
        const data = await answer<{ benchmarkWins: Array<{ winner: { modelId: string }; loser: { modelId: string }; margin: number }> }>(
          `query($benchmark: String!, $winner: ModelFilter, $loser: ModelFilter, $first: Int!) {
             benchmarkWins(benchmark: $benchmark, winner: $winner, loser: $loser, first: $first) { winner { modelId } loser { modelId } margin } }`,
          { benchmark, winner, loser, first },
        );
        const got = data.benchmarkWins.map((w) => ({ winner: w.winner.modelId, loser: w.loser.modelId, margin: w.margin }));
        expect(got).toEqual(await winsByDefinition(benchmark, winner, loser, first));
      }),
      { numRuns: 60 },
    );
  });

  it('Apache-2.0 models over closed ones on AIME 2025 are pairs of the definition, and there are some', async () => {
    const winner = { openness: null, licenceSpdx: ['Apache-2.0'] };
    const loser = { openness: ['CLOSED'], licenceSpdx: null };
    const data = await answer<{ benchmarkWins: Array<{ winner: { modelId: string }; loser: { modelId: string }; margin: number }> }>(
      `{ benchmarkWins(benchmark: "aime-2025", winner: { licenceSpdx: ["Apache-2.0"] }, loser: { openness: [CLOSED] }, first: 50) { winner { modelId } loser { modelId } margin } }`,
    );
    const got = data.benchmarkWins.map((w) => ({ winner: w.winner.modelId, loser: w.loser.modelId, margin: w.margin }));
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(await winsByDefinition('aime-2025', winner, loser, 50));
  });
});

describe('a result recorded through the API moves the board at once', () => {
  it("a model's better score puts it first; recorded lower again, its earlier best counts again, and the group's count follows", async () => {
    const before = await gpqaBoard();
    const last = before[before.length - 1]!;
    const { comparisonKey } = last.result;
    const counted = (await keptOf(comparisonKey, last.model.modelId)).results;

    const top = Math.min(100, before[0]!.score + 1);
    await recordInGroupOf(last, last.model.modelId, top, 'test: a second run');
    const raised = await gpqaBoard();
    expect(raised[0]).toMatchObject({ score: top, model: { modelId: last.model.modelId } });
    expect(raised).toHaveLength(before.length);
    expect(await keptOf(comparisonKey, last.model.modelId)).toMatchObject({ stored: counted + 1, results: counted + 1 });

    await recordInGroupOf(last, last.model.modelId, 0.5, 'test: a second run');
    const lowered = await gpqaBoard();
    expect(lowered.map((entry) => [entry.model.modelId, entry.score])).toEqual(before.map((entry) => [entry.model.modelId, entry.score]));
    expect(await board('gpqa-diamond')).toEqual(await boardByDefinition('gpqa-diamond', null));
  });

  it('concurrent writes to one group lose nothing: of eight results of one model recorded at once, exactly the best is flagged and all are counted', async () => {
    const entries = await gpqaBoard();
    const like = entries[Math.floor(entries.length / 2)]!;
    const model = like.model.modelId;
    const { comparisonKey } = like.result;
    const counted = (await keptOf(comparisonKey, model)).results;
    const scores = [41.5, 77.25, 12, 63, 88.75, 29, 55.5, 70];
    await Promise.all(scores.map((score, i) => recordInGroupOf(like, model, score, `test: concurrent run ${i}`)));

    const kept = await keptOf(comparisonKey, model);
    expect(kept.results).toBe(counted + scores.length);
    expect(kept.stored).toBe(kept.results);
    const best = Math.max(...kept.ofModel.map((r) => r.score));
    expect(kept.ofModel.filter((r) => r.best)).toEqual([{ score: best, best: true }]);
    expect(await board('gpqa-diamond')).toEqual(await boardByDefinition('gpqa-diamond', null));
  });
});

describe('a graph written before the groups existed', () => {
  it('is seen to lag, and brought up to date gives the same boards as before', async () => {
    const boards = await Promise.all(BENCHMARKS.map((benchmark) => board(benchmark)));
    expect(await resultGroupsLag(db)).toBe(false);
    await db.write({ name: 'test/forget-result-groups', text: 'MATCH (g:ResultGroup) DETACH DELETE g WITH count(*) AS gone MATCH (r:BenchmarkResult) REMOVE r.bestOfModel' });
    expect(await resultGroupsLag(db)).toBe(true);
    expect(await refreshEveryResultGroup(db)).toBeGreaterThan(0);
    expect(await resultGroupsLag(db)).toBe(false);
    expect(await Promise.all(BENCHMARKS.map((benchmark) => board(benchmark)))).toEqual(boards);
  });
});
