import { afterAll, describe, expect, it } from 'vitest';
import { assembledQueries, cypher, keepAssembledQueries } from '../src/neo4j/cypher.js';
import { createApp } from '../src/server/yoga.js';
import { ask } from './support/graphql.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/**
 * A filter, an order or a grouping is a shape: the query assembled for it is its own text, and its own plan
 * in Neo4j. Shapes are many (about 131k of `models`), so the server keeps a bounded number of them, and one
 * request may combine only a few.
 */
const FILTER_FIELDS = ['name', 'family', 'organization', 'country', 'openness', 'status', 'releasedAfter', 'minTotalParamsB', 'tier', 'domain'] as const;

/** The ModelFilter condition files of one shape, by the bits of `n`. */
const conditionsOf = (n: number) => FILTER_FIELDS.filter((_field, bit) => n & (1 << bit));

describe('assembled queries are kept within QUERY_CACHE_SIZE', () => {
  it('keeps at most the configured number, and assembles a dropped one again to the same text', () => {
    const shapeText = (n: number) => cypher('model/list', { 'model/match': ['models'], 'model/where': conditionsOf(n), 'model/count': ['matches'], 'model/page': ['filtered'], 'model/sort': ['NAME_ASC'], 'page/seek': ['ASC'], 'page/order': ['ASC'] }).text;
    keepAssembledQueries(5);
    try {
      const first = shapeText(1);
      for (let n = 2; n < 200; n++) shapeText(n);
      expect(assembledQueries()).toEqual({ size: 5, max: 5 });
      expect(shapeText(1)).toBe(first);
      expect(first).toContain('modelFilter.name');
    } finally {
      keepAssembledQueries(500);
    }
  });
});

describe('one request combines at most MAX_QUERY_SHAPES shapes', () => {
  const db = testDatabase();
  const app = createApp({ db, logger: quietLogger, config: { MAX_QUERY_SHAPES: 3 } });
  afterAll(() => db.close());

  const where = ['{ openness: [OPEN_WEIGHTS] }', '{ country: ["China"] }', '{ family: ["Qwen"] }', '{ status: [RELEASED] }'];
  const lists = (filters: string[]) => `{ ${filters.map((filter, i) => `l${i}: models(first: 2, where: ${filter}) { totalCount }`).join(' ')} }`;

  it('answers as many lists as asked when they share their shapes', async () => {
    const answer = await ask(app, lists([where[0]!, where[1]!, where[2]!, '{ openness: [CLOSED] }', '{ country: ["France"] }']));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.l0.totalCount).toBeGreaterThan(0);
    expect(answer.data!.l3.totalCount).toBeGreaterThan(0);
  });

  it('refuses the list that would add a fourth shape, naming the limit and the field', async () => {
    const answer = await ask(app, lists(where));
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0]).toMatchObject({
      message: expect.stringContaining('more than 3 distinct shapes'),
      path: ['l3'],
      extensions: { code: 'QUERY_SHAPE_LIMIT_EXCEEDED', limit: 3 },
    });
    // models is non-null, so the refusal of one list is the refusal of the request.
    expect(answer.data).toBeNull();
  });

  it('counts the shapes of benchmarkWins and modelCounts too', async () => {
    const answer = await ask(
      app,
      `{ a: modelCounts(groupBy: COUNTRY, where: { openness: [CLOSED] }) { count }
         b: modelCounts(groupBy: FAMILY, where: { openness: [CLOSED] }) { count }
         c: benchmarkWins(domain: MATH, winner: { licenceSpdx: ["Apache-2.0"] }, loser: { openness: [CLOSED] }) { margin }
         d: benchmarkWins(domain: MATH, winner: { openness: [OPEN_WEIGHTS] }, loser: { openness: [CLOSED] }) { margin } }`,
    );
    expect(answer.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['d'], 'QUERY_SHAPE_LIMIT_EXCEEDED']]);
    expect(answer.data).toBeNull();
    // The same four with three shapes among them are answered.
    const three = await ask(app, '{ a: modelCounts(groupBy: COUNTRY) { count } b: modelCounts(groupBy: COUNTRY) { count } c: benchmarkWins(domain: MATH, winner: { openness: [OPEN_WEIGHTS] }, loser: { openness: [CLOSED] }) { margin } d: benchmarkWins(domain: MATH, winner: { openness: [FULLY_OPEN] }, loser: { openness: [CLOSED] }) { margin } }');
    expect(three.errors).toBeUndefined();
    expect(three.data!.c.length).toBeGreaterThan(0);
  });
});
