import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { schema } from '../src/graphql/schema.js';
import { createApp } from '../src/server/yoga.js';
import { ask } from './support/graphql.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/**
 * "One round trip per level of a GraphQL query at most", for every field of Query: each is asked with a
 * selection three levels deep (every leaf, every relation, every relation of those), once with only its
 * required arguments and once with every optional argument this file knows a value for, nested fields'
 * arguments included (results(benchmark:) inside a models list). What must hold: no field costs more than
 * one trip however many parents it has (no N+1, no second trip to find an argument first), and the sibling
 * relations of one level, each one query for all its parents (DataLoader), go to Neo4j together: the trips
 * a request makes are at most the levels of relations it selects (the connection wrappers edges, node and
 * pageInfo are not levels of their own), and fewer where a list projects its neighbours in its own query.
 */
const db = testDatabase();
// The generated documents are far larger than a person writes: the document limits are not under test here;
// nor is the response cache, which would answer a repeated question with no trip at all.
const app = createApp({ db, logger: quietLogger, config: { MAX_COST: 1e9, MAX_TOKENS: 1e6, MAX_DEPTH: 100, MAX_ALIASES: 1000, RESPONSE_CACHE_SIZE: 0 } });
afterAll(() => db.close());

/** Values for arguments, by name; a required argument missing here fails the test and names itself. */
const ARGUMENT_VALUES: Record<string, string> = {
  // Query.node.id and Query.nodes.ids are set in the test from a global id the server gave.
  'Query.organization.id': '"deepseek"',
  'Query.licence.id': '"apache-2.0"',
  'Query.model.id': '"deepseek-r1"',
  'Query.offering.id': '"openai/o3"',
  asOf: '"2025-07-01"',
  'Query.benchmark.id': '"AIME 2025"',
  'Query.fact.id': '"deepseek-r1-mit"',
  'Query.leaderboard.benchmark': '"AIME 2025"',
  'Query.modelCounts.groupBy': 'OPENNESS',
  'Query.search.text': '"deepseek"',
  benchmark: '"AIME 2025"',
  domain: 'MATH',
  first: '5',
  depth: '1',
  limit: '50',
  section: '2',
  text: '"open"',
  search: '"deepseek"',
  country: '["China"]',
  about: '["deepseek-r1"]',
  where: '{ openness: [OPEN_WEIGHTS] }',
  winner: '{ openness: [OPEN_WEIGHTS] }',
  loser: '{ openness: [CLOSED] }',
};
/** Arguments left out of the "every optional argument" request: cursors only a previous page gives. */
const NOT_SAMPLED = new Set(['before', 'after', 'last']);

const WRAPPER = /(Connection|Edge)$|^PageInfo$/;
const MAX_LEVELS = 3;

function valueFor(owner: string, arg: GraphQLArgument): string | undefined {
  const named = ARGUMENT_VALUES[`${owner}.${arg.name}`] ?? ARGUMENT_VALUES[arg.name];
  if (named !== undefined) return named;
  const type = getNullableType(arg.type) as GraphQLInputType;
  const list = isListType(type);
  const inner = getNamedType(type);
  let value: string | undefined;
  if (isEnumType(inner)) value = inner.getValues()[0]!.name;
  else if (inner.name === 'Boolean') value = 'true';
  else if (inner.name === 'Int') value = '5';
  else if (isInputObjectType(inner)) return undefined;
  return value === undefined ? undefined : list ? `[${value}]` : value;
}

function argumentsOf(owner: string, field: GraphQLField<unknown, unknown>, optional: boolean): string | null {
  const given: string[] = [];
  for (const arg of field.args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    if (!required && (!optional || NOT_SAMPLED.has(arg.name))) continue;
    const value = valueFor(`${owner}.${field.name}`, arg);
    if (value === undefined) {
      if (required) throw new Error(`No value for the required argument ${owner}.${field.name}.${arg.name}: add one to ARGUMENT_VALUES.`);
      continue;
    }
    given.push(`${arg.name}: ${value}`);
  }
  return given.length ? `(${given.join(', ')})` : '';
}

const canAsk = (field: GraphQLField<unknown, unknown>) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined);

/**
 * A selection of `type`, how many relation fields it selects below the field that returns it, and how many
 * levels deep those go.
 */
function selectionOf(type: GraphQLNamedType, levelsLeft: number, optional: boolean): { text: string; relations: number; levels: number } {
  if (isAbstractType(type)) {
    // A Node of any kind: its leaves, per kind.
    const parts = schema.getPossibleTypes(type).map((possible) => `... on ${possible.name} { ${leavesOf(possible)} }`);
    return { text: `{ __typename ${parts.join(' ')} }`, relations: 0, levels: 0 };
  }
  if (!isObjectType(type)) return { text: '', relations: 0, levels: 0 };
  const parts: string[] = [];
  let relations = 0;
  let levels = 0;
  // The fields of a connection, an edge or a page (edges, node, pageInfo) are part of the relation that
  // returned it, not relations of their own.
  const partOfRelation = WRAPPER.test(type.name);
  for (const field of Object.values(type.getFields())) {
    const target = getNamedType(field.type);
    if (isLeafType(target)) {
      if (canAsk(field) && !field.args.length) parts.push(field.name);
      continue;
    }
    if (!canAsk(field)) continue;
    if (!partOfRelation && levelsLeft === 0) continue;
    const nested = selectionOf(target, partOfRelation ? levelsLeft : levelsLeft - 1, optional);
    if (!nested.text) continue;
    parts.push(`${field.name}${argumentsOf(type.name, field, optional)} ${nested.text}`);
    relations += nested.relations + (partOfRelation ? 0 : 1);
    levels = Math.max(levels, nested.levels + (partOfRelation ? 0 : 1));
  }
  return { text: parts.length ? `{ ${parts.join(' ')} }` : '', relations, levels };
}

