import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/server/yoga.js';
import { ask } from './support/graphql.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/**
 * The relational questions the product exists for, asked over GraphQL of the real seeded graph, and
 * checked against the reference facts (seed/benchmark-results.csv holds the published scores).
 */
const db = testDatabase();
const app = createApp({ db, logger: quietLogger });
afterAll(() => db.close());

interface Win {
  winner: { modelId: string; openness: string | null; licence: { spdx: string | null } | null; organization: { organizationId: string } };
  loser: { modelId: string; openness: string | null; licence: { spdx: string | null } | null; organization: { organizationId: string } };
  benchmark: { benchmarkId: string; domains: string[] };
  winnerScore: number;
  loserScore: number;
  margin: number;
  setting: string | null;
  sourceTable: string;
  crossSource: boolean;
  source: { sourceId: string };
  winnerResult: { sourceTable: string; reportedBy: string };
  loserResult: { sourceTable: string; reportedBy: string };
}

const WIN_FIELDS = `
  winner { modelId openness licence { spdx } organization { organizationId } }
  loser { modelId openness licence { spdx } organization { organizationId } }
  benchmark { benchmarkId domains }
  winnerScore loserScore margin setting sourceTable crossSource source { sourceId }
  winnerResult { sourceTable reportedBy } loserResult { sourceTable reportedBy }`;

async function wins(args: string): Promise<Win[]> {
  const answer = await ask<{ benchmarkWins: Win[] }>(app, `{ benchmarkWins(${args}) { ${WIN_FIELDS} } }`);
  expect(answer.errors).toBeUndefined();
  return answer.data!.benchmarkWins;
}

const pair = (w: Win) => `${w.winner.modelId} > ${w.loser.modelId} on ${w.benchmark.benchmarkId} (${w.winnerScore} vs ${w.loserScore})`;

describe('"Apache-licensed models beating closed ones on math"', () => {
  it('is one benchmarkWins question, and Qwen3-235B-A22B over Claude Opus 4 on AIME 2025 (81.5 vs 75.5) is among its answers', async () => {
    const answer = await wins('domain: MATH, winner: {licenceSpdx: ["Apache-2.0"]}, loser: {openness: [CLOSED]}');
    expect(answer.map(pair)).toContain('qwen3-235b-a22b > claude-opus-4 on aime-2025 (81.5 vs 75.5)');
    const aime = answer.find((w) => w.benchmark.benchmarkId === 'aime-2025' && w.loser.modelId === 'claude-opus-4')!;
    expect(aime.margin).toBe(6);
    expect(aime.crossSource).toBe(false);
    expect(aime.source.sourceId).toBe('qwen3-235b-a22b-thinking-2507-model-card-verbatim-copy-in-aw');
  });

  it('answers only with what was asked: Apache winners, closed losers, math benchmarks, a higher score, one source table', async () => {
    const answer = await wins('domain: MATH, winner: {licenceSpdx: ["Apache-2.0"]}, loser: {openness: [CLOSED]}');
    expect(answer.length).toBeGreaterThan(0);
    for (const w of answer) {
      expect(w.winner.licence?.spdx, pair(w)).toBe('Apache-2.0');
      expect(w.loser.openness, pair(w)).toBe('CLOSED');
      expect(w.benchmark.domains, pair(w)).toContain('MATH');
      expect(w.winnerScore, pair(w)).toBeGreaterThan(w.loserScore);
      expect(w.margin, pair(w)).toBeCloseTo(w.winnerScore - w.loserScore, 3);
      expect(w.crossSource, pair(w)).toBe(false);
      expect(w.winnerResult.sourceTable).toBe(w.loserResult.sourceTable);
      expect(w.winnerResult.reportedBy).toBe(w.loserResult.reportedBy);
    }
    // Biggest margin first.
    expect(answer.map((w) => w.margin)).toEqual([...answer.map((w) => w.margin)].sort((a, b) => b - a));
  });
});

