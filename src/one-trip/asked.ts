import { createContextCache } from '@pothos/core';
import { resolveCursorConnection, type DefaultConnectionArguments } from '@pothos/plugin-relay';
import { collectSubFields } from '@graphql-tools/utils';
import DataLoader from 'dataloader';
import { getNamedType, isObjectType, type FieldNode, type GraphQLNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { clientError } from '../errors.js';
import type { Choices } from '../neo4j/cypher.js';

/**
 * What a request asks of a field, beyond its arguments' values, read in one place so that the field's
 * repository can answer it with one query per level:
 * - its arguments' ranges (one check, one wording);
 * - its page: a keyset window from first/last/after/before, and the connection of the rows read;
 * - what it selects below: the properties to read and the relations to bring along;
 * - the relations its parent's query brought along, which cost no trip.
 */

// ---------------------------------------------------------------- arguments

/** The one range check of integer arguments (first, last, depth, limit...), with the one wording. */
export function mustBeBetween(argument: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw clientError(`Argument "${argument}" must be between ${min} and ${max}, got ${value}.`, 'BAD_USER_INPUT', { argument });
  }
}

// ---------------------------------------------------------------- pages

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 500;

/**
 * Keyset (seek) pagination: a cursor holds where its item sits in its list (the item's sort value and its
 * id, the tie-break), not how many items came before it. A query asks for the rows past that position
 * (cypher/page/seek/), so page 100 costs what page 1 does, and a row added between two requests does not
 * shift the pages: every row is seen once.
 */

/** Where an item sits in its list: its sort value (never null: an order maps unknowns to a bound) and its id. */
export type Position = readonly [value: string | number, id: string];

/** What a keyset query is asked: the positions to read after and before (in list order), how many, which way. */
export interface KeysetPage {
  after: Position | null;
  before: Position | null;
  /** Rows to read: the page size and one more, which tells whether another page follows. */
  limit: number;
  /** Read from the end backwards (`last`): the query orders the other way, and the page is turned back. */
  inverted: boolean;
}

/** A page as a keyset query returns it: each item with its position, and the list's total. */
export interface PositionedPage<T> {
  totalCount: number;
  items: ReadonlyArray<{ at: Position; node: T }>;
}

/**
 * The choices of a keyset page's fragments (cypher/page/) for a list in `direction`: the seek follows the
 * list's order; a page read backwards (`last`) is read in the other order and turned back by the connection.
 */
export function keysetChoices(direction: 'ASC' | 'DESC', inverted: boolean): Choices {
  const reading = inverted ? (direction === 'ASC' ? 'DESC' : 'ASC') : direction;
  return { 'page/seek': [direction], 'page/order': [reading] };
}

/**
 * A keyset query's parameters for `page`: the positions in one map, $page (see cypher/page/seek/: one plan for
 * the first page and the next), and how many rows to read, $limit.
 */
export function keysetParams(page: KeysetPage): { page: { after: Position | null; before: Position | null }; limit: number } {
  return { page: { after: page.after, before: page.before }, limit: page.limit };
}

/** Refuses page sizes out of range, with an error that says which argument and what range. */
export function checkPageSize(args: DefaultConnectionArguments): void {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value !== null && value !== undefined) mustBeBetween(name, value, 0, MAX_PAGE_SIZE);
  }
}

/** A cursor: base64url of [list, sort value, id]. Opaque to clients; the list tells it from another list's. */
export function cursorAt(list: string, at: Position): string {
  return Buffer.from(JSON.stringify([list, at[0], at[1]])).toString('base64url');
}

/** The position a cursor holds, or BAD_USER_INPUT naming the argument when this list did not give it out. */
export function positionOf(argument: 'after' | 'before', cursor: string, list: string): Position {
  let decoded: unknown[] | undefined;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
  } catch {
    decoded = undefined;
  }
  const fits =
    Array.isArray(decoded) &&
    decoded.length === 3 &&
    typeof decoded[0] === 'string' &&
    (typeof decoded[1] === 'string' || (typeof decoded[1] === 'number' && Number.isFinite(decoded[1]))) &&
    typeof decoded[2] === 'string';
  if (!fits || decoded![0] !== list) {
    const whose = fits ? ` (it belongs to another list: ${JSON.stringify(decoded![0])})` : '';
    throw clientError(`Argument "${argument}" is not a cursor this list gave out${whose}: ${JSON.stringify(cursor)}.`, 'BAD_USER_INPUT', {
      argument,
    });
  }
  return [decoded![1] as string | number, decoded![2] as string];
}

