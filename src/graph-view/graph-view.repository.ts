import type { Context } from '../context.js';
import { cypher } from '../neo4j/cypher.js';
import type { ViewRow } from './graph-view.rows.js';

/**
 * The only code that turns a graph view (the landscape, or the neighbourhood of some nodes and of the
 * best matches of a search) into Cypher and rows: one query each.
 */

/**
 * Properties that exist for Neo4j's indexes and filters, not for people: never drawn or sent. The search words
 * (cypher/model/search-text), and the copies a model keeps of its licence (cypher/model/licence-copies) and a
 * result of its model (cypher/result/model-copies): the view draws what they copy as nodes and edges.
 */
const INDEX_ONLY_PROPERTIES = ['searchText', 'nameSort', 'licenceSpdx', 'licenceCategory', 'modelOpenness', 'modelLicenceSpdx', 'modelLicenceCategory'];

async function view(ctx: Context, name: string, params: Record<string, unknown>): Promise<ViewRow> {
  const [row] = await ctx.db.read(cypher(name), params);
  const found = row as unknown as ViewRow;
  for (const node of found.nodes) for (const property of INDEX_ONLY_PROPERTIES) delete node.properties[property];
  return found;
}

export interface ViewFilter {
  labels: readonly string[] | null;
  types: readonly string[] | null;
  limit: number;
  withProperties: boolean;
}

/** Nodes with these labels (every model, organization and licence by default) and the edges among them. */
export const landscapeView = (ctx: Context, filter: ViewFilter) =>
  view(ctx, 'graph-view/landscape', { ...filter, labels: filter.labels ?? ['Model', 'Organization', 'Licence'] });

/** The neighbourhood, `depth` hops, of the nodes of `keys` and of the best matches of `search` (Lucene). */
export const neighbourhoodView = (ctx: Context, start: { keys: string[]; search: string | null; depth: number }, filter: ViewFilter) =>
  view(ctx, 'graph-view/neighbourhood', { ...start, ...filter });
