import { builder } from '../graphql/builder.js';
import { clientError } from '../errors.js';
import { Benchmark, BenchmarkResult } from '../benchmark/benchmark.schema.js';
import { Claim, ClaimVerdict } from '../claim/claim.schema.js';
import { Model } from '../model/model.schema.js';
import { Offering } from '../offering/offering.schema.js';
import { median } from './statistics.js';
import { openClosedPricePairs, pricePerformance, type PricePairRow, type PricePerformanceRow, type ValueRow } from './prices.repository.js';

/**
 * The price questions, each one request: score per dollar on one benchmark table, and closed against
 * open-weight models of matched standing by the ratio of their cheapest prices, the evidence for the
 * analysis's "5-20x cost savings" claim.
 */

/** The claim the price ratios are evidence for (seed/claims.yaml). */
const COST_CLAIM = 'self-hosting-5-20x';
const CLAIMED_SAVINGS = { from: 5, to: 20 } as const;

const ValueEntry = builder.objectRef<ValueRow>('PricePerformanceEntry').implement({
  description: "A model's best score in the table, its cheapest offering that day, and the score per dollar.",
  fields: (t) => ({
    model: t.field({ type: Model, description: 'The model.', resolve: (e) => e.modelId }),
    result: t.field({ type: BenchmarkResult, description: 'Its best result in the table.', resolve: (e) => e.result }),
    score: t.float({ description: 'That best score.', resolve: (e) => e.result.score }),
    offering: t.field({ type: Offering, nullable: true, description: 'Its cheapest offering on the day (null: none priced that day).', resolve: (e) => e.offering }),
    blendedPerMTokens: t.float({ nullable: true, description: "That offering's blended price per million tokens (3 input : 1 output).", resolve: (e) => e.offering?.price?.blendedPerMTokens ?? null }),
    scorePerDollar: t.exposeFloat('scorePerDollar', { nullable: true, description: 'Score over blended price per million tokens: points per dollar.' }),
  }),
});

const PricePerformance = builder.objectRef<PricePerformanceRow>('PricePerformance').implement({
  description: 'Score per dollar within one group of comparable results (one table, reporter and protocol): which models give the most for the money.',
  fields: (t) => ({
    benchmark: t.field({ type: Benchmark, description: 'The benchmark.', resolve: (p) => p.benchmarkId }),
    sourceTable: t.exposeString('sourceTable', { nullable: true, description: 'The one source table the scores are from (compared only within it).' }),
    comparisonKey: t.exposeString('comparisonKey', { nullable: true, description: "The group of comparable results the scores are from (each result's comparisonKey)." }),
    asOf: t.field({ type: 'Date', description: 'The day the prices are of.', resolve: (p) => p.asOf }),
    entries: t.field({ type: [ValueEntry], description: 'Best value first; models without a price that day last, by score.', resolve: (p) => p.entries }),
  }),
});

interface PricedSideRow {
  modelId: string;
  best: number;
  offering: PricePairRow['closed']['offering'];
}

const PricedSide = builder.objectRef<PricedSideRow>('PricedModelScore').implement({
  description: "A model's best score in a table and its cheapest offering.",
  fields: (t) => ({
    model: t.field({ type: Model, description: 'The model.', resolve: (s) => s.modelId }),
    score: t.exposeFloat('best', { description: 'Its best score in the table.' }),
    offering: t.field({ type: Offering, description: 'Its cheapest offering on the day.', resolve: (s) => s.offering }),
    blendedPerMTokens: t.float({ description: 'Its blended price per million tokens.', resolve: (s) => s.offering.price!.blendedPerMTokens! }),
  }),
});

const PricePair = builder.objectRef<PricePairRow>('OpenClosedPricePair').implement({
  description: 'A closed model and an open-weight model of matched standing in one table, and how many times more the closed one costs.',
  fields: (t) => ({
    benchmark: t.field({ type: Benchmark, description: 'The benchmark.', resolve: (p) => p.benchmarkId }),
    sourceTable: t.exposeString('sourceTable', { description: 'The table both scores are from.' }),
    comparisonKey: t.exposeString('comparisonKey', { description: 'The group of comparable results both scores are from.' }),
    closed: t.field({ type: PricedSide, description: 'The closed model.', resolve: (p) => p.closed }),
    open: t.field({ type: PricedSide, description: 'The open-weight model.', resolve: (p) => p.open }),
    ratio: t.exposeFloat('ratio', { description: "Closed's cheapest blended price over open's: 10 means the open model costs a tenth." }),
  }),
});

interface SavingsRow {
  pairs: PricePairRow[];
  withinPercent: number;
}

