import { describe, expect, it } from 'vitest';
import { checkPageSize, cursorAt, keysetConnection, MAX_PAGE_SIZE, positionOf, type KeysetPage, type Position } from '../../src/one-trip/asked.js';

/** Cursors and page sizes, as a client sends them: what is refused, with which words, and what a page is. */
const refusal = (act: () => unknown) => {
  try {
    act();
  } catch (error) {
    return error as { message: string; extensions: Record<string, unknown> };
  }
  return null;
};

describe('page sizes', () => {
  it('takes no argument at all, 0, and up to the maximum', () => {
    expect(refusal(() => checkPageSize({}))).toBeNull();
    expect(refusal(() => checkPageSize({ first: 0 }))).toBeNull();
    expect(refusal(() => checkPageSize({ first: MAX_PAGE_SIZE }))).toBeNull();
  });

  it('refuses a first or last out of range, naming the argument and the range', () => {
    expect(refusal(() => checkPageSize({ first: -1 }))).toMatchObject({
      message: `Argument "first" must be between 0 and ${MAX_PAGE_SIZE}, got -1.`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
    expect(refusal(() => checkPageSize({ last: MAX_PAGE_SIZE + 1 }))).toMatchObject({ extensions: { argument: 'last' } });
  });
});

describe('keyset cursors', () => {
  it('give back the position they were made from, in their own list', () => {
    for (const at of [['deepseek-r1', 'deepseek-r1'], [2025.5, 'x'], ['', 'a:b'], [-1e308, 'model:z']] as Position[]) {
      expect(positionOf('after', cursorAt('Model:NAME_ASC', at), 'Model:NAME_ASC')).toEqual(at);
    }
  });

  it('are opaque: base64url, no offset a client could edit', () => {
    const cursor = cursorAt('Model:NAME_ASC', ['qwen3', 'qwen3-235b-a22b']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(cursor, 'base64url').toString()).not.toMatch(/OffsetConnection/);
  });

  it("refuse another list's cursor, saying whose it is", () => {
    const claims = cursorAt('Claim:document-order', [3, 'claim-x']);
    expect(refusal(() => positionOf('after', claims, 'Model:NAME_ASC'))).toMatchObject({
      message: expect.stringContaining('it belongs to another list: "Claim:document-order"'),
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
  });

  it('refuse what no list gave out: an old offset cursor, not base64 of JSON, the wrong shape, empty', () => {
    const json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const cursor of [
      Buffer.from('OffsetConnection:3').toString('base64'),
      'not a cursor',
      '',
      json(['Model:NAME_ASC', 'a']),
      json(['Model:NAME_ASC', null, 'a']),
      json(['Model:NAME_ASC', { a: 1 }, 'a']),
      json(['Model:NAME_ASC', 'a', 7]),
      json({ list: 'Model:NAME_ASC' }),
    ]) {
      expect(refusal(() => positionOf('before', cursor, 'Model:NAME_ASC')), cursor).toMatchObject({
        message: expect.stringContaining('Argument "before" is not a cursor this list gave out'),
        extensions: { argument: 'before' },
      });
    }
  });
});

describe('a keyset page', () => {
  // A list of seven rows in ascending order of (value, id), answered as a keyset query would.
  const rows: Position[] = [[1, 'a'], [1, 'b'], [2, 'c'], [3, 'd'], [3, 'e'], [4, 'f'], [5, 'g']];
  const before = (x: Position, y: Position) => x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
  const asked: KeysetPage[] = [];
  const fetchPage = async (page: KeysetPage) => {
    asked.push(page);
    const window = rows.filter((row) => (!page.after || before(page.after, row)) && (!page.before || before(row, page.before)));
    const read = page.inverted ? [...window].reverse() : window;
    return { totalCount: rows.length, items: read.slice(0, page.limit).map((at) => ({ at, node: at[1] })) };
  };
  const nodes = (connection: { edges: Array<{ node: string }> }) => connection.edges.map((edge) => edge.node);

  it('starts after the cursor and says whether more follow', async () => {
    const first = await keysetConnection('test', { first: 3 }, fetchPage);
    expect(nodes(first)).toEqual(['a', 'b', 'c']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(7);
    const next = await keysetConnection('test', { first: 3, after: first.pageInfo.endCursor }, fetchPage);
    expect(asked.at(-1)!.after).toEqual([2, 'c']);
    expect(nodes(next)).toEqual(['d', 'e', 'f']);
    const last = await keysetConnection('test', { first: 3, after: next.pageInfo.endCursor }, fetchPage);
    expect(nodes(last)).toEqual(['g']);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it('reads `last` alone backwards from the end, in one query, and gives the page in list order', async () => {
    asked.length = 0;
    const tail = await keysetConnection('test', { last: 2 }, fetchPage);
    expect(nodes(tail)).toEqual(['f', 'g']);
    expect(tail.pageInfo.hasPreviousPage).toBe(true);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.inverted).toBe(true);
    const earlier = await keysetConnection('test', { last: 2, before: tail.pageInfo.startCursor }, fetchPage);
    expect(nodes(earlier)).toEqual(['d', 'e']);
  });
});
