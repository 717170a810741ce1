import type { Context } from '../context.js';
import { cypher } from './cypher.js';

/**
 * Shared plumbing for the concepts' loaders: a named read, its rows as one column, grouped by the ids
 * asked or keyed by them, in the order asked (what DataLoader needs).
 */

/** Runs a named read and returns one column of its rows. */
export async function column<T>(ctx: Pick<Context, 'db'>, query: string, params: Record<string, unknown>, name: string): Promise<T[]> {
  const rows = await ctx.db.read(cypher(query), params);
  return rows.map((row) => row[name] as T);
}

/** Runs a named read whose rows are (groupId, value) and returns one list per asked id, in order. */
export async function grouped<T>(ctx: Context, query: string, ids: readonly string[], name: string, params: Record<string, unknown> = {}): Promise<T[][]> {
  const rows = await ctx.db.read(cypher(query), { ...params, ids });
  const byId = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) byId.get(row.groupId as string)?.push(row[name] as T);
  return ids.map((id) => byId.get(id)!);
}

/** Runs a named read keyed by id (rows carry `id`) and returns one row per asked id, in order, or null. */
export async function keyed<T>(ctx: Context, query: string, ids: readonly string[], key = 'id', params: Record<string, unknown> = {}): Promise<Array<T | null>> {
  const rows = await ctx.db.read(cypher(query), { ...params, ids });
  const byId = new Map(rows.map((row) => [row[key] as string, row as T]));
  return ids.map((id) => byId.get(id) ?? null);
}
