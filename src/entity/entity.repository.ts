import type { Context } from '../context.js';
import { cypher } from '../neo4j/cypher.js';
import type { EntityRow } from './keys.js';

/**
 * Nodes of any kind by global key (cypher/graph/entities-by-keys), in the order asked, null where unknown:
 * what the Node-typed fields (a claim's subjects, a regulation's targets) load.
 */
export async function entitiesByKeys(ctx: Context, keys: readonly string[]): Promise<Array<EntityRow | null>> {
  const rows = await ctx.db.read(cypher('graph/entities-by-keys'), { keys });
  const byKey = new Map(rows.map((row) => [row.key as string, row.node as EntityRow]));
  return keys.map((key) => byKey.get(key) ?? null);
}
