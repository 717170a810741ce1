import { resolveCursorConnection, type DefaultConnectionArguments } from '@pothos/plugin-relay';
import { clientError, mustBeBetween } from '../errors.js';
import type { Choices } from '../neo4j/cypher.js';

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
