import { mustHaveFoundBenchmark } from '../benchmark/benchmark.repository.js';
import type { ResultRow } from '../benchmark/benchmark.rows.js';
import type { Context } from '../context.js';
import { cypher } from '../neo4j/cypher.js';
import type { OfferingRow } from '../offering/offering.rows.js';

/** The only code that turns the price questions into Cypher (cypher/questions/price-performance, open-closed-prices) and rows. */

export interface ValueRow {
  modelId: string;
  result: ResultRow;
  offering: OfferingRow | null;
  scorePerDollar: number | null;
}

export interface PricePerformanceRow {
  benchmarkId: string;
  sourceTable: string | null;
  /** The group of comparable results the scores are from. */
  comparisonKey: string | null;
  asOf: string;
  /** Best value first; then the models without a price that day, by score. */
  entries: ValueRow[];
}

export async function pricePerformance(
  ctx: Pick<Context, 'db'>,
  args: { benchmark: string; sourceTable?: string | null; asOf?: string | null },
): Promise<PricePerformanceRow> {
  const [row] = await ctx.db.read(cypher('questions/price-performance'), {
    asked: { benchmark: args.benchmark, sourceTable: args.sourceTable ?? null, asOf: args.asOf ?? null },
  });
  mustHaveFoundBenchmark(row!.found, args.benchmark);
  const entries = (row!.entries as ValueRow[]).sort(
    (a, b) => (b.scorePerDollar ?? -Infinity) - (a.scorePerDollar ?? -Infinity) || b.result.score - a.result.score || a.modelId.localeCompare(b.modelId),
  );
  return {
    benchmarkId: row!.benchmarkId as string,
    sourceTable: (row!.sourceTable as string | null) ?? null,
    comparisonKey: (row!.comparisonKey as string | null) ?? null,
    asOf: row!.asOf as string,
    entries,
  };
}

interface PricedSide {
  modelId: string;
  best: number;
  offering: OfferingRow;
}

export interface PricePairRow {
  benchmarkId: string;
  sourceTable: string;
  comparisonKey: string;
  closed: PricedSide;
  open: PricedSide;
  /** Closed's cheapest blended price over open's. */
  ratio: number;
}

export async function openClosedPricePairs(
  ctx: Pick<Context, 'db'>,
  args: { benchmark?: string | null; withinPercent: number; asOf?: string | null },
): Promise<PricePairRow[]> {
  const [row] = await ctx.db.read(cypher('questions/open-closed-prices'), {
    asked: { benchmark: args.benchmark ?? null, asOf: args.asOf ?? null },
    withinPercent: args.withinPercent,
  });
  mustHaveFoundBenchmark(row!.found, args.benchmark);
  return row!.pairs as PricePairRow[];
}
