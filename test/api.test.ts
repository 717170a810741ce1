import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { schema } from '../src/graphql/schema.js';
import { createApp } from '../src/server/yoga.js';
import { ask } from './support/graphql.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/** The GraphQL API as a person in GraphiQL and a tool over HTTP meet it, on the real seeded graph. */
const db = testDatabase();
const app = createApp({ db, logger: quietLogger });
afterAll(() => db.close());

const ids = (list: Array<{ modelId?: string; organizationId?: string }>) => list.map((x) => x.modelId ?? x.organizationId);

describe('a schema that explains itself', () => {
  it('describes every type, field, argument and enum value (GraphiQL\'s docs pane is the manual)', () => {
    const undescribed: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undescribed.push(`type ${type.name}`);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undescribed.push(`${type.name}.${field.name}`);
          if ('args' in field) for (const arg of field.args) if (!arg.description) undescribed.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) undescribed.push(`${type.name}.${value.name}`);
    }
    expect(undescribed).toEqual([]);
  });
});

describe('every relationship is navigable from both ends', () => {
  it('organization ⇄ models, licence ⇄ models, tier ⇄ models', async () => {
    const { data, errors } = await ask(app, `{
      organization(id: "deepseek") { name parent { name } models { modelId organization { organizationId } } }
      licence(id: "mit") { models { modelId licence { licenceId } } }
      model(id: "olmo-2-32b") { organization { models { modelId } } licence { spdx } tier { rank models { modelId } } } }`);
    expect(errors).toBeUndefined();
    expect(data!.organization.parent.name).toBe('High-Flyer');
    expect(ids(data!.organization.models)).toEqual(expect.arrayContaining(['deepseek-r1', 'deepseek-v3', 'deepseek-r2']));
    expect(data!.organization.models.every((m: { organization: { organizationId: string } }) => m.organization.organizationId === 'deepseek')).toBe(true);
    expect(ids(data!.licence.models)).toContain('deepseek-r1');
    expect(data!.licence.models.every((m: { licence: { licenceId: string } }) => m.licence.licenceId === 'mit')).toBe(true);
    expect(ids(data!.model.organization.models)).toContain('olmo-2-32b');
    expect(data!.model.tier.rank).toBeGreaterThan(0); // seed/models.yaml puts OLMo 2 32B in tier-3
    expect(ids(data!.model.tier.models)).toContain('olmo-2-32b');
  });

  it('benchmark ⇄ results ⇄ model, and a model\'s results by domain', async () => {
    const { data } = await ask(app, `{
      benchmark(id: "AIME 2025") { benchmarkId resultCount results(first: 3) { totalCount edges { node { score model { modelId results(benchmark: "aime-2025") { benchmark { benchmarkId } } } } } } }
      model(id: "deepseek-r1") { results(domain: MATH) { benchmark { benchmarkId domains } source { kind } } } }`);
    const results = data!.benchmark.results;
    expect(results.totalCount).toBe(data!.benchmark.resultCount);
    expect(results.edges.map((e: { node: { score: number } }) => e.node.score)).toEqual([88.9, 88.0, 81.5]);
    for (const edge of results.edges) {
      expect(edge.node.model.results.map((r: { benchmark: { benchmarkId: string } }) => r.benchmark.benchmarkId)).toContain('aime-2025');
    }
    expect(data!.model.results.length).toBeGreaterThan(0);
    for (const result of data!.model.results) expect(result.benchmark.domains).toContain('MATH');
  });

  it('organization ⇄ strategic motives, with the rationale, and claim ⇄ what it is about', async () => {
    const { data } = await ask(app, `{
      organization(id: "meta") { motives { motive { motiveId organizations { organization { organizationId } } } rationale } }
      model(id: "deepseek-r1") { claims { claimId about { id ... on Model { modelId } } } } }`);
    const motives = data!.organization.motives;
    expect(motives.map((m: { motive: { motiveId: string } }) => m.motive.motiveId)).toContain('commoditize-the-complement');
    for (const m of motives) {
      expect(m.rationale.length).toBeGreaterThan(10);
      expect(m.motive.organizations.map((a: { organization: { organizationId: string } }) => a.organization.organizationId)).toContain('meta');
    }
    const claims = data!.model.claims;
    expect(claims.map((c: { claimId: string }) => c.claimId)).toContain('deepseek-apache');
    for (const claim of claims) expect(claim.about.map((a: { modelId?: string }) => a.modelId)).toContain('deepseek-r1');
  });
});