/** The page a connection's arguments ask of a keyset query, the cursors checked against the list. */
function keysetWindow(list: string, args: DefaultConnectionArguments) {
  checkPageSize(args);
  return {
    after: args.after != null ? positionOf('after', args.after, list) : null,
    before: args.before != null ? positionOf('before', args.before, list) : null,
  };
}

type Positioned<T> = { at: Position; node: T };

/** A connection from the items a keyset query returned for `page` (the library trims the extra row, turns an inverted page). */
async function positionedConnection<T>(list: string, args: DefaultConnectionArguments, read: (page: { limit: number; inverted: boolean }) => Promise<readonly Positioned<T>[]>) {
  const connection = (await resolveCursorConnection(
    { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE, toCursor: (item) => cursorAt(list, (item as Positioned<T>).at) },
    ({ limit, inverted }): Promise<readonly Positioned<T>[]> => read({ limit, inverted }),
  ))!;
  return { pageInfo: connection.pageInfo, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: (edge.node as Positioned<T>).node })) };
}

/** One page of a list by keyset, from a query that returns the page's items with their positions and the total. */
export async function keysetConnection<T>(list: string, args: DefaultConnectionArguments, fetchPage: (page: KeysetPage) => Promise<PositionedPage<T>>) {
  const window = keysetWindow(list, args);
  let totalCount = 0;
  const connection = await positionedConnection<T>(list, args, async ({ limit, inverted }) => {
    const page = await fetchPage({ ...window, limit, inverted });
    totalCount = page.totalCount;
    return page.items;
  });
  return { ...connection, totalCount };
}

/**
 * One page per parent (a benchmark's results, say) from one batched query: one DataLoader batch serves one
 * path of the query, so every parent is asked the same window.
 */
export async function batchedKeysetConnections<T>(
  list: string,
  ids: readonly string[],
  args: DefaultConnectionArguments,
  fetchPages: (page: KeysetPage) => Promise<Map<string, PositionedPage<T>>>,
) {
  const window = keysetWindow(list, args);
  let pages: Promise<Map<string, PositionedPage<T>>> | undefined; // one query for all parents
  return Promise.all(
    ids.map(async (id) => {
      let totalCount = 0;
      const connection = await positionedConnection<T>(list, args, async ({ limit, inverted }) => {
        pages ??= fetchPages({ ...window, limit, inverted });
        const page = (await pages).get(id);
        totalCount = page?.totalCount ?? 0;
        return page?.items ?? [];
      });
      return { ...connection, totalCount };
    }),
  );
}

// ---------------------------------------------------------------- selection

/**
 * What a request selects below the field being resolved, so that a resolver can fetch a level ahead in
 * the same Cypher query (a model list with its results) and only the properties the request reads.
 * Sub-selections are collected the way the executor collects them (fragments, @skip and @include), by
 * @graphql-tools/utils, which graphql-yoga uses itself.
 */
export interface Selected {
  nodes: FieldNode[];
  type: GraphQLObjectType;
}

function walk(info: GraphQLResolveInfo, path: readonly string[]): { nodes: FieldNode[]; type: GraphQLNamedType } | null {
  let nodes: FieldNode[] = [...info.fieldNodes];
  let type = getNamedType(info.returnType);
  for (const name of path) {
    if (!isObjectType(type)) return null;
    const { fields } = collectSubFields(info.schema, info.fragments, info.variableValues, type, nodes);
    nodes = [...fields.values()].flat().filter((node) => node.name.value === name);
    const field = type.getFields()[name];
    if (!field || nodes.length === 0) return null;
    type = getNamedType(field.type);
  }
  return { nodes, type };
}

/** The fields of object type selected at `path` (field names) below the current field; null if none. */
export function selectedAt(info: GraphQLResolveInfo, path: readonly string[]): Selected | null {
  const found = walk(info, path);
  return found && isObjectType(found.type) ? { nodes: found.nodes, type: found.type } : null;
}

/**
 * The fields of object type selected at `path` when none of them takes arguments: a relation asked as a whole,
 * which a parent's query can bring along; null when it is not selected, or selected with arguments somewhere.
 */
