import { offsetForArgs, resolveOffsetConnection, type DefaultConnectionArguments } from '@pothos/plugin-relay';
import { clientError, mustBeBetween } from '../errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 500;

/** Refuses pagination arguments the connection helpers would reject, with an error that says why. */
export function checkPageArgs(args: DefaultConnectionArguments): void {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value !== null && value !== undefined) mustBeBetween(name, value, 0, MAX_PAGE_SIZE);
  }
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor !== null && cursor !== undefined && !isOffsetCursor(cursor)) {
      throw clientError(`Argument "${name}" is not a cursor this list gave out: ${JSON.stringify(cursor)}.`, 'BAD_USER_INPUT', {
        argument: name,
      });
    }
  }
}

/**
 * No list here holds a billion items, so no cursor this server gave out is past that; a larger offset
 * would overflow Neo4j's SKIP (a 64-bit integer) or lose digits as a JavaScript number.
 */
const MAX_CURSOR_OFFSET = 1_000_000_000;

function isOffsetCursor(cursor: string): boolean {
  const decoded = Buffer.from(cursor, 'base64').toString('utf8');
  const digits = /^OffsetConnection:(\d{1,10})$/.exec(decoded)?.[1];
  return digits !== undefined && Number(digits) <= MAX_CURSOR_OFFSET;
}

/** `last` alone (no `before`, no `first`) counts back from the end of the list, which only its total places. */
const countsFromTheEnd = (args: DefaultConnectionArguments) => args.last != null && args.first == null && args.before == null;

/**
 * A connection page from a query that takes offset and limit and returns its rows with the total count
 * (one round trip; two for `last` alone, whose window the total decides). The connection's cursors are offsets.
 */
export async function offsetConnection<T>(
  args: DefaultConnectionArguments,
  fetchPage: (page: { offset: number; limit: number }) => Promise<{ totalCount: number; items: T[] }>,
) {
  checkPageArgs(args);
  let totalCount = countsFromTheEnd(args) ? (await fetchPage({ offset: 0, limit: 0 })).totalCount : undefined;
  const connection = await resolveOffsetConnection({ args, totalCount, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, async (page) => {
    const result = await fetchPage(page);
    totalCount = result.totalCount;
    return result.items;
  });
  return { ...connection, totalCount: totalCount ?? 0 };
}

/**
 * One connection page per parent (a benchmark's results, say) from one batched query: the page window is
 * the same for every parent, since one DataLoader batch serves one path of the query.
 */
export async function batchedOffsetConnections<T>(
  ids: readonly string[],
  args: DefaultConnectionArguments,
  fetchPages: (page: { offset: number; limit: number }) => Promise<Map<string, { totalCount: number; items: T[] }>>,
) {
  checkPageArgs(args);
  if (countsFromTheEnd(args)) return lastPagesOf(ids, args, fetchPages);
  const window = offsetForArgs({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE });
  const pages = await fetchPages({ offset: window.offset, limit: window.limit });
  return Promise.all(
    ids.map(async (id) => {
      const page = pages.get(id) ?? { totalCount: 0, items: [] };
      const connection = await resolveOffsetConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, () => page.items);
      return { ...connection, totalCount: page.totalCount };
    }),
  );
}

/** `last` alone over many parents: their totals first, then one batched query per distinct window. */
async function lastPagesOf<T>(
  ids: readonly string[],
  args: DefaultConnectionArguments,
  fetchPages: (page: { offset: number; limit: number }) => Promise<Map<string, { totalCount: number; items: T[] }>>,
) {
  const totals = await fetchPages({ offset: 0, limit: 0 });
  const totalOf = (id: string) => totals.get(id)?.totalCount ?? 0;
  const windows = new Map<number, Promise<Map<string, { totalCount: number; items: T[] }>>>();
  for (const total of new Set(ids.map(totalOf))) {
    const window = offsetForArgs({ args, totalCount: total, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE });
    windows.set(total, fetchPages({ offset: window.offset, limit: window.limit }));
  }
  return Promise.all(
    ids.map(async (id) => {
      const totalCount = totalOf(id);
      const page = (await windows.get(totalCount)!).get(id) ?? { totalCount, items: [] };
      const connection = await resolveOffsetConnection({ args, totalCount, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, () => page.items);
      return { ...connection, totalCount };
    }),
  );
}
