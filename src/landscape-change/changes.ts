import type { VerdictChange } from '../claim/rules.js';
import { cypher } from '../neo4j/cypher.js';
import type { Transaction } from '../neo4j/database.js';

/**
 * What a dashboard is told of (the subscription landscapeChanged): curated data that changed, recorded in
 * the write's own transaction (cypher/landscape-change/record), by this server's mutations, the seed and the
 * catalog import alike.
 */
export const CHANGE_KINDS = ['RESULT_RECORDED', 'MODEL_CHANGED', 'CLAIM_ADDED', 'CLAIM_VERDICT_CHANGED', 'CATALOGS_IMPORTED', 'SEED_LOADED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ChangeInput {
  kind: ChangeKind;
  /** In words, for a person: "o3 on AIME 2024: 91.6 (OpenAI)". */
  summary: string;
  /** The nodes it is about, by key ("model:o3"). */
  subjectKeys: string[];
  /** The rest, as JSON: numbers, verdicts, counts. */
  details?: Record<string, unknown>;
}

/** A change as the feed holds it. */
export interface LandscapeChangeRow {
  sequence: number;
  kind: ChangeKind;
  summary: string;
  subjectKeys: string[];
  details: string | null;
  at: string;
}

/** Anything that runs a write: a transaction, or a Database through writerOf. */
type Writer = Pick<Transaction, 'run'>;

export async function recordChanges(writer: Writer, changes: readonly ChangeInput[]): Promise<void> {
  if (changes.length === 0) return;
  await writer.run(cypher('landscape-change/record'), {
    changes: changes.map((change) => ({ ...change, details: change.details ? JSON.stringify(change.details) : null })),
  });
}

/** A change of a claim's verdict decided by its rule, as a change of the landscape. */
export const verdictChanged = (change: VerdictChange, cause: string): ChangeInput => ({
  kind: 'CLAIM_VERDICT_CHANGED',
  summary: `claim ${change.claimId}: ${change.previous ?? 'no verdict'} -> ${change.decided} (${cause})`,
  subjectKeys: [`claim:${change.claimId}`],
  details: { from: change.previous, to: change.decided, cause },
});
