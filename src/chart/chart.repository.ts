import { benchmarkNamed, mustHaveFoundBenchmark } from '../benchmark/benchmark.repository.js';
import type { Context } from '../context.js';
import type { ModelRow } from '../model/model.rows.js';
import { cypher } from '../neo4j/cypher.js';
import type { Database } from '../neo4j/database.js';
import { modelsByIds } from '../model/model.repository.js';
import { median } from '../questions/statistics.js';
import { openClosedPricePairs, pricePerformance } from '../questions/prices.repository.js';
import { leaderboard, opennessGapPairs } from '../questions/questions.repository.js';

/**
 * The data each chart draws (src/chart/charts.ts), from the questions the API answers: one group of
 * comparable results each (a benchmark's source table, reporter and protocol), named, so that a chart never
 * puts side by side what the rule of comparability keeps apart.
 */

/** The group of comparable results a chart draws, as its caption names it. */
export interface ChartGroup {
  benchmarkId: string;
  benchmark: string;
  sourceTable: string | null;
  reportedBy: string | null;
  comparisonKey: string | null;
}

export type Side = 'open weights' | 'closed';
const sideOf = (openWeights: boolean | null | undefined): Side => (openWeights ? 'open weights' : 'closed');

export interface FrontierPoint {
  model: string;
  modelId: string;
  side: Side;
  date: string;
  score: number;
}

export interface LagPair {
  closedModel: string;
  closedDate: string;
  closedScore: number;
  openModel: string;
  openDate: string;
  lagMonths: number;
}

/** The claim whose "6-12 months" the lag chart draws beside the lag measured. */
export const LAG_CLAIM = { claimId: 'gap-6-12-months', fromMonths: 6, toMonths: 12 } as const;

export interface FrontierData {
  group: ChartGroup;
  points: FrontierPoint[];
  /** Each closed result of the group with the first open-weight result of the same group to match it. */
  lags: LagPair[];
  medianLagMonths: number | null;
}

export async function frontierData(db: Database, args: { benchmark: string; sourceTable?: string | null }): Promise<FrontierData> {
  const [row] = await db.read(cypher('chart/frontier'), { asked: { benchmark: args.benchmark, sourceTable: args.sourceTable ?? null } });
  mustHaveFoundBenchmark(row!.found, args.benchmark);
  const group: ChartGroup = {
    benchmarkId: row!.benchmarkId as string,
    benchmark: row!.benchmarkName as string,
    sourceTable: (row!.sourceTable as string | null) ?? null,
    reportedBy: (row!.reportedBy as string | null) ?? null,
    comparisonKey: (row!.comparisonKey as string | null) ?? null,
  };
  const points = (row!.points as Array<{ model: string; modelId: string; openWeights: boolean; date: string; score: number }>).map((p) => ({
    model: p.model,
    modelId: p.modelId,
    side: sideOf(p.openWeights),
    date: p.date,
    score: p.score,
  }));
  const names = new Map(points.map((p) => [p.modelId, p.model]));
  // opennessGap's pairs within this group only: the same rule of comparability as the points.
  const pairs = group.comparisonKey ? await opennessGapPairs({ db }, { benchmark: group.benchmarkId, sameSource: true }) : [];
  const lags = pairs
    .filter((pair) => pair.closedResult.comparisonKey === group.comparisonKey && pair.openModel && pair.lagMonths !== null)
    .map((pair) => ({
      closedModel: names.get(pair.closedModel.id) ?? pair.closedModel.name,
      closedDate: pair.closedDate,
      closedScore: pair.closedResult.score,
      openModel: names.get(pair.openModel!.id) ?? pair.openModel!.name,
      openDate: pair.openDate!,
      lagMonths: pair.lagMonths!,
    }));
  const middle = median(lags.map((l) => l.lagMonths));
  return { group, points, lags, medianLagMonths: middle === null ? null : Math.round(middle * 10) / 10 };
}

export interface PricePoint {
  model: string;
  side: Side;
  score: number;
  /** The cheapest offering's blended price of a million tokens (input and output 3:1), in dollars. */
  pricePerMTokens: number;
  offering: string;
}

