import { builder } from '../graphql/builder.js';
import { Benchmark, BenchmarkResult, ResultEvaluator } from '../benchmark/benchmark.schema.js';
import { Domain } from '../benchmark/domain.js';
import { Model, ModelFilter, Openness } from '../model/model.schema.js';
import { mergedPick, modelPick } from '../model/model.repository.js';
import { keysetConnection, mustBeBetween, propertiesRead, selectedAt, selects } from '../one-trip/asked.js';
import { Source } from '../source/source.schema.js';
import { benchmarkWins, leaderboard, modelCounts, opennessGapPairs, scoreStatistics, searchList, searchPage } from './questions.repository.js';
import type { GapRow, HitRow, LeaderRow, StatsRow, WinRow } from './questions.rows.js';
import { searchQuery } from './search-query.js';
import { median } from './statistics.js';

/**
 * The relational questions that span concepts: who beats whom, leaderboards, how long open models lag
 * closed ones, aggregates for analytics, and full-text search.
 */
const MAX_WINS = 1000;

/** The properties of the winner's and loser's results that BenchmarkWin's own fields read. */
const WIN_FIELD_READS: Record<string, string[]> = {
  winnerScore: ['score'],
  loserScore: ['score'],
  setting: ['setting'],
  loserSetting: ['setting'],
  sourceTable: ['sourceTable'],
  source: ['sourceId'],
};

const BenchmarkWin = builder.objectRef<WinRow>('BenchmarkWin').implement({
  description: 'A model scoring above another on one benchmark.',
  fields: (t) => ({
    winner: t.field({ type: Model, description: 'The model with the higher score.', resolve: (w) => w.winner }),
    loser: t.field({ type: Model, description: 'The model with the lower score.', resolve: (w) => w.loser }),
    benchmark: t.field({ type: Benchmark, description: 'The benchmark both were scored on.', resolve: (w) => w.benchmark }),
    winnerScore: t.float({ description: "The winner's score.", resolve: (w) => w.winnerResult.score }),
    loserScore: t.float({ description: "The loser's score.", resolve: (w) => w.loserResult.score }),
    margin: t.float({ description: 'winnerScore - loserScore, in the benchmark\'s unit.', resolve: (w) => w.margin }),
    setting: t.string({ nullable: true, description: "The winner's setting, as its source gives it.", resolve: (w) => w.winnerResult.setting || null }),
    loserSetting: t.string({ nullable: true, description: "The loser's setting, as its source gives it.", resolve: (w) => w.loserResult.setting || null }),
    source: t.field({ type: Source, description: "The source of the winner's score.", resolve: (w) => w.winnerResult.sourceId }),
    sourceTable: t.string({ description: "The source table of the winner's score.", resolve: (w) => w.winnerResult.sourceTable }),
    crossSource: t.boolean({
      description: 'True when the two results are not comparable: different source table, reporter or protocol (only with sameSource: false).',
      resolve: (w) => w.crossSource,
    }),
    winnerResult: t.field({ type: BenchmarkResult, description: "The winner's result, with its source.", resolve: (w) => w.winnerResult }),
    loserResult: t.field({ type: BenchmarkResult, description: "The loser's result, with its source.", resolve: (w) => w.loserResult }),
  }),
});

const LeaderboardEntry = builder.objectRef<LeaderRow>('LeaderboardEntry').implement({
  description: "A model's best published result on a benchmark.",
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: '1 for the best score.' }),
    model: t.field({ type: Model, description: 'The model.', resolve: (e) => e.model }),
    score: t.float({ description: 'Its best score on the benchmark.', resolve: (e) => e.result.score }),
    result: t.field({
      type: BenchmarkResult,
      description: 'The result, with its source table, protocol and comparisonKey: by default the same group for every entry of a board.',
      resolve: (e) => e.result,
    }),
    crossSource: t.boolean({
      description: 'True when the board ranks results of more than one group of comparable results (only with sameSource: false).',
      resolve: (e) => e.crossSource,
    }),
  }),
});

