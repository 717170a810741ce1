import type { BenchmarkRow, ResultRow } from '../benchmark/benchmark.rows.js';
import type { EntityRow } from '../entity/keys.js';
import type { ModelRow } from '../model/model.rows.js';

/** The rows the questions' Cypher answers with (cypher/questions/), below the schema that serves them. */

export interface WinRow {
  benchmark: BenchmarkRow;
  winner: ModelRow;
  loser: ModelRow;
  winnerResult: ResultRow;
  loserResult: ResultRow;
  margin: number;
  crossSource: boolean;
}

export interface LeaderRow {
  model: ModelRow;
  result: ResultRow;
  rank: number;
  /** The board mixes groups of comparable results (only with sameSource: false). */
  crossSource: boolean;
}

export interface GapRow {
  benchmark: BenchmarkRow;
  closedModel: ModelRow;
  closedResult: ResultRow;
  openModel: ModelRow | null;
  openResult: ResultRow | null;
  /** The dates the lag is counted between: each result's snapshot's release, else its model's. */
  closedDate: string;
  openDate: string | null;
  lagMonths: number | null;
  crossSource: boolean | null;
}

export interface StatsRow {
  benchmark: BenchmarkRow;
  /** The group of comparable results; null where sameSource: false pooled them. */
  comparisonKey: string | null;
  sourceTable: string | null;
  reportedBy: string | null;
  openness: string | null;
  count: number;
  min: number;
  max: number;
  mean: number;
}

export interface HitRow {
  score: number;
  node: EntityRow;
}

export interface GroupCountRow {
  group: string | null;
  count: number;
}
