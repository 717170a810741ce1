import { writerOf } from '../claim/rules.js';
import { cypher } from '../neo4j/cypher.js';
import type { Database, Transaction } from '../neo4j/database.js';

/** Groups refreshed per transaction: at 1000x a group holds a few thousand results. */
const GROUPS_PER_TRANSACTION = 50;

/**
 * Brings the groups of comparable results named by their keys up to date (counts, bestOfModel flags:
 * cypher/result/groups-refresh.cypher), in the caller's transaction, after it wrote their results.
 */
export async function refreshResultGroups(writer: Pick<Transaction, 'run'>, keys: readonly string[]): Promise<void> {
  if (keys.length > 0) await writer.run(cypher('result/groups-refresh'), { keys });
}

/** Every group of the graph, a few per transaction: after the seed (writePlan) and on a graph that lags. */
export async function refreshEveryResultGroup(db: Database): Promise<number> {
  const keys = (await db.read(cypher('result/groups-keys'))).map((row) => row.key as string);
  for (let start = 0; start < keys.length; start += GROUPS_PER_TRANSACTION) {
    await refreshResultGroups(writerOf(db), keys.slice(start, start + GROUPS_PER_TRANSACTION));
  }
  return keys.length;
}

/** Whether the graph was written before the groups existed (its results carry no bestOfModel flag). */
export async function resultGroupsLag(db: Database): Promise<boolean> {
  const [row] = await db.read(cypher('result/groups-stale'));
  return row?.stale === true;
}
