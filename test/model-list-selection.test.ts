import { getNamedType, isLeafType, isObjectType, type GraphQLObjectType } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { schema } from '../src/graphql/schema.js';
import { createApp } from '../src/server/yoga.js';
import { ask } from './support/graphql.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/**
 * A models list returns only the properties its request reads, and the models' results in the same round
 * trip (cypher/model/picked). Whatever a request selects, the list must answer exactly what the same
 * models answer when loaded one by one (node ids, full rows): every field of the schema is asked here,
 * so a field that reads a property without declaring it fails this test rather than turning null.
 */
const db = testDatabase();
const app = createApp({ db, logger: quietLogger });
afterAll(() => db.close());

/** Every field of a type that takes no required argument and returns a scalar or enum. */
function leaves(typeName: string): string {
  const type = schema.getType(typeName) as GraphQLObjectType;
  return Object.values(type.getFields())
    .filter((field) => isLeafType(getNamedType(field.type)) && field.args.every((arg) => arg.type.toString().slice(-1) !== '!'))
    .map((field) => field.name)
    .join(' ');
}

const licence = `{ ${leaves('Licence')} terms { ${leaves('LicenceTerms')} } }`;
const everything = `${leaves('Model')}
  organization { ${leaves('Organization')} }
  licence ${licence}
  codeLicence ${licence}
  tier { ${leaves('Tier')} }
  results { ${leaves('BenchmarkResult')} model { modelId } source { id } benchmark { ${leaves('Benchmark')} } }`;