describe('claims and facts point at nodes of every kind', () => {
  it("resolves every claim's and fact's subjects to typed nodes (models, labs, licences, domains, tiers, ...)", async () => {
    const { data, errors } = await ask(app, `{ claims(first: 500) { totalCount edges { node { about { __typename id } decidedBy { about { __typename } } } } } }`);
    expect(errors).toBeUndefined();
    const claims = data!.claims.edges.map((e: { node: unknown }) => e.node);
    expect(claims.length).toBe(data!.claims.totalCount);
    const kinds = new Set(claims.flatMap((c: { about: Array<{ __typename: string }> }) => c.about.map((a) => a.__typename)));
    expect([...kinds].sort()).toEqual(
      ['Benchmark', 'CapabilityDomain', 'DeploymentPattern', 'Licence', 'Model', 'Organization', 'Regulation', 'StrategicMotive', 'Technique', 'Tier'],
    );
  });
});

describe('Relay: global ids, node(id) and nodes(ids)', () => {
  it('refetches any node by the id it gave, and several at once in the order asked', async () => {
    const first = await ask(app, '{ model(id: "qwen3-235b-a22b") { id } organization(id: "mistral-ai") { id } }');
    const modelId = first.data!.model.id as string;
    const orgId = first.data!.organization.id as string;
    const { data, errors } = await ask(app, `{
      node(id: "${modelId}") { __typename ... on Model { modelId } }
      nodes(ids: ["${orgId}", "${modelId}"]) { __typename id } }`);
    expect(errors).toBeUndefined();
    expect(data!.node).toEqual({ __typename: 'Model', modelId: 'qwen3-235b-a22b' });
    expect(data!.nodes).toEqual([
      { __typename: 'Organization', id: orgId },
      { __typename: 'Model', id: modelId },
    ]);
  });

  it('answers the others when one id of nodes(ids:) is unknown: null there, and an error naming that id and position', async () => {
    const known = (await ask(app, '{ model(id: "deepseek-r1") { id } }')).data!.model.id as string;
    const missing = Buffer.from('Model:no-such-model').toString('base64');
    const foreign = Buffer.from('Spaceship:enterprise').toString('base64');
    const { data, errors } = await ask(app, `{ nodes(ids: ["${known}", "${missing}", "${foreign}", "not-an-id"]) { id } }`);
    expect(data!.nodes).toEqual([{ id: known }, null, null, null]);
    // A node that does not exist is simply null; an id that is not this graph's is named where it was sent.
    expect(errors!.map((e) => e.path)).toEqual([['nodes', 2], ['nodes', 3]]);
    expect(errors![0]!.message).toContain(`"${foreign}" is not a global id of this graph`);
    expect(errors![1]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', globalId: 'not-an-id', argument: 'ids[3]' });
  });

  it('answers null for a well-formed id of a node that does not exist', async () => {
    const unknown = Buffer.from('Model:no-such-model').toString('base64');
    const { data, errors } = await ask(app, `{ node(id: "${unknown}") { id } }`);
    expect(errors).toBeUndefined();
    expect(data!.node).toBeNull();
  });
});

describe('filters that compose, in Cypher', () => {
  it('Chinese open-weight models released in 2025 with at least 100B parameters', async () => {
    const { data } = await ask(app, `{ models(where: {country: ["China"], openness: [OPEN_WEIGHTS, RESTRICTED_OPEN],
        releasedAfter: "2025-01-01", minTotalParamsB: 100}, orderBy: NAME_ASC) {
      totalCount edges { node { modelId releaseDate totalParamsB openness organization { country } } } } }`);
    const models = data!.models.edges.map((e: { node: unknown }) => e.node);
    expect(models.length).toBe(data!.models.totalCount);
    expect(ids(models)).toEqual(expect.arrayContaining(['deepseek-r1', 'qwen3-235b-a22b']));
    for (const m of models) {
      expect(m.organization.country).toBe('China');
      expect(['OPEN_WEIGHTS', 'RESTRICTED_OPEN']).toContain(m.openness);
      expect(m.releaseDate >= '2025-01-01').toBe(true);
      expect(m.totalParamsB).toBeGreaterThanOrEqual(100);
    }
  });

  it('by licence SPDX id and category, family, organization name, status, tier and domain', async () => {
    const { data } = await ask(app, `{
      apache: models(where: {licenceSpdx: ["Apache-2.0"]}, first: 100) { edges { node { licence { spdx } } } }
      restricted: models(where: {licenceCategory: [RESTRICTED_OPEN], family: ["Llama"]}, first: 100) { edges { node { family licence { category } } } }
      byName: models(where: {organization: ["Mistral AI"]}, first: 100) { edges { node { organization { organizationId } } } }
      unreleased: models(where: {status: [ANNOUNCED, UNRELEASED]}) { edges { node { modelId openness } } }
      tier1: models(where: {tier: [1]}, first: 100) { edges { node { tier { rank } } } }
      coding: models(where: {domain: [CODING], name: "qwen"}, first: 100) { edges { node { name } } } }`);
    const nodes = (key: string) => data![key].edges.map((e: { node: unknown }) => e.node);
    expect(nodes('apache').length).toBeGreaterThan(0);
    expect(nodes('apache').every((m: { licence: { spdx: string } }) => m.licence.spdx === 'Apache-2.0')).toBe(true);
    expect(nodes('restricted').length).toBeGreaterThan(0);
    expect(nodes('restricted').every((m: { family: string; licence: { category: string } }) => m.family === 'Llama' && m.licence.category === 'RESTRICTED_OPEN')).toBe(true);
    expect(nodes('byName').length).toBeGreaterThan(0);
    expect(nodes('byName').every((m: { organization: { organizationId: string } }) => m.organization.organizationId === 'mistral-ai')).toBe(true);
    expect(nodes('unreleased')).toEqual(expect.arrayContaining([{ modelId: 'llama-4-behemoth', openness: null }, { modelId: 'deepseek-r2', openness: null }]));
    expect(nodes('tier1').length).toBeGreaterThan(0);
    expect(nodes('tier1').every((m: { tier: { rank: number } }) => m.tier.rank === 1)).toBe(true);
    expect(nodes('coding').length).toBeGreaterThan(0);
    expect(nodes('coding').every((m: { name: string }) => /qwen/i.test(m.name))).toBe(true);
  });

  it('orders by size, largest first, unknown sizes last, and pages without overlap', async () => {
    const page1 = await ask(app, '{ models(orderBy: TOTAL_PARAMS_DESC, first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { modelId totalParamsB } } } }');
    const sizes = page1.data!.models.edges.map((e: { node: { totalParamsB: number } }) => e.node.totalParamsB);
    expect(sizes).toEqual([...sizes].sort((a: number, b: number) => b - a));
    expect(sizes[0]).toBeGreaterThanOrEqual(400);
    const all = await ask(app, `{ models(orderBy: TOTAL_PARAMS_DESC, first: 500) { edges { node { modelId totalParamsB } } } }`);
    const allSizes = all.data!.models.edges.map((e: { node: { totalParamsB: number | null } }) => e.node.totalParamsB);
    const firstUnknown = allSizes.indexOf(null);
    expect(firstUnknown).toBeGreaterThan(0);
    expect(allSizes.slice(firstUnknown).every((s: number | null) => s === null)).toBe(true);

    const page2 = await ask(app, `{ models(orderBy: TOTAL_PARAMS_DESC, first: 5, after: "${page1.data!.models.pageInfo.endCursor}") { edges { node { modelId } } } }`);
    const idsOf = (answer: typeof page1) => answer.data!.models.edges.map((e: { node: { modelId: string } }) => e.node.modelId);
    expect(idsOf(page2)).toEqual(idsOf(all).slice(5, 10));
  });

  it('gives the last page with `last` alone, as Relay clients ask for the end of a list', async () => {
    const { data, errors } = await ask(app, `{
      all: models(orderBy: NAME_ASC, first: 500) { edges { node { modelId } } }
      end: models(orderBy: NAME_ASC, last: 3) { totalCount pageInfo { hasPreviousPage hasNextPage } edges { node { modelId } } }
      benchmarks { benchmarkId all: results(first: 500) { edges { node { id } } } end: results(last: 2) { totalCount edges { node { id } } } } }`);
    expect(errors).toBeUndefined();
    const ids = (connection: any) => connection.edges.map((e: any) => e.node.modelId ?? e.node.id);
    expect(ids(data!.end)).toEqual(ids(data!.all).slice(-3));
    expect(data!.end.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
    expect(data!.end.totalCount).toBe(ids(data!.all).length);
    // A benchmark's results, batched over every benchmark, each counted back from its own end.
    const withResults = data!.benchmarks.filter((b: any) => b.all.edges.length > 2);
    expect(withResults.length).toBeGreaterThan(3);
    for (const benchmark of data!.benchmarks) {
      expect(ids(benchmark.end), benchmark.benchmarkId).toEqual(ids(benchmark.all).slice(-2));
      expect(benchmark.end.totalCount).toBe(benchmark.all.edges.length);
    }
  });
});

describe('bad arguments get errors that say what was wrong, never an internal error', () => {
  const badly = async (query: string) => {
    const answer = await ask(app, query);
    expect(answer.errors?.length, query).toBeGreaterThan(0);
    for (const error of answer.errors!) {
      expect(error.message).not.toMatch(/unexpected error/i);
      expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(error.extensions?.code);
    }
    return answer.errors![0]!;
  };

  it('an unknown benchmark is named, with where to find the known ones', async () => {
    const error = await badly('{ leaderboard(benchmark: "MMLU-Ultra") { rank } }');
    expect(error.message).toContain('Unknown benchmark "MMLU-Ultra"');
    expect(error.extensions?.argument).toBe('benchmark');
    expect((await badly('{ benchmarkWins(benchmark: "nope") { margin } }')).message).toContain('"nope"');
  });

  it('first: -1 is refused with the allowed range', async () => {
    expect((await badly('{ models(first: -1) { totalCount } }')).message).toBe('Argument "first" must be between 0 and 500, got -1.');
    expect((await badly('{ leaderboard(benchmark: "mmlu", first: -1) { rank } }')).message).toContain('got -1');
    expect((await badly('{ benchmarkWins(first: -1) { margin } }')).message).toContain('got -1');
  });

  it('a malformed global id or a foreign cursor is named', async () => {
    expect((await badly('{ node(id: "not-an-id") { id } }')).message).toContain('"not-an-id" is not a global id of this graph');
    const foreignType = Buffer.from('Spaceship:enterprise').toString('base64');
    expect((await badly(`{ node(id: "${foreignType}") { id } }`)).message).toContain('is not a global id');
    expect((await badly('{ models(after: "bogus") { totalCount } }')).message).toContain('"bogus"');
  });

  it('an impossible date or an unknown enum value fails validation, naming the value', async () => {
    expect((await badly('{ models(where: {releasedAfter: "2025-13-45"}) { totalCount } }')).message).toContain('2025-13-45');
    expect((await badly('{ benchmarkWins(domain: ALCHEMY) { margin } }')).message).toContain('ALCHEMY');
  });

  it('an empty search is refused', async () => {
    expect((await badly('{ search(text: "  ***  ") { totalCount } }')).message).toContain('"text"');
  });
});

describe('one Cypher round trip per level of the query, whatever the list sizes', () => {
  it('50 models with organization, licence, results and the results\' benchmarks cost 1 round trip', async () => {
    const { data, errors, roundTrips } = await ask(app, `{
      models(first: 50, where: { curated: true }) { edges { node { name
        organization { name country }
        licence { name spdx category }
        results { score setting benchmark { name domains } } } } } }`);
    expect(errors).toBeUndefined();
    const models = data!.models.edges;
    expect(models.length).toBe(33); // every curated model (seed/models.yaml): fewer than the 50 asked for
    const results = models.flatMap((e: { node: { results: unknown[] } }) => e.node.results);
    expect(results.length).toBe(218);
    // The list brings what its request reads: each model's organization and licence, and all its results
    // with their benchmarks (cypher/model/picked), so three levels cost one query.
    expect(roundTrips).toBe(1);
  });

  it('the same query for one model costs the same 1', async () => {
    const { roundTrips } = await ask(app, `{ models(first: 1) { edges { node { name organization { name } licence { name }
      results { score benchmark { name } } } } } }`);
    expect(roundTrips).toBe(1);
  });

  it('results asked with an argument are one more level: 2 round trips for 50 models', async () => {
    const { data, errors, roundTrips } = await ask(app, `{ models(first: 50, where: { curated: true }) { edges { node { name results(domain: MATH) { score benchmark { name } } } } } }`);
    expect(errors).toBeUndefined();
    expect(data!.models.edges.some((e: { node: { results: unknown[] } }) => e.node.results.length > 0)).toBe(true);
    // The list, then every model's math results at once; their benchmarks come with them.
    expect(roundTrips).toBe(2);
  });
});