const OpennessGapPair = builder.objectRef<GapRow>('OpennessGapPair').implement({
  description: "A closed model's result and the first open-weight model (by release date) that matched or beat it.",
  fields: (t) => ({
    benchmark: t.field({ type: Benchmark, description: 'The benchmark compared on.', resolve: (g) => g.benchmark }),
    closedModel: t.field({ type: Model, description: 'The closed model.', resolve: (g) => g.closedModel }),
    closedResult: t.field({ type: BenchmarkResult, description: "The closed model's result.", resolve: (g) => g.closedResult }),
    openModel: t.field({ type: Model, nullable: true, description: 'Null when no open-weight model has matched it yet.', resolve: (g) => g.openModel }),
    openResult: t.field({ type: BenchmarkResult, nullable: true, description: "The open model's result that matched it.", resolve: (g) => g.openResult }),
    closedDate: t.field({
      type: 'Date',
      description: "The closed result's date: the release of the snapshot it was run on (closedResult.snapshot), else of its model.",
      resolve: (g) => g.closedDate,
    }),
    openDate: t.field({
      type: 'Date',
      nullable: true,
      description: "The open result's date, the same way; null when no open-weight model has matched.",
      resolve: (g) => g.openDate,
    }),
    lagMonths: t.float({
      nullable: true,
      description: 'Months from closedDate to openDate (negative: the open model was out first).',
      resolve: (g) => g.lagMonths,
    }),
    crossSource: t.boolean({
      nullable: true,
      description: 'True when the two results are not comparable (different source table, reporter or protocol): compare with care.',
      resolve: (g) => g.crossSource,
    }),
  }),
});

interface GapSummary {
  pairs: GapRow[];
}

/** A median lag in months, rounded to a tenth as opennessGap has always answered it. */
const medianMonths = (lags: number[]): number | null => {
  const value = median(lags);
  return value === null ? null : Math.round(value * 10) / 10;
};
const matched = (g: GapSummary) => g.pairs.filter((p) => p.lagMonths !== null);

const OpennessGap = builder.objectRef<GapSummary>('OpennessGap').implement({
  description: 'How long open-weight models took to match closed ones, measured from the benchmark results in the graph.',
  fields: (t) => ({
    pairs: t.field({ type: [OpennessGapPair], description: 'One pair per closed result, by benchmark and release date.', resolve: (g) => g.pairs }),
    medianLagMonths: t.float({
      nullable: true,
      description: 'Median lag over the matched pairs; null when none matched.',
      resolve: (g) => medianMonths(matched(g).map((p) => p.lagMonths!)),
    }),
    medianLagMonthsAfterRelease: t.float({
      nullable: true,
      description: 'Median lag over the pairs where the open model came out after the closed one.',
      resolve: (g) => medianMonths(matched(g).map((p) => p.lagMonths!).filter((lag) => lag >= 0)),
    }),
    matchedCount: t.int({ description: 'Closed results an open-weight model has matched.', resolve: (g) => matched(g).length }),
    unmatchedCount: t.int({ description: 'Closed results no open-weight model has matched.', resolve: (g) => g.pairs.length - matched(g).length }),
    crossSourceCount: t.int({ description: 'Matched pairs whose scores come from different source tables.', resolve: (g) => g.pairs.filter((p) => p.crossSource === true).length }),
  }),
});

const ModelGrouping = builder.enumType('ModelGrouping', {
  description: 'What to group models by.',
  values: {
    OPENNESS: { description: 'By openness category (NOT_RELEASED for models not released).' },
    STATUS: { description: 'By release status.' },
    FAMILY: { description: 'By model family.' },
    LICENCE_CATEGORY: { description: 'By the category of the weights licence (NONE where there is none).' },
    LICENCE: { description: 'By weights licence name.' },
    ORGANIZATION: { description: 'By developer.' },
    COUNTRY: { description: "By developer's country." },
    TIER: { description: "By the analysis's tier (NONE where it names none)." },
  } as const,
});

const GroupCount = builder.objectRef<{ group: string | null; count: number }>('GroupCount').implement({
  description: 'How many models fall in one group.',
  fields: (t) => ({
    group: t.exposeString('group', {
      nullable: true,
      description:
        'The group (an openness, a status, a country, a licence\'s name...); null for the models that have none: no openness (not released: see groupBy STATUS), no licence, no tier. Never a made-up value such as NONE.',
    }),
    count: t.exposeInt('count', { description: 'How many models are in it.' }),
  }),
});