describe('a models list reads what its request asks, and nothing is lost', () => {
  it('answers every field of every model as the models loaded one by one do', async () => {
    expect(isObjectType(schema.getType('Model'))).toBe(true);
    const list = await ask(app, `{ models(first: 40, orderBy: NAME_ASC, where: { curated: true }) { totalCount edges { node { ${everything} } } } }`);
    expect(list.errors).toBeUndefined();
    // The list with results and benchmarks, then one level: the results' models and their sources, together.
    expect(list.roundTrips).toBe(2);
    const models = list.data!.models.edges.map((edge: { node: { id: string } }) => edge.node);
    expect(models).toHaveLength(list.data!.models.totalCount);

    const one = await ask(app, `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Model { ${everything} } } }`, { ids: models.map((m: { id: string }) => m.id) });
    expect(one.errors).toBeUndefined();
    expect(models).toEqual(one.data!.nodes);
    // The comparison means something: the seed's models have organizations, licences, terms and results.
    expect(models.filter((m: { results: unknown[] }) => m.results.length > 0).length).toBeGreaterThanOrEqual(15);
    expect(models.find((m: { modelId: string }) => m.modelId === 'deepseek-r1')).toMatchObject({
      organization: { name: 'DeepSeek', country: 'China' },
      licence: { spdx: 'MIT', terms: { commercialUse: true } },
    });
  });

  it('answers the models of a leaderboard as the models loaded one by one do', async () => {
    // every table's best (sameSource: false), for a board of many models
    const board = await ask(app, `{ leaderboard(benchmark: "gpqa-diamond", sameSource: false, first: 50) { rank score model { id ${everything} } result { id ${leaves('BenchmarkResult')} source { id } model { modelId } benchmark { name } } } }`);
    expect(board.errors).toBeUndefined();
    const models = board.data!.leaderboard.map((entry: { model: { id: string } }) => entry.model);
    expect(models.length).toBeGreaterThan(10);
    const one = await ask(app, `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Model { id ${everything} } } }`, { ids: models.map((m: { id: string }) => m.id) });
    expect(one.errors).toBeUndefined();
    expect(models).toEqual(one.data!.nodes);
    const results = board.data!.leaderboard.map((entry: { result: { id: string } }) => entry.result);
    const loaded = await ask(app, `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on BenchmarkResult { id ${leaves('BenchmarkResult')} source { id } model { modelId } benchmark { name } } } }`, {
      ids: results.map((r: { id: string }) => r.id),
    });
    expect(results).toEqual(loaded.data!.nodes);
    for (const entry of board.data!.leaderboard) expect(entry.score).toBe(entry.result.score);
    const scoresAlone = await ask(app, `{ leaderboard(benchmark: "gpqa-diamond", sameSource: false, first: 50) { score } }`);
    expect(scoresAlone.data!.leaderboard).toEqual(board.data!.leaderboard.map((entry: { score: number }) => ({ score: entry.score })));
  });

  it('answers the winners and losers of benchmarkWins as the models loaded one by one do, in one round trip', async () => {
    const wins = await ask(app, `{ benchmarkWins(domain: MATH, winner: { licenceSpdx: ["MIT"] }, loser: { openness: [CLOSED] }) {
      winner { id ${leaves('Model')} organization { name } } loser { id name licence { spdx } } } }`);
    expect(wins.errors).toBeUndefined();
    expect(wins.roundTrips).toBe(1);
    const pairs = wins.data!.benchmarkWins as Array<{ winner: { id: string }; loser: { id: string } }>;
    expect(pairs.length).toBeGreaterThan(3);
    const one = await ask(app, `query ($w: [ID!]!, $l: [ID!]!) {
      winners: nodes(ids: $w) { ... on Model { id ${leaves('Model')} organization { name } } }
      losers: nodes(ids: $l) { ... on Model { id name licence { spdx } } } }`, { w: pairs.map((p) => p.winner.id), l: pairs.map((p) => p.loser.id) });
    expect(one.errors).toBeUndefined();
    expect(pairs.map((p) => p.winner)).toEqual(one.data!.winners);
    expect(pairs.map((p) => p.loser)).toEqual(one.data!.losers);
  });

  it('answers every field of a win, asked alone or with the results, as the results loaded one by one do', async () => {
    const args = 'domain: MATH, winner: { licenceSpdx: ["MIT"] }, loser: { openness: [CLOSED] }, sameSource: false';
    const leavesOfWin = leaves('BenchmarkWin');
    const full = await ask(app, `{ benchmarkWins(${args}) { ${leavesOfWin} source { id }
      winnerResult { id ${leaves('BenchmarkResult')} source { id } } loserResult { id ${leaves('BenchmarkResult')} source { id } } } }`);
    expect(full.errors).toBeUndefined();
    const wins = full.data!.benchmarkWins as Array<Record<string, any>>;
    expect(wins.length).toBeGreaterThan(3);
    for (const field of leavesOfWin.split(' ')) {
      const alone = await ask(app, `{ benchmarkWins(${args}) { ${field} } }`);
      expect(alone.errors, field).toBeUndefined();
      expect(alone.data!.benchmarkWins, field).toEqual(wins.map((win) => ({ [field]: win[field] })));
    }
    const results = await ask(app, `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on BenchmarkResult { id ${leaves('BenchmarkResult')} source { id } } } }`, {
      ids: wins.flatMap((win) => [win.winnerResult.id, win.loserResult.id]),
    });
    expect(results.errors).toBeUndefined();
    expect(wins.flatMap((win) => [win.winnerResult, win.loserResult])).toEqual(results.data!.nodes);
    for (const win of wins) {
      expect([win.winnerScore, win.loserScore, win.sourceTable]).toEqual([win.winnerResult.score, win.loserResult.score, win.winnerResult.sourceTable]);
      expect(win.source).toEqual(win.winnerResult.source);
    }
  });

  it('takes results with arguments, and fragments, the way a single model does', async () => {
    const query = `fragment Scores on Model { math: results(domain: MATH) { score benchmark { name } } all: results { score } }
      { models(first: 5, where: { organization: ["deepseek"], curated: true }, orderBy: NAME_ASC) { edges { node { modelId ...Scores } } } }`;
    const list = await ask(app, query);
    expect(list.errors).toBeUndefined();
    const byModel = await Promise.all(
      list.data!.models.edges.map(async ({ node }: { node: { modelId: string } }) =>
        (await ask(app, `fragment Scores on Model { math: results(domain: MATH) { score benchmark { name } } all: results { score } }
          { model(id: "${node.modelId}") { modelId ...Scores } }`)).data!.model,
      ),
    );
    expect(list.data!.models.edges.map((edge: { node: unknown }) => edge.node)).toEqual(byModel);
    expect(byModel.some((m: { math: unknown[] }) => m.math.length > 0)).toBe(true);
  });

  it('returns a deep read (models, organization, licence, results, benchmarks) in one round trip', async () => {
    const answer = await ask(app, `{ models(first: 50, where: { curated: true }) { edges { node { name organization { name } licence { spdx } results { score benchmark { name } } } } } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.roundTrips).toBe(1);
  });
});
