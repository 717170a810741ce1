import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ask } from './support/graphql.js';
import { appWithEditor } from './support/neo4j.js';

/**
 * One rule says which results may be compared: same benchmark, same source table, same reporter and the same
 * evaluation protocol (base or instruct, shots, chain of thought, sampling, tools, output cap), which a
 * result's comparisonKey stands for. Every question keeps to it unless asked not to, and then says so.
 */
// The results recorded here are undone after the file (appWithEditor).
const { app, editorToken } = appWithEditor();

interface Result {
  comparisonKey: string;
  sourceTable: string;
  reportedBy: string;
  benchmark: { benchmarkId: string };
  protocol: { variant: string; shots: number | null; chainOfThought: boolean | null; sampling: string | null; tools: boolean | null; maxOutputTokens: number | null };
}
const RESULT = 'comparisonKey sourceTable reportedBy benchmark { benchmarkId } protocol { variant shots chainOfThought sampling tools maxOutputTokens }';

/** The rule, restated from the fields the API shows: what comparisonKey must agree with. */
const sameGroup = (a: Result, b: Result) =>
  a.benchmark.benchmarkId === b.benchmark.benchmarkId &&
  a.sourceTable === b.sourceTable &&
  a.reportedBy === b.reportedBy &&
  JSON.stringify(a.protocol) === JSON.stringify(b.protocol);

async function answer<T>(document: string, variables?: Record<string, unknown>): Promise<T> {
  const { data, errors } = await ask<T>(app, document, variables);
  expect(errors, document).toBeUndefined();
  return data!;
}

describe('the structured setting of a result', () => {
  it("says how DeepSeek's R1 table measured Claude 3.5 Sonnet on GPQA Diamond: instruct model, pass@1 over 64 samples, 32,768 tokens at most", async () => {
    const data = await answer<{ model: { results: Array<Result & { score: number; setting: string }> } }>(
      `{ model(id: "claude-3-5-sonnet") { results(benchmark: "gpqa-diamond") { score setting ${RESULT} } } }`,
    );
    const inR1Table = data.model.results.find((r) => r.sourceTable.startsWith('DeepSeek-R1 paper'))!;
    expect(inR1Table).toMatchObject({
      score: 65,
      reportedBy: 'DeepSeek',
      protocol: { variant: 'INSTRUCT', shots: null, chainOfThought: null, sampling: 'pass@1 (64 samples)', tools: null, maxOutputTokens: 32768 },
    });
    expect(inR1Table.setting).toContain('64 samples for pass@1'); // the source's own words stay
  });

  it("keeps base and instruct models apart: Llama's pre-trained and instruction-tuned results never share a key", async () => {
    const data = await answer<{ models: { edges: Array<{ node: { results: Result[] } }> } }>(
      `{ models(where: { family: ["Llama"] }) { edges { node { results { ${RESULT} } } } } }`,
    );
    const results = data.models.edges.flatMap((e) => e.node.results);
    const base = results.filter((r) => r.protocol.variant === 'BASE');
    const instruct = results.filter((r) => r.protocol.variant === 'INSTRUCT');
    expect(base.length).toBeGreaterThan(0);
    expect(instruct.length).toBeGreaterThan(0);
    const baseKeys = new Set(base.map((r) => r.comparisonKey));
    expect(instruct.some((r) => baseKeys.has(r.comparisonKey))).toBe(false);
  });

  it("gives every seed result a key that agrees with the rule: equal keys exactly for the same benchmark, table, reporter and protocol", async () => {
    const data = await answer<{ models: { edges: Array<{ node: { results: Result[] } }> } }>(
      `{ models(where: { curated: true }, first: 100) { edges { node { results { ${RESULT} } } } } }`,
    );
    const results = data.models.edges.flatMap((e) => e.node.results);
    expect(results.length).toBe(218); // seed/benchmark-results.csv
    for (const a of results) for (const b of results) expect(a.comparisonKey === b.comparisonKey).toBe(sameGroup(a, b));
  });
});