export interface PriceRatio {
  closedModel: string;
  openModel: string;
  closedScore: number;
  openScore: number;
  closedPrice: number;
  openPrice: number;
  ratio: number;
}

/** The claim whose "5-20x" the price chart marks the evidence of. */
export const PRICE_CLAIM = { claimId: 'self-hosting-5-20x', fromRatio: 5, toRatio: 20 } as const;

export interface PriceData {
  group: ChartGroup;
  asOf: string;
  points: PricePoint[];
  /** Closed and open-weight models within 5% of each other in this group: the claim's evidence. */
  ratios: PriceRatio[];
}

async function modelsById(db: Database, ids: string[]): Promise<Map<string, ModelRow>> {
  const models = await modelsByIds({ db }, [...new Set(ids)]);
  return new Map(models.map((model) => [model.id, model]));
}

export async function priceData(db: Database, args: { benchmark: string; sourceTable?: string | null; asOf?: string | null }): Promise<PriceData> {
  const ctx: Pick<Context, 'db'> = { db };
  const value = await pricePerformance(ctx, args);
  const pairs = (await openClosedPricePairs(ctx, { benchmark: value.benchmarkId, withinPercent: 5, asOf: value.asOf })).filter(
    (pair) => pair.comparisonKey === value.comparisonKey,
  );
  const models = await modelsById(db, [...value.entries.map((e) => e.modelId), ...pairs.flatMap((p) => [p.closed.modelId, p.open.modelId])]);
  const name = (id: string) => models.get(id)?.name ?? id;
  const benchmark = await benchmarkNamed(ctx, value.benchmarkId);
  return {
    group: {
      benchmarkId: value.benchmarkId,
      benchmark: benchmark?.name ?? value.benchmarkId,
      sourceTable: value.sourceTable,
      reportedBy: value.entries[0]?.result.reportedBy ?? null,
      comparisonKey: value.comparisonKey,
    },
    asOf: value.asOf,
    points: value.entries.flatMap((entry) => {
      const price = entry.offering?.price?.blendedPerMTokens;
      if (price === null || price === undefined || price <= 0) return [];
      return [{ model: name(entry.modelId), side: sideOf(models.get(entry.modelId)?.weightsAvailable), score: entry.result.score, pricePerMTokens: price, offering: entry.offering!.id }];
    }),
    ratios: pairs.map((pair) => ({
      closedModel: name(pair.closed.modelId),
      openModel: name(pair.open.modelId),
      closedScore: pair.closed.best,
      openScore: pair.open.best,
      closedPrice: pair.closed.offering.price!.blendedPerMTokens!,
      openPrice: pair.open.offering.price!.blendedPerMTokens!,
      ratio: Math.round(pair.ratio * 10) / 10,
    })),
  };
}

export interface BoardEntry {
  rank: number;
  model: string;
  side: Side;
  score: number;
}

export async function leaderboardData(db: Database, args: { benchmark: string; sourceTable?: string | null; first?: number | null }): Promise<{ group: ChartGroup; entries: BoardEntry[] }> {
  const pick = { model: ['key', 'name', 'weightsAvailable'], organization: null, licence: null, codeLicence: null, tier: null, result: null, benchmark: null };
  const rows = await leaderboard({ db }, { benchmark: args.benchmark, sourceTable: args.sourceTable ?? null }, args.first ?? 20, pick, [
    'key',
    'score',
    'sourceTable',
    'reportedBy',
    'comparisonKey',
  ]);
  const first = rows[0]?.result;
  const found = await benchmarkNamed({ db }, args.benchmark);
  return {
    group: {
      benchmarkId: found?.id ?? args.benchmark,
      benchmark: found?.name ?? args.benchmark,
      sourceTable: first?.sourceTable ?? null,
      reportedBy: first?.reportedBy ?? null,
      comparisonKey: first?.comparisonKey ?? null,
    },
    entries: rows.map((row) => ({ rank: row.rank, model: row.model.name, side: sideOf(row.model.weightsAvailable), score: row.result.score })),
  };
}
