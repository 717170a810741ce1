import { getNamedType, getNullableType, isEnumType, isListType, type GraphQLEnumType, type GraphQLInputObjectType, type GraphQLInputType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { KeysetPage } from '../../src/one-trip/asked.js';
import { modelPageQuery, type AssembledQuery } from '../../src/model/model.repository.js';
import type { ModelPick } from '../../src/model/model.repository.js';
import { benchmarkWinsQuery, leaderboardQuery, modelCountsQuery, opennessGapQuery, scoreStatisticsQuery, searchPageQuery } from '../../src/questions/questions.repository.js';
import { schema } from '../../src/graphql/schema.js';

/**
 * What the server sends Neo4j, without a database (as neo4j/graphql's TCK tests do): the Cypher and the
 * parameters assembled for one shape of every ModelFilter field, every ModelOrder and every ModelGrouping,
 * in a models list, in modelCounts and in both sides of benchmarkWins. The snapshots
 * (test/unit/__snapshots__/assembled-cypher.test.ts.snap) show a reviewer what a change to a fragment does to
 * every query it is part of; `npx vitest run test/unit/assembled-cypher.test.ts -u` rewrites them on purpose.
 */
const filterFields = Object.values((schema.getType('ModelFilter') as GraphQLInputObjectType).getFields());
const enumValues = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name);

/** One value of an input field's type: the first of an enum, a plain one of a scalar, in a list where the field takes one. */
function sampleOf(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  const named = getNamedType(type);
  const one = isEnumType(named)
    ? named.getValues()[0]!.value
    : ({ String: 'qwen', Int: 1, Float: 70, Date: '2025-01-01', Boolean: true } as Record<string, unknown>)[named.name];
  if (one === undefined) throw new Error(`No sample value for an input of type ${named.name}: add one to sampleOf.`);
  return isListType(nullable) ? [one] : one;
}

/** A first page of 20, and a page of 10 after the cursor of "Llama 3.1 8B" (keyset: its sort value and id). */
const FIRST_PAGE: KeysetPage = { after: null, before: null, limit: 21, inverted: false };
const SECOND_PAGE: KeysetPage = { after: ['llama 3.1 8b', 'llama-3-1-8b'], before: null, limit: 11, inverted: false };

const PICK: ModelPick = {
  model: ['key', 'name', 'releaseDate'],
  organization: ['key', 'name'],
  licence: ['key', 'spdx'],
  codeLicence: null,
  tier: null,
  result: ['key', 'score'],
  benchmark: ['key', 'name'],
};

/**
 * What must hold of every assembled query, beside its snapshot: whole, without comment lines, and every parameter it
 * reads given.
 * The snapshot leaves out the picks, the same PICK everywhere.
 */
function checked({ query, params }: AssembledQuery): { text: string; params: Record<string, unknown> } {
  expect(query.text, query.name).not.toMatch(/\{\{|\}\}/);
  // Sent without the files' comment lines: Bolt carries the whole text with every run.
  expect(query.text, query.name).not.toMatch(/^\s*\/\//m);
  const read = new Set([...query.text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]!));
  expect([...read].filter((name) => !(name in params)), query.name).toEqual([]);
  const { pick: _pick, resultPick: _resultPick, ...rest } = params;
  return { text: query.text, params: rest };
}

/** Each parameter's type as Neo4j's plan cache tells them apart: null, a list, or the value's own type. */
function parameterTypes(params: Record<string, unknown>): Record<string, string> {
  const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value);
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeOf(value)]));
}