const ScoreStatistics = builder.objectRef<StatsRow>('ScoreStatistics').implement({
  description: 'Score statistics of one benchmark, one group of comparable results and one openness category.',
  fields: (t) => ({
    benchmark: t.field({ type: Benchmark, description: 'The benchmark.', resolve: (s) => s.benchmark }),
    comparisonKey: t.exposeString('comparisonKey', {
      nullable: true,
      description: "The group of comparable results (a result's comparisonKey); null where sameSource: false pooled the benchmark's groups.",
    }),
    sourceTable: t.exposeString('sourceTable', { nullable: true, description: "The group's source table; null where pooled." }),
    reportedBy: t.exposeString('reportedBy', { nullable: true, description: "Who reported the group's results; null where pooled." }),
    crossSource: t.boolean({ description: 'True when the statistics pool groups of results that are not comparable (sameSource: false).', resolve: (s) => s.comparisonKey === null }),
    openness: t.field({ type: Openness, nullable: true, description: 'Null for models not released.', resolve: (s) => s.openness as never }),
    count: t.exposeInt('count', { description: 'How many results.' }),
    min: t.exposeFloat('min', { description: 'The lowest score.' }),
    max: t.exposeFloat('max', { description: 'The highest score.' }),
    mean: t.exposeFloat('mean', { description: 'The mean score (where crossSource, mixing tables: an order of magnitude, not a ranking).' }),
  }),
});

const SearchHit = builder.objectRef<HitRow>('SearchHit').implement({
  description: 'A node whose name, description, statement or other search words match the search, with its relevance.',
  fields: (t) => ({
    score: t.exposeFloat('score', { description: 'Relevance (Lucene score): higher is better.' }),
    node: t.field({ type: builder.nodeInterfaceRef(), description: 'The node found, of any type (use inline fragments).', resolve: (h) => h.node as never }),
  }),
});

function checkFirst(first: number | null | undefined, max: number): number | null {
  if (first === null || first === undefined) return null;
  mustBeBetween('first', first, 0, max);
  return first;
}