describe('a result recorded through the API', () => {
  it('takes its protocol as data, and a different protocol in the same table is not compared with the rest', async () => {
    const record = `mutation($input: BenchmarkResultInput!) { recordBenchmarkResult(input: $input) { ${RESULT} reasoningEffort } }`;
    const seeded = await answer<{ model: { results: Result[] } }>(`{ model(id: "o3") { results(benchmark: "aime-2025") { ${RESULT} } } }`);
    const o3 = seeded.model.results[0]!;
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editorToken}` },
      body: JSON.stringify({
        query: record,
        variables: {
          input: {
            model: 'qwen3-32b',
            benchmark: 'aime-2025',
            score: 70.1,
            setting: 'test: 5-shot, unlike the rest of the table',
            reportedBy: o3.reportedBy,
            sourceTable: o3.sourceTable,
            protocol: { shots: 5, maxOutputTokens: 81920 },
            reasoningEffort: 'thinking',
            source: { url: 'https://example.org/comparability-test', title: 'Comparability test' },
          },
        },
      }),
    });
    const body = (await response.json()) as { data?: { recordBenchmarkResult: Result & { reasoningEffort: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const recorded = body.data!.recordBenchmarkResult;
    expect(recorded).toMatchObject({ sourceTable: o3.sourceTable, reasoningEffort: 'thinking', protocol: { shots: 5, variant: 'INSTRUCT', maxOutputTokens: 81920 } });
    expect(recorded.comparisonKey).not.toBe(o3.comparisonKey);
    const wins = await answer<{ benchmarkWins: Array<{ winner: { modelId: string }; loser: { modelId: string }; crossSource: boolean }> }>(
      '{ benchmarkWins(benchmark: "aime-2025", first: 1000) { winner { modelId } loser { modelId } crossSource } }',
    );
    expect(wins.benchmarkWins.some((w) => w.winner.modelId === 'qwen3-32b' || w.loser.modelId === 'qwen3-32b')).toBe(false);
    const anyPair = await answer<{ benchmarkWins: Array<{ winner: { modelId: string }; loser: { modelId: string }; crossSource: boolean }> }>(
      '{ benchmarkWins(benchmark: "aime-2025", sameSource: false, first: 1000) { winner { modelId } loser { modelId } crossSource } }',
    );
    const withIt = anyPair.benchmarkWins.filter((w) => w.winner.modelId === 'qwen3-32b' || w.loser.modelId === 'qwen3-32b');
    expect(withIt.length).toBeGreaterThan(0);
    expect(withIt.every((w) => w.crossSource)).toBe(true);
  });
});

describe('every question keeps to the one rule, for any filter (property)', () => {
  const opennessSets = fc.subarray(['CLOSED', 'OPEN_WEIGHTS', 'RESTRICTED_OPEN', 'FULLY_OPEN'], { minLength: 1 });
  const modelFilter = fc.record(
    {
      openness: opennessSets,
      licenceCategory: fc.subarray(['PERMISSIVE', 'RESTRICTED_OPEN', 'PROPRIETARY'], { minLength: 1 }),
      country: fc.subarray(['US', 'CN', 'FR'], { minLength: 1 }),
      releasedAfter: fc.constantFrom('2024-01-01', '2024-09-01', '2025-01-01'),
    },
    { requiredKeys: [] },
  );
  const scope = fc.record(
    {
      domain: fc.constantFrom('CODING', 'MATH', 'GENERAL_KNOWLEDGE', 'REASONING'),
      benchmark: fc.constantFrom('gpqa-diamond', 'AIME 2025', 'codeforces', 'mmlu', 'humaneval', 'livecodebench'),
    },
    { requiredKeys: [] },
  );
  it('benchmarkWins: each pair is comparable unless cross-source was asked, and then crossSource says whether it is', async () => {
    await fc.assert(
      fc.asyncProperty(scope, modelFilter, modelFilter, fc.boolean(), async (where, winner, loser, sameSource) => {
        const data = await answer<{ benchmarkWins: Array<{ crossSource: boolean; winnerResult: Result; loserResult: Result }> }>(
          `query($domain: Domain, $benchmark: String, $winner: ModelFilter, $loser: ModelFilter, $sameSource: Boolean!) {
             benchmarkWins(domain: $domain, benchmark: $benchmark, winner: $winner, loser: $loser, sameSource: $sameSource, first: 200) {
               crossSource winnerResult { ${RESULT} } loserResult { ${RESULT} } } }`,
          { ...where, winner, loser, sameSource },
        );
        for (const win of data.benchmarkWins) {
          const comparable = sameGroup(win.winnerResult, win.loserResult);
          if (sameSource) expect(comparable).toBe(true);
          expect(win.crossSource).toBe(!comparable);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('opennessGap: each matched pair is comparable unless cross-source was asked, and then marked', async () => {
    await fc.assert(
      fc.asyncProperty(scope, fc.boolean(), async (where, sameSource) => {
        const data = await answer<{ opennessGap: { crossSourceCount: number; pairs: Array<{ crossSource: boolean | null; closedResult: Result; openResult: Result | null }> } }>(
          `query($domain: Domain, $benchmark: String, $sameSource: Boolean!) {
             opennessGap(domain: $domain, benchmark: $benchmark, sameSource: $sameSource) {
               crossSourceCount pairs { crossSource closedResult { ${RESULT} } openResult { ${RESULT} } } } }`,
          { ...where, sameSource },
        );
        for (const pair of data.opennessGap.pairs) {
          if (pair.openResult === null) {
            expect(pair.crossSource).toBeNull();
            continue;
          }
          const comparable = sameGroup(pair.closedResult, pair.openResult);
          if (sameSource) expect(comparable).toBe(true);
          expect(pair.crossSource).toBe(!comparable);
        }
        expect(data.opennessGap.crossSourceCount).toBe(data.opennessGap.pairs.filter((p) => p.crossSource === true).length);
      }),
      { numRuns: 30 },
    );
  });

  it('leaderboard: one group per board unless cross-source was asked, and then crossSource says whether the board mixes groups', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('gpqa-diamond', 'AIME 2025', 'codeforces', 'mmlu', 'humaneval', 'livecodebench', 'math-500'),
        fc.option(opennessSets, { nil: undefined }),
        fc.boolean(),
        async (benchmark, openness, sameSource) => {
          const data = await answer<{ leaderboard: Array<{ crossSource: boolean; result: Result }> }>(
            `query($benchmark: String!, $openness: [Openness!], $sameSource: Boolean!) {
               leaderboard(benchmark: $benchmark, openness: $openness, sameSource: $sameSource, first: 100) { crossSource result { ${RESULT} } } }`,
            { benchmark, openness, sameSource },
          );
          const entries = data.leaderboard;
          const mixed = entries.some((e) => !sameGroup(e.result, entries[0]!.result));
          if (sameSource) expect(mixed).toBe(false);
          for (const entry of entries) expect(entry.crossSource).toBe(mixed);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('pricePerformance and scoreStatistics: one group per answer or row, named, unless pooling was asked', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('gpqa-diamond', 'AIME 2025', 'codeforces', 'mmlu', 'livecodebench'), fc.boolean(), async (benchmark, sameSource) => {
        const data = await answer<{
          pricePerformance: { comparisonKey: string | null; entries: Array<{ result: Result }> };
          scoreStatistics: Array<{ comparisonKey: string | null; sourceTable: string | null; crossSource: boolean }>;
        }>(
          `{ pricePerformance(benchmark: ${JSON.stringify(benchmark)}) { comparisonKey entries { result { ${RESULT} } } }
             scoreStatistics(benchmark: ${JSON.stringify(benchmark)}, sameSource: ${sameSource}) { comparisonKey sourceTable crossSource } }`,
        );
        const { comparisonKey, entries } = data.pricePerformance;
        expect(entries.length).toBeGreaterThan(0);
        expect(entries.every((e) => e.result.comparisonKey === comparisonKey && sameGroup(e.result, entries[0]!.result))).toBe(true);
        for (const row of data.scoreStatistics) {
          expect(row.crossSource).toBe(!sameSource);
          expect(row.comparisonKey === null).toBe(!sameSource);
          expect(row.sourceTable === null).toBe(!sameSource);
        }
      }),
      { numRuns: 10 },
    );
  });
});