/** Leaves of one kind of Node, aliased by kind: two kinds may have a `kind` of different enum types. */
function leavesOf(type: GraphQLObjectType): string {
  return Object.values(type.getFields())
    .filter((field) => isLeafType(getNamedType(field.type)) && !field.args.length)
    .map((field) => `${type.name}_${field.name}: ${field.name}`)
    .join(' ');
}

const queryType = schema.getQueryType()!;

describe('every level of every query is at most one round trip to Neo4j', () => {
  for (const optional of [false, true]) {
    it(`costs at most one trip per level of relations selected, for every field of Query asked three levels deep ${optional ? 'with every optional argument' : 'with its required arguments only'}`, async () => {
      const someModel: string = (await ask(app, '{ model(id: "deepseek-r1") { id } }')).data!.model.id;
      ARGUMENT_VALUES['Query.node.id'] = JSON.stringify(someModel);
      ARGUMENT_VALUES['Query.nodes.ids'] = JSON.stringify([someModel]);
      const measured: Array<{ field: string; relations: number; levels: number; roundTrips: number; document: string }> = [];
      for (const field of Object.values(queryType.getFields())) {
        const target = getNamedType(field.type);
        const nested = selectionOf(target, MAX_LEVELS - 1, optional);
        const document = `{ ${field.name}${argumentsOf('Query', field, optional)} ${nested.text} }`;
        const answer = await ask(app, document);
        expect(answer.errors, `${document}\n${JSON.stringify(answer.errors)}`).toBeUndefined();
        // The root field itself is one relation and one level: the question or the list asked.
        measured.push({ field: field.name, relations: nested.relations + 1, levels: nested.levels + 1, roundTrips: answer.roundTrips, document });
      }
      const over = measured.filter((m) => !(m.roundTrips <= m.levels));
      expect(over).toEqual([]);
      // Not a walk of single relations: most documents select several relations on one level.
      expect(measured.filter((m) => m.relations > m.levels).length).toBeGreaterThan(measured.length / 2);
      // The walk reached every query field, and the ones the issue named among them.
      expect(measured.map((m) => m.field)).toEqual(expect.arrayContaining(['benchmark', 'opennessGap', 'models', 'benchmarkWins']));
      expect(measured).toHaveLength(Object.keys(queryType.getFields()).length);
    });
  }

  it('finds a benchmark named by id or name inside the question asked: benchmark(id:), opennessGap(benchmark:), results(benchmark:)', async () => {
    const byName = await ask(app, '{ benchmark(id: "aime 2025") { benchmarkId } }');
    expect(byName).toMatchObject({ data: { benchmark: { benchmarkId: 'aime-2025' } }, roundTrips: 1 });
    const gap = await ask(app, '{ opennessGap(benchmark: "AIME 2025") { matchedCount pairs { benchmark { benchmarkId } } } }');
    expect(gap.errors).toBeUndefined();
    expect(gap.roundTrips).toBe(1);
    expect(new Set(gap.data!.opennessGap.pairs.map((p: { benchmark: { benchmarkId: string } }) => p.benchmark.benchmarkId))).toEqual(new Set(['aime-2025']));
    const results = await ask(app, '{ models(first: 50, where: { curated: true }) { edges { node { results(benchmark: "AIME 2025") { benchmark { benchmarkId } } } } } }');
    expect(results.errors).toBeUndefined();
    expect(results.roundTrips).toBe(2);
    const benchmarks = results.data!.models.edges.flatMap((e: { node: { results: Array<{ benchmark: { benchmarkId: string } }> } }) => e.node.results.map((r) => r.benchmark.benchmarkId));
    expect(benchmarks.length).toBeGreaterThan(0);
    expect(new Set(benchmarks)).toEqual(new Set(['aime-2025']));
  });

  it('starts graph(search:) from the best matches of the search in the one trip that draws the neighbourhood', async () => {
    const found = await ask(app, '{ graph(search: "deepseek r1", depth: 1) { nodes { id label } edges { source target } truncated } }');
    expect(found.errors).toBeUndefined();
    expect(found.roundTrips).toBe(1);
    expect(found.data!.graph.nodes.map((n: { label: string }) => n.label)).toContain('DeepSeek-R1');
    expect(found.data!.graph.edges.length).toBeGreaterThan(0);
    const none = await ask(app, '{ graph(search: "zzqxv") { nodes { id } edges { source } truncated } }');
    expect(none).toMatchObject({ data: { graph: { nodes: [], edges: [], truncated: false } }, roundTrips: 1 });
  });

  it('names an unknown benchmark, wherever it is asked, in the same one trip', async () => {
    for (const [document, path, levels] of [
      ['{ opennessGap(benchmark: "no such") { matchedCount } }', ['opennessGap'], 1],
      ['{ scoreStatistics(benchmark: "no such") { count } }', ['scoreStatistics'], 1],
      ['{ benchmarkWins(benchmark: "no such") { margin } }', ['benchmarkWins'], 1],
      ['{ leaderboard(benchmark: "no such") { rank } }', ['leaderboard'], 1],
      ['{ model(id: "deepseek-r1") { results(benchmark: "no such") { score } } }', ['model', 'results'], 2],
    ] as const) {
      const answer = await ask(app, document);
      expect(answer.errors?.[0], document).toMatchObject({ message: expect.stringContaining('Unknown benchmark "no such"'), path, extensions: { code: 'BAD_USER_INPUT' } });
      expect(answer.roundTrips, document).toBeLessThanOrEqual(levels);
    }
    expect((await ask(app, '{ benchmark(id: "no such") { name } }')).data).toEqual({ benchmark: null });
  });
});