/**
 * The ratio of each distinct pair of models: a price does not depend on the benchmark, so two models
 * matched on five benchmarks are one piece of evidence, not five.
 */
const modelPairRatios = (pairs: PricePairRow[]) => [...new Map(pairs.map((p) => [`${p.closed.modelId}\u0000${p.open.modelId}`, p.ratio])).values()];

const CostSavings = builder.objectRef<SavingsRow>('OpenClosedPrices').implement({
  description:
    'Closed models against open-weight models of matched standing, by price, and what that says of the analysis\'s claim of "5-20x cost savings". ' +
    "The open side's price is what API providers charge to serve its weights: evidence for the claim's order of magnitude, not a measurement of self-hosting.",
  fields: (t) => ({
    withinPercent: t.exposeFloat('withinPercent', { description: 'How far from the closed score (in percent of it) an open score may be and still count as matched.' }),
    pairs: t.field({ type: [PricePair], description: 'Every matched pair on every benchmark table, largest ratio first.', resolve: (s) => s.pairs }),
    modelPairs: t.int({ description: 'Distinct (closed, open) model pairs among them: the pieces of evidence.', resolve: (s) => modelPairRatios(s.pairs).length }),
    medianRatio: t.float({ nullable: true, description: 'The median ratio over the distinct model pairs (null: no pair).', resolve: (s) => median(modelPairRatios(s.pairs)) }),
    modelPairsWithinClaim: t.int({
      description: 'Distinct model pairs whose ratio is within the claimed 5-20x.',
      resolve: (s) => modelPairRatios(s.pairs).filter((ratio) => ratio >= CLAIMED_SAVINGS.from && ratio <= CLAIMED_SAVINGS.to).length,
    }),
    modelPairsAboveClaim: t.int({ description: 'Distinct model pairs whose ratio is above 20x.', resolve: (s) => modelPairRatios(s.pairs).filter((ratio) => ratio > CLAIMED_SAVINGS.to).length }),
    modelPairsBelowClaim: t.int({ description: 'Distinct model pairs whose ratio is below 5x.', resolve: (s) => modelPairRatios(s.pairs).filter((ratio) => ratio < CLAIMED_SAVINGS.from).length }),
    // Nullable: a graph without that claim (an empty one, or one a curator changed) still answers the pairs.
    claim: t.field({
      type: Claim,
      nullable: true,
      description: 'The claim this is evidence for (self-hosting-5-20x), with its recorded verdict (null: that claim is not in the graph).',
      resolve: () => COST_CLAIM,
    }),
    verdictFromEvidence: t.field({
      type: ClaimVerdict,
      description: 'What these pairs say of the claim: SUPPORTED when the median ratio over model pairs is at least 5x, CONTRADICTED when below, UNVERIFIED without a pair.',
      resolve: (s) => {
        const ratio = median(modelPairRatios(s.pairs));
        return ratio === null ? 'UNVERIFIED' : ratio >= CLAIMED_SAVINGS.from ? 'SUPPORTED' : 'CONTRADICTED';
      },
    }),
  }),
});

builder.queryFields((t) => ({
  pricePerformance: t.field({
    type: PricePerformance,
    description: 'Score per dollar on one benchmark table: each model\'s best score there over its cheapest offering\'s blended price on a day.',
    args: {
      benchmark: t.arg.string({ required: true, description: 'A benchmark id or name, e.g. "AIME 2025".' }),
      sourceTable: t.arg.string({ description: "The source table (default: the benchmark's group of comparable results with the most results)." }),
      asOf: t.arg({ type: 'Date', description: 'The day of the prices (default: today).' }),
    },
    resolve: (_root, args, ctx) => pricePerformance(ctx, args),
  }),
  openClosedPrices: t.field({
    type: CostSavings,
    description:
      'Closed models against open-weight models of matched standing (same benchmark table, scores within withinPercent), by the ratio of their cheapest prices: the evidence for "5-20x cost savings".',
    args: {
      benchmark: t.arg.string({ description: 'Only this benchmark (id or name); default: every benchmark.' }),
      withinPercent: t.arg.float({ defaultValue: 5, description: 'How far from the closed score, in percent of it, an open score may be (default 5).' }),
      asOf: t.arg({ type: 'Date', description: 'The day of the prices (default: today).' }),
    },
    resolve: async (_root, args, ctx) => {
      const withinPercent = args.withinPercent ?? 5;
      if (!(withinPercent >= 0 && withinPercent <= 100)) {
        throw clientError(`Argument "withinPercent" must be between 0 and 100, got ${withinPercent}.`, 'BAD_USER_INPUT', { argument: 'withinPercent' });
      }
      return { pairs: await openClosedPricePairs(ctx, { ...args, withinPercent }), withinPercent };
    },
  }),
}));
