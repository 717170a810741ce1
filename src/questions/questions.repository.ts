import { createHash } from 'node:crypto';
import { mustHaveFoundBenchmark } from '../benchmark/benchmark.repository.js';
import type { BenchmarkRow } from '../benchmark/benchmark.rows.js';
import type { Context } from '../context.js';
import {
  hasFilter,
  modelConditions,
  modelFilterParam,
  modelMatchChoices,
  pickedModelRow,
  pickedResultRow,
  type AssembledQuery,
  type ModelFilterArgument,
  type ModelPick,
  type PickedModel,
} from '../model/model.repository.js';
import { keysetChoices, keysetParams, type KeysetPage, type PositionedPage } from '../one-trip/asked.js';
import { cypher, type Choices, type ShapeCounter } from '../neo4j/cypher.js';
import type { GapRow, GroupCountRow, HitRow, LeaderRow, StatsRow, WinRow } from './questions.rows.js';

/**
 * The only code that turns the relational questions (cypher/questions/) into Cypher, parameters and
 * rows. The *Query functions are pure (test/unit/assembled-cypher.test.ts looks at them without a database);
 * the others send them, one round trip each, and shape the answer.
 */

export interface BenchmarkWinsArguments {
  benchmark?: string | null;
  domain?: string | null;
  winner?: ModelFilterArgument;
  loser?: ModelFilterArgument;
  sameSource?: boolean | null;
}

/** The model conditions a result carries copies for (cypher/result/model-copies), tested on it, not on the model. */
const RESULT_COPIES = new Set(['openness', 'licenceSpdx', 'licenceCategory']);

/**
 * One side of benchmarkWins (slot #winner or #loser): how it walks a group of comparable results, and what it
 * tests on the way. The walk (cypher/result/seek/) goes through the index of one of its licences at a time, or
 * else of one of its openness categories, when its filter names them, so that only those results are read;
 * else through the whole group's (one walk, `null` standing for no value). The conditions the result has copies
 * for are tested on the result (cypher/result/where/: the walk's own too, for the cross-source walk of the whole
 * benchmark); only the others go to the model (cypher/model/where/), so that a result that fails never costs a step
 * to its model.
 */
function sideOfWins(filter: ModelFilterArgument, slot: string): { choices: Choices; seek: readonly (string | null)[] } {
  const values = (field: string) => (Array.isArray(filter?.[field]) ? (filter[field] as string[]) : []);
  const by = values('licenceSpdx').length ? 'licenceSpdx' : values('openness').length ? 'openness' : 'comparison';
  const model = modelMatchChoices(filter, slot);
  const conditions = modelConditions(filter);
  return {
    choices: {
      ...model,
      [`model/where${slot}`]: model[`model/where${slot}`]!.filter((condition) => !RESULT_COPIES.has(condition)),
      [`result/where${slot}`]: conditions.filter((condition) => RESULT_COPIES.has(condition)),
      [`result/seek${slot}`]: [by],
      [`result/seek-order${slot}`]: [by],
    },
    seek: by === 'comparison' ? [null] : [...new Set(values(by))],
  };
}

/** benchmarkWins: its two sides are two slots of model conditions (#winner, #loser), each its own shape. */
export function benchmarkWinsQuery(args: BenchmarkWinsArguments, limit: number, pick: ModelPick, resultPick: string[], shapes?: ShapeCounter): AssembledQuery {
  const winner = sideOfWins(args.winner, '#winner');
  const loser = sideOfWins(args.loser, '#loser');
  return {
    query: cypher(
      'questions/benchmark-wins',
      { ...winner.choices, ...loser.choices },
      shapes,
    ),
    params: {
      seek: { winner: winner.seek, loser: loser.seek },
      asked: { benchmark: args.benchmark ?? null, domain: args.domain ?? null },
      winner: modelFilterParam(args.winner),
      loser: modelFilterParam(args.loser),
      sameSource: args.sameSource ?? true,
      limit,
      pick,
      resultPick,
    },
  };
}

/**
 * The wins, with the benchmarks, winners and losers once each (what `pick` reads of them) and the results
 * with what `resultPick` reads.
 */
export async function benchmarkWins(ctx: Context, args: BenchmarkWinsArguments, limit: number, pick: ModelPick, resultPick: string[]): Promise<WinRow[]> {
  const { query, params } = benchmarkWinsQuery(args, limit, pick, resultPick, ctx.queryShapes);
  const [row] = await ctx.db.read(query, params);
  mustHaveFoundBenchmark(row!.found, args.benchmark);
  const models = new Map((row!.models as PickedModel[]).map((picked) => pickedModelRow(picked, pick)).map((model) => [model.id, model]));
  const benchmarks = new Map((row!.benchmarks as BenchmarkRow[]).map((b) => [b.id, b]));
  type PickedResult = { values: unknown[]; sourceId: string | null };
  const wins = row!.wins as Array<{ benchmark: string; winner: string; loser: string; winnerResult: PickedResult; loserResult: PickedResult; margin: number; crossSource: boolean }>;
  return wins.map((win) => ({
    benchmark: benchmarks.get(win.benchmark)!,
    winner: models.get(win.winner)!,
    loser: models.get(win.loser)!,
    winnerResult: pickedResultRow(resultPick, win.winnerResult.values, win.winner, win.benchmark, win.winnerResult.sourceId),
    loserResult: pickedResultRow(resultPick, win.loserResult.values, win.loser, win.benchmark, win.loserResult.sourceId),
    margin: win.margin,
    crossSource: win.crossSource,
  }));
}

