import type { Context } from '../context.js';
import { cypher } from '../neo4j/cypher.js';
import { column } from '../neo4j/rows.js';
import type { SourceRow } from './source.rows.js';

/** The only code that turns source questions into Cypher (cypher/source/) and rows. */

export const sourcesByIds = (ctx: Context, ids: readonly string[]) => column<SourceRow>(ctx, 'source/by-ids', { ids }, 'source');

/**
 * The source of nodes of any type, by their global keys, in the order asked (null where none): the `source`
 * field of every sourced type loads through it, so a page of organizations costs one query for all their sources.
 */
export async function sourcesOf(ctx: Context, keys: readonly string[]): Promise<Array<SourceRow | null>> {
  const rows = await ctx.db.read(cypher('source/of-entities'), { keys });
  const byKey = new Map(rows.map((row) => [row.key as string, row.source as SourceRow]));
  return keys.map((key) => byKey.get(key) ?? null);
}
