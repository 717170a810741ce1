import { cypher } from '../neo4j/cypher.js';
import type { Transaction } from '../neo4j/database.js';

/**
 * Comparison claims that carry a rule (seed/claims.yaml `rule`: the question that decides them, as data)
 * are decided by the graph, not by hand: cypher/claim/decide-by-rules.cypher weighs the rule's evidence
 * (cypher/claim/rule-evidence.cypher) and keeps every change of verdict with when, why (the write that
 * caused it) and the results that decided it. Every write path that can change the evidence calls this:
 * the seed, the catalog import, recordBenchmarkResult and upsertModel (inside their own transaction).
 */
export interface VerdictChange {
  claimId: string;
  previous: string | null;
  decided: string;
}

/** Anything that runs a write: a Database (write) or a transaction (run). */
type Writer = Pick<Transaction, 'run'>;

export async function decideClaimsByRules(writer: Writer, cause: string): Promise<VerdictChange[]> {
  const rows = await writer.run(cypher('claim/decide-by-rules'), { cause });
  return rows.map((row) => ({ claimId: row.claimId as string, previous: (row.previous as string | null) ?? null, decided: row.decided as string }));
}

/** A Database as a Writer. */
export const writerOf = (db: { write: Transaction['run'] }): Writer => ({ run: (query, params) => db.write(query, params) });

export const describeChanges = (changes: readonly VerdictChange[]) =>
  changes.map((c) => `${c.claimId}: ${c.previous ?? 'none'} -> ${c.decided}`).join(', ');
