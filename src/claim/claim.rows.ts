import type { EntityRow } from '../entity/keys.js';
import type { ResultRow } from '../benchmark/benchmark.rows.js';
import type { CLAIM_KINDS, CLAIM_RULE_QUESTIONS, CLAIM_VERDICTS } from '../entity/vocabularies.js';

/** Claims and facts as cypher/claim/ returns them: below the schema files, which read them. */
export interface ClaimRow extends EntityRow {
  statement: string;
  section: string;
  sectionNumber: number;
  kind: (typeof CLAIM_KINDS)[number];
  verdict: (typeof CLAIM_VERDICTS)[number];
  conflict: string | null;
  note: string | null;
  sectionSourceId: string;
  aboutKeys: string[];
  decidedByIds: string[];
  /** Set where the claim carries a rule (src/claim/rules.ts): the review's verdict, and the rule's parts. */
  reviewVerdict: (typeof CLAIM_VERDICTS)[number] | null;
  ruleQuestion: (typeof CLAIM_RULE_QUESTIONS)[number] | null;
  ruleBenchmarks: string[] | null;
  ruleClaimedModels: string[] | null;
  ruleClaimedOpenness: string[] | null;
  ruleOtherModels: string[] | null;
  ruleOtherOpenness: string[] | null;
}

/** One piece of a rule's evidence: the best of each side in one group of comparable results. */
export interface EvidenceRow {
  benchmarkId: string;
  comparisonKey: string;
  supports: boolean;
  claimedResult: ResultRow;
  otherResult: ResultRow;
}

/** A change of a claim's verdict, decided by its rule. */
export interface VerdictChangeRow {
  from: (typeof CLAIM_VERDICTS)[number] | null;
  to: (typeof CLAIM_VERDICTS)[number];
  at: string;
  cause: string;
  sequence: number;
  supporting: number;
  against: number;
  citedResultIds: string[];
}

export interface FactRow extends EntityRow {
  statement: string;
  aboutKeys: string[];
  decidesIds: string[];
  conflictsWithIds: string[];
}