export function selectedWhole(info: GraphQLResolveInfo, path: readonly string[]): Selected | null {
  const selected = selectedAt(info, path);
  return selected && selected.nodes.every((field) => !field.arguments?.length) ? selected : null;
}

/** Whether the request selects the field at `path` (a leaf or not) below the current field. */
export const selects = (info: GraphQLResolveInfo, path: readonly string[]): boolean => walk(info, path) !== null;

interface PropertyExtensions {
  /** Set by Pothos on t.expose* fields: the property the field reads. */
  pothosExposedField?: string;
  /** Properties a field with its own resolver reads. */
  properties?: readonly string[];
  /** The field resolves to its parent's own row (Licence.terms): what its selection reads, the parent reads. */
  sameRow?: boolean;
}

/**
 * The stored properties a selection reads, and the key always: it tells the type, and it holds the id
 * ("model:deepseek-r1"), which relations load by (rowOf restores it). A field declares what it reads:
 * exposed fields name their property, others list extensions.properties; a field that reads none (a
 * relation, loaded by id) adds nothing.
 */
export function propertiesRead(info: GraphQLResolveInfo, selected: Selected): string[] {
  const properties = new Set(['key']);
  const visit = ({ nodes, type }: Selected) => {
    const { fields } = collectSubFields(info.schema, info.fragments, info.variableValues, type, nodes);
    for (const fieldNodes of fields.values()) {
      const field = type.getFields()[fieldNodes[0]!.name.value];
      if (!field) continue; // __typename
      const extensions = field.extensions as PropertyExtensions;
      if (extensions.pothosExposedField) properties.add(extensions.pothosExposedField);
      for (const property of extensions.properties ?? []) properties.add(property);
      const fieldType = getNamedType(field.type);
      if (extensions.sameRow && isObjectType(fieldType)) visit({ nodes: fieldNodes, type: fieldType });
    }
  };
  visit(selected);
  return [...properties];
}

/**
 * A row from a list of values in the order of `properties` (what Cypher's [p IN $properties | n[p]]
 * gives), with its id taken from its key when only the key was read.
 */
export function rowOf<T>(properties: readonly string[], values: readonly unknown[]): T {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < properties.length; i++) row[properties[i]!] = values[i] ?? null;
  if (row.id === undefined && typeof row.key === 'string') row.id = row.key.slice(row.key.indexOf(':') + 1);
  return row as T;
}

// ---------------------------------------------------------------- brought along

/**
 * The resolver of a relation that its parent's own query may have brought along (a model list with its
 * results, a model with its offerings: the level costs no trip). Asked without arguments, it is the brought
 * value, where there is one; otherwise it is loaded, one DataLoader per request and per set of the arguments
 * given, so that the parents of one level are one query. Pothos' loadable fields cannot take a
 * value already there, which is why these relations are plain fields with this resolver.
 */
export function broughtAlongOrLoaded<Parent extends { id: string }, Args extends object, Row>(
  property: keyof Parent & string,
  load: (ctx: Context, ids: readonly string[], args: Args) => Promise<readonly Row[]>,
): (parent: Parent, args: Args, ctx: Context) => Row | Promise<Row> {
  const loaders = createContextCache(() => new Map<string, DataLoader<string, Row>>());
  return (parent, args, ctx) => {
    const given = Object.entries(args).filter(([, value]) => value !== null && value !== undefined);
    const brought = parent[property] as Row | null | undefined;
    if (given.length === 0 && brought !== null && brought !== undefined) return brought;
    const key = JSON.stringify(given.sort(([a], [b]) => a.localeCompare(b)));
    const ofRequest = loaders(ctx);
    let loader = ofRequest.get(key);
    if (!loader) {
      const asked = Object.fromEntries(given) as Args;
      loader = new DataLoader((ids: readonly string[]) => load(ctx, ids, asked));
      ofRequest.set(key, loader);
    }
    return loader.load(parent.id);
  };
}

/** The resolver of a to-one relation: the row its parent's query brought along, else its id, which the type's loader loads. */
export const broughtAlongOrId =
  <Parent, K extends keyof Parent>(property: K, idProperty: keyof Parent) =>
  (parent: Parent): NonNullable<Parent[K]> | string =>
    parent[property] ?? (parent[idProperty] as string);