describe("DeepSeek-R1's wins over o1", () => {
  const r1OverO1 = (answer: Win[]) =>
    answer.filter((w) => w.winner.modelId === 'deepseek-r1' && w.loser.modelId === 'o1').map((w) => w.benchmark.benchmarkId).sort();

  it('appear for MIT-licensed winners, on the benchmarks of the DeepSeek-R1 table where R1 scored higher', async () => {
    const answer = await wins('winner: {licenceSpdx: ["MIT"]}, loser: {organization: ["OpenAI"]}');
    expect(r1OverO1(answer)).toEqual(['aime-2024', 'livecodebench', 'math-500', 'swe-bench-verified']);
    for (const w of answer) {
      expect(w.winner.licence?.spdx).toBe('MIT');
      expect(w.loser.organization.organizationId).toBe('openai');
    }
  });

  it('do not appear for Apache-licensed winners: DeepSeek-R1 is MIT, not Apache as the analysis says', async () => {
    const answer = await wins('winner: {licenceSpdx: ["Apache-2.0"]}, loser: {organization: ["openai"]}');
    expect(r1OverO1(answer)).toEqual([]);
    expect(answer.every((w) => w.winner.licence?.spdx === 'Apache-2.0')).toBe(true);
  });

  it('include cross-source pairs only when asked, each marked as such', async () => {
    const sameSource = await wins('benchmark: "MATH-500", winner: {organization: ["deepseek"]}, loser: {organization: ["openai"]}');
    const anySource = await wins(
      'benchmark: "MATH-500", winner: {organization: ["deepseek"]}, loser: {organization: ["openai"]}, sameSource: false, first: 1000',
    );
    expect(anySource.length).toBeGreaterThanOrEqual(sameSource.length);
    const crossed = anySource.filter((w) => w.crossSource);
    expect(crossed.length).toBeGreaterThan(0);
    for (const w of crossed) {
      expect(`${w.winnerResult.reportedBy}|${w.winnerResult.sourceTable}`).not.toBe(`${w.loserResult.reportedBy}|${w.loserResult.sourceTable}`);
    }
    expect(anySource.filter((w) => !w.crossSource).map(pair).sort()).toEqual(sameSource.map(pair).sort());
  });
});

