import { describe, expect, it } from 'vitest';
import { checkPageArgs, MAX_PAGE_SIZE, offsetConnection } from '../../src/graphql/pagination.js';

/** Cursors and page sizes, as a client sends them: what is refused, with which words, and what a page is. */
const cursorOf = (offset: number | string) => Buffer.from(`OffsetConnection:${offset}`).toString('base64');
const refusal = (args: Parameters<typeof checkPageArgs>[0]) => {
  try {
    checkPageArgs(args);
  } catch (error) {
    return error as { message: string; extensions: Record<string, unknown> };
  }
  return null;
};

describe('page arguments', () => {
  it('takes the cursors this server gives out, and no argument at all', () => {
    expect(refusal({})).toBeNull();
    expect(refusal({ first: 0 })).toBeNull();
    expect(refusal({ first: MAX_PAGE_SIZE, after: cursorOf(0) })).toBeNull();
    expect(refusal({ last: 3, before: cursorOf(1_000_000_000) })).toBeNull();
  });

  it('refuses a first or last out of range, naming the argument and the range', () => {
    expect(refusal({ first: -1 })).toMatchObject({ message: `Argument "first" must be between 0 and ${MAX_PAGE_SIZE}, got -1.`, extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
    expect(refusal({ last: MAX_PAGE_SIZE + 1 })).toMatchObject({ extensions: { argument: 'last' } });
  });

  it('refuses a cursor it did not give out: another prefix, not base64 of digits, past a billion, or empty', () => {
    for (const cursor of [
      Buffer.from('arrayconnection:3').toString('base64'),
      cursorOf('3x'),
      cursorOf(-1),
      cursorOf(1_000_000_001),
      cursorOf('99999999999'),
      'not a cursor',
      '',
    ]) {
      expect(refusal({ after: cursor }), cursor).toMatchObject({ message: expect.stringContaining('Argument "after" is not a cursor this list gave out'), extensions: { argument: 'after' } });
      expect(refusal({ before: cursor }), cursor).toMatchObject({ extensions: { argument: 'before' } });
    }
  });
});

describe('a page of an offset connection', () => {
  const rows = Array.from({ length: 7 }, (_, i) => `row${i}`);
  const fetchPage = async ({ offset, limit }: { offset: number; limit: number }) => ({ totalCount: rows.length, items: rows.slice(offset, offset + limit) });

  it('starts after the cursor and says whether more follow', async () => {
    const first = await offsetConnection({ first: 3 }, fetchPage);
    expect(first.edges.map((edge) => edge?.node)).toEqual(['row0', 'row1', 'row2']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(7);
    const next = await offsetConnection({ first: 3, after: first.pageInfo.endCursor }, fetchPage);
    expect(next.edges.map((edge) => edge?.node)).toEqual(['row3', 'row4', 'row5']);
    const last = await offsetConnection({ first: 3, after: next.pageInfo.endCursor }, fetchPage);
    expect(last.edges.map((edge) => edge?.node)).toEqual(['row6']);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it('counts `last` alone back from the end of the list', async () => {
    const tail = await offsetConnection({ last: 2 }, fetchPage);
    expect(tail.edges.map((edge) => edge?.node)).toEqual(['row5', 'row6']);
    expect(tail.pageInfo.hasPreviousPage).toBe(true);
  });
});
