import type { RESULT_EVALUATORS } from '../entity/vocabularies.js';
import type { EvaluationProtocol } from './comparability.js';
import type { EntityRow } from '../entity/keys.js';

/** A benchmark and a result as the Cypher of cypher/benchmark/ and cypher/model/picked return them. */
export interface BenchmarkRow extends EntityRow {
  name: string;
  description: string;
  metric: 'PERCENT' | 'RATING';
  domainIds: string[];
  resultCount: number;
}

/** A result, with its evaluation protocol's properties (null where the source does not say). */
export interface ResultRow extends EntityRow, EvaluationProtocol {
  score: number;
  setting: string;
  reportedBy: string;
  /** Who ran it: its model's developer, another lab, or an independent evaluator. */
  evaluator: (typeof RESULT_EVALUATORS)[number];
  sourceTable: string;
  notes: string | null;
  /** Equal for two results exactly when they are comparable. */
  comparisonKey: string;
  reasoningEffort: string | null;
  snapshot: string | null;
  modelId: string;
  benchmarkId: string;
  sourceId: string;
  /** The benchmark, when the query that found the result brought it along (cypher/model/picked). */
  benchmark?: BenchmarkRow | null;
}

/** A capability domain as cypher/benchmark/ returns it. */
export interface DomainRow extends EntityRow {
  name: string;
  description: string;
  benchmarkCount: number;
}
