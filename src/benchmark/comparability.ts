import { createHash } from 'node:crypto';
import type { MODEL_VARIANTS } from '../entity/vocabularies.js';

/**
 * The one rule for "comparable results", written once: two results are comparable when they score the
 * same benchmark, come from the same source table, were reported by the same party (who ran the harness)
 * and share the evaluation protocol below. Every question that ranks, pairs or summarises results
 * (benchmarkWins, leaderboard, scoreStatistics, opennessGap, pricePerformance, openClosedPrices) compares
 * results by the key this gives, stored on each result as `comparisonKey` by every write path (the seed
 * and recordBenchmarkResult).
 *
 * What is not in the rule is how each model was run: its snapshot and its reasoning effort or thinking
 * mode. A table compares models each at the configuration its authors gave it (o3 at high effort beside
 * Qwen3 in thinking mode), so both sides' configurations are shown on every pair, not used to split it.
 */
export interface EvaluationProtocol {
  /** The base (pre-trained) model or its instruction-tuned or chat version. */
  variant: (typeof MODEL_VARIANTS)[number];
  /** Examples in the prompt (0: zero-shot); null when the source does not say. */
  shots: number | null;
  /** Whether the prompt asks for chain-of-thought reasoning; null when the source does not say. */
  chainOfThought: boolean | null;
  /** How answers are sampled and scored: pass@1, pass@1 over 64 samples, maj@8...; null when unsaid. */
  sampling: string | null;
  /** Whether the model could call tools; null when the source does not say. */
  tools: boolean | null;
  /** The cap on generated tokens; null when the source does not say. */
  maxOutputTokens: number | null;
}

export interface ComparableIdentity {
  benchmark: string;
  sourceTable: string;
  reportedBy: string;
  protocol: EvaluationProtocol;
}

/** The comparison key: equal for two results exactly when the rule calls them comparable. */
export function comparisonKey({ benchmark, sourceTable, reportedBy, protocol }: ComparableIdentity): string {
  const { variant, shots, chainOfThought, sampling, tools, maxOutputTokens } = protocol;
  const identity = JSON.stringify([benchmark, sourceTable, reportedBy, variant, shots, chainOfThought, sampling, tools, maxOutputTokens]);
  return `cmp-${createHash('sha256').update(identity).digest('hex').slice(0, 16)}`;
}