describe('leaderboard', () => {
  interface Entry {
    rank: number;
    score: number;
    crossSource: boolean;
    model: { modelId: string; openness: string | null };
    result: { comparisonKey: string; sourceTable: string; reportedBy: string; benchmark: { benchmarkId: string } };
  }
  const ENTRY = 'rank score crossSource model { modelId openness } result { comparisonKey sourceTable reportedBy benchmark { benchmarkId } }';
  const SIMPLE_EVALS =
    "openai/simple-evals README 'Benchmark Results' table (zero-shot CoT prompts; rows under 'Other Models (Reported)' are the developers' own published numbers collected by OpenAI)";
  const board = async (args: string): Promise<Entry[]> => {
    const { data, errors } = await ask(app, `{ leaderboard(${args}) { ${ENTRY} } }`);
    expect(errors).toBeUndefined();
    return data!.leaderboard as Entry[];
  };

  it("ranks GPQA Diamond within one table and setting, and names it: DeepSeek's R1 table (five models), o1's 75.7 first", async () => {
    const entries = await board('benchmark: "GPQA Diamond", first: 50');
    expect(entries.map((e) => [e.model.modelId, e.score])).toEqual([
      ['o1', 75.7],
      ['deepseek-r1', 71.5],
      ['claude-3-5-sonnet', 65],
      ['deepseek-v3', 59.1],
      ['gpt-4o', 49.9],
    ]);
    expect(new Set(entries.map((e) => e.result.comparisonKey)).size).toBe(1);
    expect(entries[0]!.result).toMatchObject({ reportedBy: 'DeepSeek', sourceTable: expect.stringContaining('DeepSeek-R1 paper') });
    expect(entries.every((e) => !e.crossSource && e.result.benchmark.benchmarkId === 'gpqa-diamond')).toBe(true);
    expect(entries.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it("ranks within the table asked for: OpenAI's simple-evals table puts o3's 82.8 first", async () => {
    const entries = await board(`benchmark: "gpqa-diamond", sourceTable: ${JSON.stringify(SIMPLE_EVALS)}, first: 10`);
    expect(entries[0]).toMatchObject({ rank: 1, score: 82.8, model: { modelId: 'o3' } });
    expect(entries.every((e) => e.result.reportedBy === 'OpenAI')).toBe(true);
    expect(new Set(entries.map((e) => e.result.comparisonKey)).size).toBe(1);
  });

  it("ranks each model's best from any table only when asked, and says the board mixes them: o3's 82.8 first", async () => {
    const entries = await board('benchmark: "gpqa-diamond", sameSource: false, first: 50');
    expect(entries[0]).toMatchObject({ rank: 1, score: 82.8, model: { modelId: 'o3' }, crossSource: true });
    expect(new Set(entries.map((e) => e.model.modelId)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e.result.comparisonKey)).size).toBeGreaterThan(1);
    expect(entries.every((e) => e.crossSource)).toBe(true);
    expect(entries.map((e) => e.score)).toEqual([...entries.map((e) => e.score)].sort((a, b) => b - a));
  });

  it("limited to open models, ranks the largest table of open results: Meta's Llama 4 card, Maverick first", async () => {
    const entries = await board('benchmark: "gpqa-diamond", openness: [OPEN_WEIGHTS, FULLY_OPEN, RESTRICTED_OPEN], first: 3');
    expect(entries.map((e) => e.model.modelId)).toEqual(['llama-4-maverick', 'llama-4-scout', 'llama-3-1-405b']);
    expect(entries.every((e) => e.model.openness !== 'CLOSED' && e.result.reportedBy === 'Meta')).toBe(true);
  });
});

describe('opennessGap: how many months open models lagged the closed frontier', () => {
  it('pairs each closed coding result with the first open-weight model to match it, with the lag and the median', async () => {
    const { data, errors } = await ask(app, `{ opennessGap(domain: CODING) {
      medianLagMonths matchedCount unmatchedCount crossSourceCount
      pairs { benchmark { domains } closedModel { modelId openness releaseDate } closedResult { score snapshot { releaseDate } } closedDate
              openModel { modelId weightsAvailable releaseDate } openResult { score snapshot { releaseDate } } openDate lagMonths crossSource } } }`);
    expect(errors).toBeUndefined();
    const gap = data!.opennessGap;
    expect(gap.matchedCount).toBeGreaterThan(0);
    expect(gap.matchedCount + gap.unmatchedCount).toBe(gap.pairs.length);
    for (const p of gap.pairs) {
      expect(p.benchmark.domains).toContain('CODING');
      expect(p.closedModel.openness).toBe('CLOSED');
      if (p.openModel === null) continue;
      expect(p.openModel.weightsAvailable).toBe(true);
      expect(p.openResult.score).toBeGreaterThanOrEqual(p.closedResult.score);
      // counted from the snapshot each result was run on, where it names one, else from the model's release
      expect(p.closedDate).toBe(p.closedResult.snapshot?.releaseDate ?? p.closedModel.releaseDate);
      expect(p.openDate).toBe(p.openResult.snapshot?.releaseDate ?? p.openModel.releaseDate);
      const days = (Date.parse(p.openDate) - Date.parse(p.closedDate)) / 86_400_000;
      expect(p.lagMonths).toBeCloseTo(days / 30.436875, 1);
    }
    const lags = gap.pairs.filter((p: { lagMonths: number | null }) => p.lagMonths !== null).map((p: { lagMonths: number }) => p.lagMonths).sort((a: number, b: number) => a - b);
    const middle = Math.floor(lags.length / 2);
    const expected = lags.length % 2 ? lags[middle] : (lags[middle - 1] + lags[middle]) / 2;
    expect(gap.medianLagMonths).toBeCloseTo(expected, 1);
    expect(gap.crossSourceCount).toBe(gap.pairs.filter((p: { crossSource: boolean | null }) => p.crossSource === true).length);
  });

  it('compares within one source table unless asked otherwise, and marks every cross-source pair it is asked for', async () => {
    const { data, errors } = await ask(app, `{
      safe: opennessGap(domain: CODING) { crossSourceCount pairs { crossSource } }
      any: opennessGap(domain: CODING, sameSource: false) { crossSourceCount pairs { crossSource } } }`);
    expect(errors).toBeUndefined();
    expect(data!.safe.crossSourceCount).toBe(0);
    expect(data!.safe.pairs.every((p: { crossSource: boolean | null }) => p.crossSource !== true)).toBe(true);
    expect(data!.any.crossSourceCount).toBeGreaterThan(0);
    expect(data!.any.crossSourceCount).toBe(data!.any.pairs.filter((p: { crossSource: boolean | null }) => p.crossSource === true).length);
  });

  it('finds DeepSeek-V3 matching GPT-4o on Codeforces within one source table, 7.5 months later', async () => {
    const { data } = await ask(app, `{ opennessGap(benchmark: "codeforces", sameSource: true) { pairs { closedModel { modelId } openModel { modelId } lagMonths crossSource } } }`);
    const pairs = data!.opennessGap.pairs as Array<{ closedModel: { modelId: string }; openModel: { modelId: string } | null; lagMonths: number; crossSource: boolean }>;
    expect(pairs.find((p) => p.closedModel.modelId === 'gpt-4o')).toEqual({
      closedModel: { modelId: 'gpt-4o' },
      openModel: { modelId: 'deepseek-v3' },
      lagMonths: 7.5,
      crossSource: false,
    });
    expect(pairs.every((p) => p.crossSource !== true)).toBe(true);
  });
});

describe('aggregates for analytics', () => {
  it('counts the curated models by openness: 13 closed, 9 open weights, 8 restricted, 1 fully open, and 2 not released, which have no openness', async () => {
    const { data } = await ask(app, `{ modelCounts(groupBy: OPENNESS, where: { curated: true }) { group count }
      unreleased: models(where: {status: [ANNOUNCED, UNRELEASED], curated: true}) { totalCount edges { node { openness } } } }`);
    expect(data!.modelCounts).toEqual([
      { group: 'CLOSED', count: 13 },
      { group: 'OPEN_WEIGHTS', count: 9 },
      { group: 'RESTRICTED_OPEN', count: 8 },
      // Release status is its own grouping (STATUS): an unreleased model has no openness, as Model.openness says.
      { group: null, count: 2 },
      { group: 'FULLY_OPEN', count: 1 },
    ]);
    expect(data!.unreleased.totalCount).toBe(2);
    expect(data!.unreleased.edges.map((e: any) => e.node.openness)).toEqual([null, null]);
  });

  it('names every group as the filter of the same dimension takes it, so a group can be asked for', async () => {
    const { data } = await ask(app, `{
      openness: modelCounts(groupBy: OPENNESS) { group count }
      status: modelCounts(groupBy: STATUS) { group count }
      licenceCategory: modelCounts(groupBy: LICENCE_CATEGORY) { group count }
      tier: modelCounts(groupBy: TIER) { group count }
      licence: modelCounts(groupBy: LICENCE) { group count } }`);
    for (const [dimension, filterField] of [['openness', 'openness'], ['status', 'status'], ['licenceCategory', 'licenceCategory']] as const) {
      for (const { group, count } of data![dimension].filter((g: any) => g.group !== null)) {
        const filtered = await ask(app, `{ models(where: {${filterField}: [${group}]}) { totalCount } }`);
        expect(filtered.errors, `${dimension} ${group}`).toBeUndefined();
        expect(filtered.data!.models.totalCount, `${dimension} ${group}`).toBe(count);
      }
    }
    // "None" is null in every grouping, never a made-up value that no filter or field knows.
    const groups = Object.values(data!).flatMap((list: any) => list.map((g: any) => g.group));
    expect(groups).not.toContain('NONE');
    expect(groups).not.toContain('NOT_RELEASED');
    expect(data!.tier.some((g: any) => g.group === null)).toBe(true);
  });

  it('counts released open models by country, and by licence category, each summing to the filtered total', async () => {
    const { data } = await ask(app, `{
      byCountry: modelCounts(groupBy: COUNTRY, where: {openness: [FULLY_OPEN, OPEN_WEIGHTS, RESTRICTED_OPEN]}) { group count }
      byLicence: modelCounts(groupBy: LICENCE_CATEGORY, where: {openness: [FULLY_OPEN, OPEN_WEIGHTS, RESTRICTED_OPEN]}) { group count }
      total: models(where: {openness: [FULLY_OPEN, OPEN_WEIGHTS, RESTRICTED_OPEN]}) { totalCount } }`);
    expect(data!.byCountry).toEqual([
      { group: 'China', count: 8 },
      { group: 'United States', count: 6 },
      { group: 'France', count: 4 },
    ]);
    const sum = (groups: Array<{ count: number }>) => groups.reduce((s, g) => s + g.count, 0);
    expect(sum(data!.byCountry)).toBe(data!.total.totalCount);
    expect(sum(data!.byLicence)).toBe(data!.total.totalCount);
  });

  it('counts every grouping of all models the same way whether or not a filter is given', async () => {
    // Without a filter, groupings by a neighbour count from the neighbours' side (cypher/questions/
    // group-counts); a filter that keeps every model takes the per-model path: both must agree.
    const groupings = ['OPENNESS', 'STATUS', 'FAMILY', 'LICENCE_CATEGORY', 'LICENCE', 'ORGANIZATION', 'COUNTRY', 'TIER'];
    for (const groupBy of groupings) {
      const { data, errors } = await ask(app, `{
        all: modelCounts(groupBy: ${groupBy}) { group count }
        filtered: modelCounts(groupBy: ${groupBy}, where: {status: [RELEASED, ANNOUNCED, UNRELEASED]}) { group count }
        total: models { totalCount } }`);
      expect(errors).toBeUndefined();
      expect(data!.all, groupBy).toEqual(data!.filtered);
      expect(data!.all.reduce((sum: number, g: { count: number }) => sum + g.count, 0), groupBy).toBe(data!.total.totalCount);
    }
  });

  it('gives score statistics per group of comparable results and openness: AIME 2025 in the Qwen3 table, closed 75.5 to 88.9 over 3 results', async () => {
    const { data } = await ask(app, '{ scoreStatistics(benchmark: "AIME 2025") { reportedBy openness count min max mean crossSource } }');
    expect(data!.scoreStatistics).toEqual([
      { reportedBy: 'Mistral AI', openness: 'CLOSED', count: 1, min: 64.95, max: 64.95, mean: expect.closeTo(64.95, 9), crossSource: false },
      { reportedBy: 'Mistral AI', openness: 'OPEN_WEIGHTS', count: 1, min: 62.76, max: 62.76, mean: 62.76, crossSource: false },
      { reportedBy: 'Alibaba (Qwen team)', openness: 'CLOSED', count: 3, min: 75.5, max: 88.9, mean: expect.closeTo(84.133, 3), crossSource: false },
      { reportedBy: 'Alibaba (Qwen team)', openness: 'OPEN_WEIGHTS', count: 1, min: 81.5, max: 81.5, mean: 81.5, crossSource: false },
    ]);
  });

  it('pools the tables of a benchmark only when asked, and says so: AIME 2025, closed 64.95 to 88.9 over 4 results', async () => {
    const { data } = await ask(app, '{ scoreStatistics(benchmark: "AIME 2025", sameSource: false) { openness count min max mean crossSource sourceTable comparisonKey } }');
    expect(data!.scoreStatistics).toEqual([
      { openness: 'CLOSED', count: 4, min: 64.95, max: 88.9, mean: expect.closeTo(79.3375, 9), crossSource: true, sourceTable: null, comparisonKey: null },
      { openness: 'OPEN_WEIGHTS', count: 2, min: 62.76, max: 81.5, mean: expect.closeTo(72.13, 9), crossSource: true, sourceTable: null, comparisonKey: null },
    ]);
  });
});

describe('search', () => {
  it('finds nodes of every kind through the full-text index, typed, scored, best first, a page at a time', async () => {
    const { data, errors } = await ask(app, `{ search(text: "deepseek r1", first: 20) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { score node { __typename id ... on Model { modelId } ... on Claim { statement } } } } } }`);
    expect(errors).toBeUndefined();
    const hits = data!.search.edges.map((e: { node: unknown }) => e.node);
    expect(hits[0].node).toMatchObject({ __typename: 'Model', modelId: 'deepseek-r1' });
    expect(new Set(hits.map((h: { node: { __typename: string } }) => h.node.__typename))).toContain('Claim');
    expect(hits.map((h: { score: number }) => h.score)).toEqual([...hits.map((h: { score: number }) => h.score)].sort((a, b) => b - a));
    expect(data!.search.totalCount).toBeGreaterThan(20);
    expect(data!.search.pageInfo.hasNextPage).toBe(true);

    const next = await ask(app, `{ search(text: "deepseek r1", first: 20, after: "${data!.search.pageInfo.endCursor}") { edges { node { node { id } } } } }`);
    const firstIds = hits.map((h: { node: { id: string } }) => h.node.id);
    for (const edge of next.data!.search.edges) expect(firstIds).not.toContain(edge.node.node.id);
  });

  it('finds models by their architecture, as people write it: "moe" and "mixture of experts" give the same mixture-of-experts models', async () => {
    const { data } = await ask(app, `{
      moe: search(text: "moe", first: 100) { edges { node { node { __typename ... on Model { modelId architecture } } } } }
      words: search(text: "mixture of experts", first: 100) { edges { node { node { __typename ... on Model { modelId architecture } } } } }
      all: models(first: 500) { edges { node { modelId architecture } } } }`);
    const modelsOf = (hits: any) => hits.edges.map((e: any) => e.node.node).filter((n: any) => n.__typename === 'Model');
    const mixtures = data!.all.edges.map((e: any) => e.node).filter((m: any) => m.architecture === 'MIXTURE_OF_EXPERTS').map((m: any) => m.modelId).sort();
    expect(mixtures.length).toBeGreaterThan(5);
    for (const hits of [data!.moe, data!.words]) {
      const found = modelsOf(hits);
      expect(found.map((m: any) => m.modelId)).toEqual(expect.arrayContaining(mixtures));
      expect(found.filter((m: any) => m.architecture === 'DENSE')).toEqual([]);
    }
  });

  it('finds a model by its name run together ("GPT4o", "deepseekr1") and by its id', async () => {
    for (const [text, modelId] of [['GPT4o', 'gpt-4o'], ['deepseekr1', 'deepseek-r1'], ['qwen3-235b-a22b', 'qwen3-235b-a22b']]) {
      const { data } = await ask(app, `{ search(text: "${text}", first: 3) { edges { node { node { ... on Model { modelId } } } } } }`);
      expect(data!.search.edges[0]?.node.node.modelId, text).toBe(modelId);
    }
  });

  it('finds the sourced facts by their statement, not only claims', async () => {
    const { data } = await ask(app, `{ search(text: "distillation explicitly allowed") {
      edges { node { node { __typename ... on Fact { statement source { url } } } } } } }`);
    const facts = data!.search.edges.map((e: any) => e.node.node).filter((n: any) => n.__typename === 'Fact');
    expect(facts[0]?.statement).toContain("DeepSeek-R1's code and weights are released under the MIT License");
    expect(facts[0]?.source.url).toMatch(/^https:\/\//);
  });

  it('takes words with Lucene syntax in them as plain words', async () => {
    const { data, errors } = await ask(app, '{ search(text: "mixtral~ (8x22b\\" -") { edges { node { node { ... on Model { modelId } } } } } }');
    expect(errors).toBeUndefined();
    expect(data!.search.edges.map((e: { node: { node: { modelId?: string } } }) => e.node.node.modelId)).toContain('mixtral-8x22b');
  });
});

describe('claims', () => {
  it('lists the contradicted claims about DeepSeek-R1 with the facts that decide them and their sources', async () => {
    const { data } = await ask(app, `{ claims(verdict: [CONTRADICTED], about: ["deepseek-r1"]) { totalCount
      edges { node { claimId verdict conflict decidedBy { factId source { url } } } } } }`);
    const claims = data!.claims.edges.map((e: { node: unknown }) => e.node);
    expect(claims.map((c: { claimId: string }) => c.claimId)).toContain('deepseek-apache');
    for (const claim of claims) {
      expect(claim.verdict).toBe('CONTRADICTED');
      expect(claim.decidedBy.length).toBeGreaterThan(0);
      for (const fact of claim.decidedBy) expect(fact.source.url).toMatch(/^https:\/\//);
    }
    expect(data!.claims.totalCount).toBe(claims.length);
  });

  it('filters by section, in document order', async () => {
    const { data } = await ask(app, '{ claims(section: 4, first: 100) { totalCount edges { node { sectionNumber } } } }');
    expect(data!.claims.totalCount).toBeGreaterThanOrEqual(3);
    expect(data!.claims.edges.every((e: { node: { sectionNumber: number } }) => e.node.sectionNumber === 4)).toBe(true);
  });
});

describe('who ran a result', () => {
  it("says a self-reported score from a rival lab's number: DeepSeek's table grades DeepSeek-R1 itself and Claude 3.5 Sonnet as a rival", async () => {
    const { data, errors } = await ask(
      app,
      `{ r1: model(id: "deepseek-r1") { results(benchmark: "MATH-500") { reportedBy evaluator sourceTable } }
         claude: model(id: "claude-3-5-sonnet") { results(benchmark: "MATH-500") { reportedBy evaluator sourceTable } } }`,
    );
    expect(errors).toBeUndefined();
    const inDeepSeeksTable = (results: Array<{ reportedBy: string; evaluator: string; sourceTable: string }>) =>
      results.filter((r) => r.reportedBy === 'DeepSeek').map((r) => r.evaluator);
    expect(new Set(inDeepSeeksTable(data!.r1.results))).toEqual(new Set(['DEVELOPER']));
    expect(new Set(inDeepSeeksTable(data!.claude.results))).toEqual(new Set(['OTHER_DEVELOPER']));
  });

  it('filters results and the leaderboard by who ran them; no score in the seed is independent', async () => {
    const { data, errors } = await ask(
      app,
      `{ selfReported: leaderboard(benchmark: "GPQA Diamond", evaluator: [DEVELOPER]) { model { modelId } result { evaluator } }
         independent: leaderboard(benchmark: "GPQA Diamond", evaluator: [INDEPENDENT]) { rank }
         model(id: "claude-3-5-sonnet") { all: results { evaluator } rivals: results(evaluator: [OTHER_DEVELOPER]) { evaluator } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.selfReported.length).toBeGreaterThan(0);
    expect(data!.selfReported.every((e: { result: { evaluator: string } }) => e.result.evaluator === 'DEVELOPER')).toBe(true);
    expect(data!.independent).toEqual([]); // every score of the seed is a vendor's
    const all = data!.model.all as Array<{ evaluator: string }>;
    expect(data!.model.rivals).toEqual(all.filter((r) => r.evaluator === 'OTHER_DEVELOPER'));
    expect(data!.model.rivals.length).toBeGreaterThan(0);
  });
});
