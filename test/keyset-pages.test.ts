import { describe, expect, it } from 'vitest';
import { appWithEditor } from './support/neo4j.js';

/**
 * Paging a list while it changes: a cursor is a position in the list (a keyset), not a count of rows
 * before it, so a row written between two pages neither repeats a row nor hides one. Every list is walked
 * to its end, forwards with `first`/`after` and backwards with `last`/`before`, with new rows written through
 * the API between pages, on both sides of the cursor. The writes are undone afterwards.
 */
const { app, editorToken } = appWithEditor();

async function send<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const { data, errors } = (await response.json()) as { data: T; errors?: unknown };
  expect(errors, query).toBeUndefined();
  return data;
}

interface Page {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/**
 * Walks a list to its end, a page at a time, calling `between` after each page; returns the ids in the order
 * seen. Backwards, pages are read from the end and each page's ids are in list order.
 */
async function walk(read: (window: string) => Promise<Page>, size: number, direction: 'forwards' | 'backwards', between: (page: number) => Promise<void>) {
  const seen: string[] = [];
  let window = direction === 'forwards' ? `first: ${size}` : `last: ${size}`;
  for (let page = 0; page < 1_000; page++) {
    const connection = await read(window);
    const ids = connection.edges.map((edge) => edge.node.id);
    if (direction === 'forwards') seen.push(...ids);
    else seen.unshift(...ids);
    const more = direction === 'forwards' ? connection.pageInfo.hasNextPage : connection.pageInfo.hasPreviousPage;
    if (!more) return seen;
    await between(page);
    window =
      direction === 'forwards'
        ? `first: ${size}, after: ${JSON.stringify(connection.pageInfo.endCursor)}`
        : `last: ${size}, before: ${JSON.stringify(connection.pageInfo.startCursor)}`;
  }
  throw new Error('the list never ended');
}

/** The whole list as it is now, in order, a page of 500 at a time. */
const everything = async (read: (window: string) => Promise<Page>) => walk(read, 500, 'forwards', async () => {});

/** Each id of `before` exactly once in `seen`, and no id twice. */
function expectEveryRowOnce(seen: string[], before: string[]) {
  const counts = new Map<string, number>();
  for (const id of seen) counts.set(id, (counts.get(id) ?? 0) + 1);
  expect([...counts].filter(([, n]) => n > 1), 'rows seen twice').toEqual([]);
  expect(before.filter((id) => !counts.has(id)), 'rows never seen').toEqual([]);
}

let written = 0;
/** A model written through the API with a name and date that place it where a walk has been, or has yet to go. */
async function writeModel(name: string, releaseDate: string, totalParamsB: number) {
  written++;
  await send(
    'mutation ($input: ModelInput!) { upsertModel(input: $input) { modelId } }',
    {
      input: {
        id: `keyset-test-${written}`,
        name,
        organization: 'alibaba-cloud',
        family: 'Qwen',
        status: 'RELEASED',
        weightsAvailable: false,
        modalities: ['text'],
        releaseDate,
        totalParamsB,
        source: { url: `https://example.org/keyset-test-${written}`, title: 'A model written between two pages' },
      },
    },
    editorToken,
  );
}

const modelsPage = (orderBy: string, where: string) => async (window: string) =>
  (await send<{ models: Page }>(`{ models(orderBy: ${orderBy}, ${where} ${window}) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`)).models;

describe('a models list paged while models are added', () => {
  const cases = [
    { orderBy: 'NAME_ASC', where: '' },
    { orderBy: 'RELEASE_DATE_DESC', where: '' },
    { orderBy: 'TOTAL_PARAMS_DESC', where: 'where: { family: ["Qwen", "Llama", "DeepSeek"] },' },
    { orderBy: 'CONTEXT_WINDOW_ASC', where: 'where: { curated: true },' },
    // Filters whose total is kept and which match so many models that a page is found by walking the order's
    // index (cypher/model/page/walked) rather than from the filter: the first asserts that this is so.
    { orderBy: 'RELEASE_DATE_DESC', where: 'where: { curated: false },', walked: true },
    { orderBy: 'NAME_DESC', where: 'where: { openness: [CLOSED, OPEN_WEIGHTS] },', walked: true },
  ];
  for (const { orderBy, where, walked } of cases) {
    for (const direction of ['forwards', 'backwards'] as const) {
      it(`${orderBy} ${where.replace(/,$/, '') || 'of every model'}, ${direction}: every model there at the start, exactly once`, async () => {
        const read = modelsPage(orderBy, where);
        const before = await everything(read);
        expect(before.length).toBeGreaterThan(20);
        // About a dozen pages, whatever the list's length: each boundary between two pages is where rows could
        // be lost or seen twice, and two models are written at the ends of the order at each of them.
        const size = Math.max(6, Math.ceil(before.length / 12));
        if (walked) {
          // cypher/model/page/filtered-or-walked walks when matches^2 >= 4 x (page + 1) x all models.
          const all = (await send<{ models: { totalCount: number } }>('{ models(first: 1) { totalCount } }')).models.totalCount;
          expect(before.length ** 2).toBeGreaterThanOrEqual(4 * (size + 1) * all);
        }
        const seen = await walk(read, size, direction, async (page) => {
          // One at each end of every order: first and last by name, date and size.
          await writeModel(`AAA keyset test ${page}`, '2031-01-01', 100_000);
          await writeModel(`zzz keyset test ${page}`, '1990-01-01', 0.001);
        });
        expectEveryRowOnce(seen, before);
        // The walk read the list as it was when each page was asked: in the list's order throughout.
        const now = await everything(read);
        expect(seen).toEqual(now.filter((id) => seen.includes(id)));
      });
    }
  }
});

describe("a benchmark's results paged while results are recorded", () => {
  let recorded = 0;
  const record = (score: number) =>
    send(
      'mutation ($input: BenchmarkResultInput!) { recordBenchmarkResult(input: $input) { id } }',
      {
        input: {
          model: 'qwen3-32b',
          benchmark: 'aime-2025',
          score,
          reportedBy: 'Keyset test lab',
          sourceTable: `Keyset test table ${++recorded}`,
          setting: 'pass@1',
          source: { url: `https://example.org/keyset-results-${recorded}`, title: 'A result recorded between two pages' },
        },
      },
      editorToken,
    );
  const read = async (window: string) =>
    (await send<{ benchmark: { results: Page } }>(`{ benchmark(id: "aime-2025") { results(${window}) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`))
      .benchmark.results;

  for (const direction of ['forwards', 'backwards'] as const) {
    it(`best first, ${direction}: every result there at the start, exactly once`, async () => {
      const before = await everything(read);
      expect(before.length).toBeGreaterThanOrEqual(6);
      const seen = await walk(read, 2, direction, async () => {
        await record(100); // above every page
        await record(0); // below every page
      });
      expectEveryRowOnce(seen, before);
    });
  }
});

describe('claims and search, paged to the end', () => {
  it('claims in document order: every claim once, forwards and backwards', async () => {
    const read = async (window: string) =>
      (await send<{ claims: Page }>(`{ claims(${window}) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`)).claims;
    const all = await read('first: 500');
    const ids = all.edges.map((edge) => edge.node.id);
    expect(ids).toHaveLength(all.totalCount);
    expect(await walk(read, 4, 'forwards', async () => {})).toEqual(ids);
    expect(await walk(read, 4, 'backwards', async () => {})).toEqual(ids);
  });

  it('search hits, best first: every hit once, forwards and backwards', async () => {
    const read = async (window: string) =>
      (await send<{ search: Page }>(`{ search(text: "open", ${window}) { totalCount edges { cursor node { node { id } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`)).search;
    const flat = async (window: string) => {
      const page = (await read(window)) as unknown as { edges: Array<{ cursor: string; node: { node: { id: string } } }> } & Page;
      return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.node })) };
    };
    const all = await flat('first: 500');
    const ids = all.edges.map((edge) => edge.node.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(ids).toHaveLength(all.totalCount);
    expect(await walk(flat, 6, 'forwards', async () => {})).toEqual(ids);
    expect(await walk(flat, 6, 'backwards', async () => {})).toEqual(ids);
  });

  it("refuses one list's cursor in another, naming the argument", async () => {
    const models = await modelsPage('NAME_ASC', '')('first: 1');
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ claims(first: 2, after: ${JSON.stringify(models.pageInfo.endCursor)}) { totalCount } }` }),
    });
    const { errors } = (await response.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    expect(errors[0]!.message).toContain('another list: "Model:NAME_ASC"');
  });
});