describe('a models list is assembled from the conditions its filter sets', () => {
  for (const field of filterFields) {
    it(`where: { ${field.name} }`, () => {
      const where = { [field.name]: sampleOf(field.type) };
      const assembled = checked(modelPageQuery({ where, orderBy: 'NAME_ASC' }, SECOND_PAGE, PICK));
      // The condition on this field is in the query, and the filter reaches it as a parameter.
      expect(assembled.text).toContain(`modelFilter.${field.name}`);
      expect(assembled.params.where).toEqual(where);
      expect(assembled).toMatchSnapshot();
    });
  }

  it('where: { every field at once }, matched through the developer, the licence read from its copy on the model', () => {
    const where = Object.fromEntries(filterFields.map((field) => [field.name, sampleOf(field.type)]));
    const assembled = checked(modelPageQuery({ where }, FIRST_PAGE, PICK));
    expect(assembled.text).toContain('MATCH (o:Organization)-[:DEVELOPS]->(m:Model)');
    expect(assembled.text).toContain('m.licenceSpdx IN modelFilter.licenceSpdx');
    expect(assembled.text).toContain('m.licenceCategory IN modelFilter.licenceCategory');
    expect(assembled).toMatchSnapshot();
  });

  for (const order of enumValues('ModelOrder')) {
    it(`orderBy: ${order}, with and without a filter`, () => {
      const all = checked(modelPageQuery({ orderBy: order }, FIRST_PAGE, PICK));
      const filtered = checked(modelPageQuery({ orderBy: order, where: { openness: ['CLOSED'] } }, FIRST_PAGE, PICK));
      expect(all.text).not.toContain('modelFilter.');
      expect({ all, filtered }).toMatchSnapshot();
    });
  }

  it('reads a page backwards (`last`) in the other order, seeking in the list\'s own', () => {
    const backwards = checked(modelPageQuery({ orderBy: 'NAME_ASC' }, { ...SECOND_PAGE, inverted: true }, PICK));
    expect(backwards.text).toContain('sortValue > $page.after[0]');
    expect(backwards.text).toContain('ORDER BY sortValue DESC, sortId DESC');
    const forwards = checked(modelPageQuery({ orderBy: 'NAME_DESC' }, SECOND_PAGE, PICK));
    expect(forwards.text).toContain('sortValue < $page.after[0]');
    expect(forwards.text).toContain('ORDER BY sortValue DESC, sortId DESC');
  });

  it('sends the first page, the next and one read backwards with parameters of the same types: one plan in Neo4j', () => {
    // Neo4j keys its plans by the text and the types of its parameters: a null where a list was is a plan more.
    const backwards: KeysetPage = { after: null, before: ['qwen3 32b', 'qwen3-32b'], limit: 11, inverted: true };
    for (const where of [undefined, { curated: false }]) {
      const first = parameterTypes(modelPageQuery({ where, orderBy: 'NAME_ASC' }, FIRST_PAGE, PICK).params);
      expect(parameterTypes(modelPageQuery({ where, orderBy: 'NAME_ASC' }, SECOND_PAGE, PICK).params)).toEqual(first);
      expect(parameterTypes(modelPageQuery({ where, orderBy: 'NAME_ASC' }, backwards, PICK).params)).toEqual(first);
    }
    expect(parameterTypes(searchPageQuery('qwen*', SECOND_PAGE).params)).toEqual(parameterTypes(searchPageQuery('qwen*', FIRST_PAGE).params));
  });

  it('assembles the same query for the same shape, whatever the order of the filter fields', () => {
    const a = modelPageQuery({ where: { family: ['Qwen'], tier: [1] } }, FIRST_PAGE, PICK);
    const b = modelPageQuery({ where: { tier: [2], family: ['Llama'] } }, FIRST_PAGE, PICK);
    expect(b.query).toBe(a.query);
  });

  it('totals from the kept counts by cell when every condition is on a kept field, by counting the matches otherwise, and not at all when not asked', () => {
    const totalOf = (text: string) => text.slice(text.indexOf('CALL (modelFilter) {'), text.indexOf('}', text.indexOf('CALL (modelFilter) {')));
    const kept = totalOf(modelPageQuery({ where: { openness: ['OPEN_WEIGHTS'], country: ['China'], tier: [1] } }, FIRST_PAGE, PICK).query.text);
    expect(kept).toContain('MATCH (tally:ModelTally)');
    expect(kept).not.toMatch(/\(m:Model\)/);
    const matched = totalOf(modelPageQuery({ where: { openness: ['OPEN_WEIGHTS'], family: ['Qwen'] } }, FIRST_PAGE, PICK).query.text);
    expect(matched).toContain('count(m) AS totalCount');
    expect(matched).not.toContain('ModelTally');
    const unasked = totalOf(modelPageQuery({ where: { family: ['Qwen'] } }, FIRST_PAGE, PICK, undefined, false).query.text);
    expect(unasked).toContain('RETURN null AS totalCount');
    // A kept total is cheap, and decides how the page is found (below), so it is had even when not asked.
    const keptUnasked = totalOf(modelPageQuery({ where: { openness: ['OPEN_WEIGHTS'] } }, FIRST_PAGE, PICK, undefined, false).query.text);
    expect(keptUnasked).toContain('MATCH (tally:ModelTally)');
  });

  it('walks the order when the total is kept and the order has an index, and chooses in the query by the total', () => {
    const walks = (orderBy: string, where: Record<string, unknown>) => modelPageQuery({ where, orderBy }, SECOND_PAGE, PICK).query.text.includes('USING INDEX');
    expect(walks('RELEASE_DATE_DESC', { openness: ['OPEN_WEIGHTS'], country: ['China'] })).toBe(true);
    expect(walks('NAME_ASC', { curated: false })).toBe(true);
    // No index of the order (oldest first sorts unknown dates last too), or no kept total: from the filter only.
    expect(walks('RELEASE_DATE_ASC', { openness: ['OPEN_WEIGHTS'] })).toBe(false);
    expect(walks('TOTAL_PARAMS_DESC', { openness: ['OPEN_WEIGHTS'] })).toBe(false);
    expect(walks('RELEASE_DATE_DESC', { openness: ['OPEN_WEIGHTS'], family: ['Qwen'] })).toBe(false);
    const { query, params } = modelPageQuery({ where: { curated: false }, orderBy: 'NAME_ASC' }, SECOND_PAGE, PICK);
    expect(query.text).toContain('totalCount * totalCount >= 4 * toInteger($limit) * COUNT { (:Model) }');
    // The walk reads the name index from the cursor's position on: after "llama 3.1 8b" in ascending order.
    expect(params).toMatchObject({ low: 'llama 3.1 8b', high: '\uffff' });
    const newest = modelPageQuery({ where: { curated: false }, orderBy: 'RELEASE_DATE_DESC' }, { after: ['2025-01-01', 'x'], before: null, limit: 21, inverted: false }, PICK);
    expect(newest.params).toMatchObject({ low: '', high: '2025-01-01' });
  });
});