builder.queryFields((t) => ({
  benchmarkWins: t.field({
    type: [BenchmarkWin],
    description:
      'Results where a model matching `winner` scores above a model matching `loser`, biggest margin first. ' +
      'By default a pair counts only between comparable results (same source table, reporter and protocol: ' +
      'one comparisonKey); sameSource: false adds cross-source pairs, marked crossSource. ' +
      'Example: benchmarkWins(domain: MATH, winner: {licenceSpdx: ["Apache-2.0"]}, loser: {openness: [CLOSED]}).',
    args: {
      domain: t.arg({ type: Domain, description: 'Only benchmarks measuring this domain.' }),
      benchmark: t.arg.string({ description: 'One benchmark, by id or name.' }),
      winner: t.arg({ type: ModelFilter, description: 'Conditions on the model with the higher score.' }),
      loser: t.arg({ type: ModelFilter, description: 'Conditions on the model with the lower score.' }),
      sameSource: t.arg.boolean({ defaultValue: true, description: 'Only pairs of comparable results (false: any pair, marked crossSource).' }),
      first: t.arg.int({ description: `At most this many wins (default 100, at most ${MAX_WINS}).` }),
    },
    resolve: async (_root, args, ctx, info) => {
      const limit = checkFirst(args.first, MAX_WINS) ?? 100;
      // The benchmarks, winners and losers come with the wins, once each, with what the request reads of
      // them; the results with what the win's fields and any winnerResult/loserResult selection read.
      const pick = mergedPick([modelPick(info, ['winner']), modelPick(info, ['loser'])]);
      const resultSelections = ['winnerResult', 'loserResult'].flatMap((field) => selectedAt(info, [field]) ?? []);
      const resultPick = [
        ...new Set([
          ...Object.entries(WIN_FIELD_READS).flatMap(([field, properties]) => (selects(info, [field]) ? properties : [])),
          ...resultSelections.flatMap((selected) => propertiesRead(info, selected)),
        ]),
      ];
      return benchmarkWins(ctx, args, limit, pick, resultPick);
    },
  }),
  leaderboard: t.field({
    type: [LeaderboardEntry],
    description:
      "Each model's best published result on one benchmark, best first, ranked within one group of comparable results " +
      '(one source table, reporter and protocol: the group with the most results among those asked, or of sourceTable), which every entry\'s result names; ' +
      'sameSource: false ranks best results from any group, marked crossSource when they mix.',
    args: {
      benchmark: t.arg.string({ required: true, description: 'A benchmark id or name, e.g. "GPQA Diamond".' }),
      openness: t.arg({ type: [Openness], description: 'Only models in these openness categories.' }),
      evaluator: t.arg({ type: [ResultEvaluator], description: 'Only results run by these (INDEPENDENT: no lab grading itself or a rival).' }),
      sourceTable: t.arg.string({ description: 'Rank within this source table (its largest group of comparable results).' }),
      sameSource: t.arg.boolean({ defaultValue: true, description: 'Rank within one group of comparable results (false: best results from any group).' }),
      first: t.arg.int({ description: 'At most this many entries (default 20, at most 500).' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const limit = checkFirst(args.first, 500) ?? 20;
      // One round trip: the benchmark is found by id or name in the same query, and the models come with
      // what the request reads of them.
      const pick = modelPick(info, ['model']);
      const result = selectedAt(info, ['result']);
      const resultPick = [...new Set([...(selects(info, ['score']) ? ['score'] : []), ...(result ? propertiesRead(info, result) : [])])];
      return leaderboard(ctx, args, limit, pick, resultPick);
    },
  }),
  opennessGap: t.field({
    type: OpennessGap,
    description:
      'For each closed model\'s result, the first model with open weights (by release date) that matched or beat it on ' +
      'that benchmark, and the lag in months, with the median: the graph\'s own test of the "6-12 month lag" claim. ' +
      'By default only pairs of comparable results (same source table, reporter and protocol); sameSource: false adds cross-source pairs, each marked crossSource.',
    args: {
      domain: t.arg({ type: Domain, description: 'Only benchmarks measuring this domain.' }),
      benchmark: t.arg.string({ description: 'One benchmark, by id or name.' }),
      sameSource: t.arg.boolean({
        defaultValue: true,
        description: 'Only open results comparable with the closed one (default); false: any, marked crossSource.',
      }),
    },
    resolve: async (_root, args, ctx) => ({ pairs: await opennessGapPairs(ctx, args) }),
  }),
  modelCounts: t.field({
    type: [GroupCount],
    description: 'How many models fall in each group, largest first; optionally among models matching a filter.',
    args: {
      groupBy: t.arg({ type: ModelGrouping, required: true, description: 'What to group by.' }),
      where: t.arg({ type: ModelFilter, description: 'Count only models meeting these conditions.' }),
    },
    resolve: (_root, args, ctx) => modelCounts(ctx, args),
  }),
  scoreStatistics: t.field({
    type: [ScoreStatistics],
    description:
      'Count, min, max and mean score per benchmark, group of comparable results (source table, reporter, protocol) and openness category; ' +
      'optionally one benchmark or domain. sameSource: false pools the groups of each benchmark, marked crossSource.',
    args: {
      benchmark: t.arg.string({ description: 'One benchmark, by id or name.' }),
      domain: t.arg({ type: Domain, description: 'Only benchmarks measuring this domain.' }),
      sameSource: t.arg.boolean({ defaultValue: true, description: 'One row per group of comparable results (false: pooled per benchmark, marked crossSource).' }),
    },
    resolve: (_root, args, ctx) => scoreStatistics(ctx, args),
  }),
  search: t.connection({
    type: SearchHit,
    description: 'Full-text search over names, descriptions, the statements of claims and facts, and the other words a model is known by (its id, its name run together such as "gpt4o", its architecture such as "MoE" or "mixture of experts", its notes); every word must match (prefixes count).',
    args: { text: t.arg.string({ required: true, description: 'Words to find; Lucene syntax is taken literally.' }) },
    resolve: (_root, args, ctx) => {
      const query = searchQuery(args.text);
      return keysetConnection(searchList(query), args, (page) => searchPage(ctx, query, page));
    },
  }),
}));
