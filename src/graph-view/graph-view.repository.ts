import { clientError } from '../errors.js';
import { mustBeBetween } from '../one-trip/asked.js';
import { KIND_LABELS } from '../entity/keys.js';
import { checkIdCount, decodeNodeId, kindOfNodeType } from '../graphql/builder.js';
import { cypher } from '../neo4j/cypher.js';
import type { Database } from '../neo4j/database.js';
import { searchQuery } from '../questions/search-query.js';
import type { ViewEdgeRow, ViewRow } from './graph-view.rows.js';

/** An edge's stable id, for the GraphQL view and the graph files alike: its source key, type and target key. */
export const edgeIdOf = (e: ViewEdgeRow) => `${e.source}-${e.type}->${e.target}`;

/**
 * The only code that turns a graph view (the landscape, or the neighbourhood of some nodes and of the
 * best matches of a search) into Cypher and rows: one query each.
 */

/**
 * Properties that exist for Neo4j's indexes and filters, not for people: never drawn or sent. The search words
 * (cypher/model/search-text), and the copies a model keeps of its licence (cypher/model/licence-copies) and a
 * result of its model (cypher/result/model-copies): the view draws what they copy as nodes and edges.
 */
const INDEX_ONLY_PROPERTIES = ['searchText', 'nameSort', 'releaseSort', 'licenceSpdx', 'licenceCategory', 'modelOpenness', 'modelLicenceSpdx', 'modelLicenceCategory'];

async function view(db: Database, name: string, params: Record<string, unknown>): Promise<ViewRow> {
  const [row] = await db.read(cypher(name), params);
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
const landscapeView = (db: Database, filter: ViewFilter) =>
  view(db, 'graph-view/landscape', { ...filter, labels: filter.labels ?? ['Model', 'Organization', 'Licence'] });

/** The neighbourhood, `depth` hops, of the nodes of `keys` and of the best matches of `search` (Lucene). */
const neighbourhoodView = (db: Database, start: { keys: string[]; search: string | null; depth: number }, filter: ViewFilter) =>
  view(db, 'graph-view/neighbourhood', { ...start, ...filter });

export const MAX_VIEW_NODES = 2000;
export const DEFAULT_VIEW_NODES = 300;

/** The relationship types a view may be limited to, each with what it means. */
export const RELATIONSHIP_TYPES = {
  DEVELOPS: 'An organization develops a model.',
  SUBSIDIARY_OF: 'An organization is owned by another.',
  COMPETES_WITH: 'Two organizations compete.',
  DRIVEN_BY: 'An organization is driven by a strategic motive.',
  LICENSED_UNDER: "A model's weights are under a licence.",
  CODE_LICENSED_UNDER: "A model's code is under a licence.",
  INCORPORATES: 'A licence incorporates another document.',
  SUCCEEDS: 'A model succeeds an earlier one.',
  DISTILLED_FROM: 'A model was distilled from another.',
  BUILT_ON: 'A model was built on a base model.',
  IN_TIER: "A model is in one of the analysis's tiers.",
  HAS_RESULT: 'A model has a benchmark result.',
  ON_BENCHMARK: 'A result is on a benchmark.',
  REPORTED_IN: 'A result was published in a source.',
  MEASURES: 'A benchmark measures a domain.',
  VARIANT_OF: 'A technique is a variant of another.',
  EXAMPLE_MODEL: 'A technique is exemplified by a model.',
  OFFERED_BY: 'A technique is offered by an organization.',
  AFFECTS: 'A regulation affects an organization, model or licence.',
  USES: 'A deployment pattern uses a model.',
  FROM_SECTION: 'A claim comes from a section of the analysis.',
  ABOUT: 'A claim or fact is about a node.',
  DECIDED_BY: "A claim's verdict is decided by a fact.",
  ASSESSED_IN: 'A node is assessed in a source.',
  SOURCED_FROM: 'A node was taken from a source.',
  OFFERS: 'A provider offers a model through its API (an offering).',
  SERVES: 'An offering serves a model of the graph.',
  PRICED_AT: 'An offering is priced at a (dated) price.',
  NAMES: 'An alias names a model.',
  CONFLICTS_WITH: 'A fact from a catalog says otherwise than a fact of the seed.',
} as const;

/** What a graph view is asked, by the GraphQL field graph(...) and by the graph exports (/export/graph.*) alike. */
export interface ViewArguments {
  /** Start nodes: global ids or keys ("model:deepseek-r1"). */
  ids?: readonly string[] | null;
  search?: string | null;
  depth?: number | null;
  labels?: readonly string[] | null;
  relationshipTypes?: readonly string[] | null;
  limit?: number | null;
}

/** Global ids and keys alike become keys ("model:deepseek-r1"); anything else is named in an error. */
function startKeyOf(id: string): string {
  const [kind, ...rest] = id.split(':');
  if (kind && kind in KIND_LABELS && rest.length > 0) return id;
  try {
    const { typename, id: nodeId } = decodeNodeId(id);
    return `${kindOfNodeType.get(typename)}:${nodeId}`;
  } catch (error) {
    throw clientError(`Argument "ids": ${(error as Error).message}`, 'BAD_USER_INPUT', { argument: 'ids', globalId: id });
  }
}

/**
 * The view asked: the neighbourhood of the start nodes (ids, or the best matches of a search), or with
 * neither the whole landscape; one trip either way, a search's matches found inside the neighbourhood's
 * own query. Arguments out of range are named in a BAD_USER_INPUT error.
 */
export function graphView(db: Database, args: ViewArguments, withProperties: boolean): Promise<ViewRow> {
  const depth = args.depth ?? 1;
  const limit = args.limit ?? DEFAULT_VIEW_NODES;
  mustBeBetween('depth', depth, 1, 3);
  mustBeBetween('limit', limit, 1, MAX_VIEW_NODES);
  checkIdCount(args.ids?.length ?? 0);
  const keys = (args.ids ?? []).map(startKeyOf);
  const search = args.search === null || args.search === undefined ? null : searchQuery(args.search, 'search');
  const filter = { labels: args.labels ?? null, types: args.relationshipTypes ?? null, limit, withProperties };
  if (keys.length === 0 && search === null) return landscapeView(db, filter);
  return neighbourhoodView(db, { keys, search, depth }, filter);
}