describe('modelCounts is assembled from its grouping and its filter', () => {
  for (const groupBy of enumValues('ModelGrouping')) {
    it(`groupBy: ${groupBy}, with and without a filter`, () => {
      const all = checked(modelCountsQuery({ groupBy }));
      // Matched through the developer, which binds o beside m: a grouping of its own o would read that
      // instead (src/neo4j/cypher.ts refuses it).
      const filtered = checked(modelCountsQuery({ groupBy, where: { country: ['China'], licenceSpdx: ['Apache-2.0'] } }));
      expect(filtered.text).toContain('modelFilter.country');
      expect({ all, filtered }).toMatchSnapshot();
    });
  }
});

describe('benchmarkWins is assembled from the conditions of each side, in its own slot', () => {
  for (const side of ['winner', 'loser'] as const) {
    for (const field of filterFields) {
      it(`${side}: { ${field.name} }`, () => {
        const filter = { [field.name]: sampleOf(field.type) };
        const assembled = checked(benchmarkWinsQuery({ domain: 'math', [side]: filter }, 100, PICK, ['score', 'sourceId']));
        expect(assembled.params[side]).toEqual(filter);
        expect(assembled.params[side === 'winner' ? 'loser' : 'winner']).toEqual({});
        expect(assembled).toMatchSnapshot();
      });
    }
  }
});

describe("a question's optional arguments", () => {
  // Neo4j keys its plans by the text and the types of its parameters (a null and a string are two): the optional
  // arguments travel in one map, $asked, so that a question is one plan whichever of them a client gives.
  const types = ({ params }: AssembledQuery) => parameterTypes(params);

  it('leave the parameters of benchmarkWins, leaderboard, opennessGap and scoreStatistics of the same types, given or not', () => {
    const wins = (args: Parameters<typeof benchmarkWinsQuery>[0]) => types(benchmarkWinsQuery(args, 100, PICK, ['score']));
    expect(wins({ benchmark: 'aime-2025', domain: 'math' })).toEqual(wins({}));
    const board = (args: Parameters<typeof leaderboardQuery>[0]) => types(leaderboardQuery(args, 20, PICK, ['score']));
    expect(board({ benchmark: 'aime-2025', openness: ['CLOSED'], evaluator: ['self'], sourceTable: 'Table 3' })).toEqual(board({ benchmark: 'aime-2025' }));
    for (const question of [opennessGapQuery, scoreStatisticsQuery]) {
      expect(types(question({ benchmark: 'aime-2025', domain: 'math', sameSource: false }))).toEqual(types(question({})));
    }
  });
});