export interface LeaderboardArguments {
  benchmark: string;
  openness?: readonly string[] | null;
  evaluator?: readonly string[] | null;
  sourceTable?: string | null;
  sameSource?: boolean | null;
}

export function leaderboardQuery(args: LeaderboardArguments, limit: number, pick: ModelPick, resultPick: string[]): AssembledQuery {
  return {
    query: cypher('questions/leaderboard'),
    params: {
      asked: { benchmark: args.benchmark, openness: args.openness ?? null, evaluators: args.evaluator ?? null, sourceTable: args.sourceTable ?? null },
      sameSource: args.sameSource ?? true,
      limit,
      pick,
      resultPick,
    },
  };
}

/** Each model's best result on one benchmark, best first; the benchmark found by id or name in the same query. */
export async function leaderboard(ctx: Pick<Context, 'db'>, args: LeaderboardArguments, limit: number, pick: ModelPick, resultPick: string[]): Promise<LeaderRow[]> {
  const { query, params } = leaderboardQuery(args, limit, pick, resultPick);
  const [row] = await ctx.db.read(query, params);
  mustHaveFoundBenchmark(row!.found, args.benchmark);
  const entries = row!.entries as Array<{ model: PickedModel; result: unknown[]; sourceId: string | null }>;
  return entries.map((entry, index) => {
    const model = pickedModelRow(entry.model, pick);
    return {
      model,
      result: pickedResultRow(resultPick, entry.result, model.id, row!.benchmarkId as string, entry.sourceId),
      rank: index + 1,
      crossSource: row!.mixed as boolean,
    };
  });
}

export interface BenchmarkScopeArguments {
  benchmark?: string | null;
  domain?: string | null;
}

export function opennessGapQuery(args: BenchmarkScopeArguments & { sameSource?: boolean | null }): AssembledQuery {
  return { query: cypher('questions/openness-gap'), params: { asked: { benchmark: args.benchmark ?? null, domain: args.domain ?? null }, sameSource: args.sameSource ?? true } };
}

export async function opennessGapPairs(ctx: Pick<Context, 'db'>, args: BenchmarkScopeArguments & { sameSource?: boolean | null }): Promise<GapRow[]> {
  const { query, params } = opennessGapQuery(args);
  const [row] = await ctx.db.read(query, params);
  mustHaveFoundBenchmark(row!.found, args.benchmark);
  return row!.pairs as GapRow[];
}

export function scoreStatisticsQuery(args: BenchmarkScopeArguments & { sameSource?: boolean | null }): AssembledQuery {
  return { query: cypher('questions/score-statistics'), params: { asked: { benchmark: args.benchmark ?? null, domain: args.domain ?? null }, sameSource: args.sameSource ?? true } };
}

export async function scoreStatistics(ctx: Context, args: BenchmarkScopeArguments & { sameSource?: boolean | null }): Promise<StatsRow[]> {
  const { query, params } = scoreStatisticsQuery(args);
  const [row] = await ctx.db.read(query, params);
  mustHaveFoundBenchmark(row!.found, args.benchmark);
  return row!.statistics as StatsRow[];
}

export interface ModelCountsArguments {
  groupBy: string;
  where?: ModelFilterArgument;
}

/** modelCounts: with a filter, its conditions and the grouping; without, the grouping over every model. */
export function modelCountsQuery(args: ModelCountsArguments, shapes?: ShapeCounter): AssembledQuery {
  const query = hasFilter(args.where)
    ? cypher('questions/model-counts', { ...modelMatchChoices(args.where), 'questions/model-group': [args.groupBy] }, shapes)
    : cypher('questions/model-counts-all', { 'questions/group-counts': [args.groupBy] }, shapes);
  return { query, params: { where: modelFilterParam(args.where) } };
}

export async function modelCounts(ctx: Context, args: ModelCountsArguments): Promise<GroupCountRow[]> {
  const { query, params } = modelCountsQuery(args, ctx.queryShapes);
  return (await ctx.db.read(query, params)) as unknown as GroupCountRow[];
}

/** The list a search cursor belongs to: the hits of one search (a position in another's ranking means nothing). */
export const searchList = (luceneQuery: string): string => `SearchHit:${createHash('sha256').update(luceneQuery).digest('base64url').slice(0, 12)}`;

export function searchPageQuery(luceneQuery: string, page: KeysetPage, shapes?: ShapeCounter): AssembledQuery {
  return {
    query: cypher('questions/search', keysetChoices('DESC', page.inverted), shapes),
    params: { query: luceneQuery, ...keysetParams(page) },
  };
}

export async function searchPage(ctx: Context, luceneQuery: string, page: KeysetPage): Promise<PositionedPage<HitRow>> {
  const { query, params } = searchPageQuery(luceneQuery, page, ctx.queryShapes);
  const [row] = await ctx.db.read(query, params);
  return { totalCount: row?.totalCount as number, items: row?.hits as PositionedPage<HitRow>['items'] };
}
