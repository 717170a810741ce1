import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/server/yoga.js';
import { ask, modelFilterLiteral } from './support/graphql.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/**
 * A filter is answered by a query made of the conditions it sets (cypher/model/where/, matched through
 * the developer when it names one): whatever the combination, the list must hold exactly the models whose
 * own fields meet every condition, and modelCounts must count them.
 */
const db = testDatabase();
const app = createApp({ db, logger: quietLogger });
afterAll(() => db.close());

interface ModelFacts {
  curated: boolean;
  modelId: string;
  name: string;
  family: string;
  openness: string | null;
  status: string;
  releaseDate: string | null;
  totalParamsB: number | null;
  organization: { organizationId: string; name: string; country: string } | null;
  licence: { spdx: string | null; category: string } | null;
  tier: { rank: number } | null;
  results: Array<{ benchmark: { domains: string[] } }>;
}

let models: ModelFacts[] = [];

beforeAll(async () => {
  const { data, errors } = await ask(app, `{ models(first: 500) { totalCount edges { node {
    modelId curated name family openness status releaseDate totalParamsB
    organization { organizationId name country } licence { spdx category } tier { rank } results { benchmark { domains } } } } } }`);
  expect(errors).toBeUndefined();
  models = data!.models.edges.map((edge: { node: ModelFacts }) => edge.node);
  expect(models).toHaveLength(data!.models.totalCount);
});

type Filter = Record<string, unknown>;

/** The filter's meaning, from the models' own fields (ModelFilter's descriptions). */
function meets(m: ModelFacts, f: Filter): boolean {
  const among = (list: unknown, value: unknown) => (list as unknown[]).includes(value);
  if (f.name && !m.name.toLowerCase().includes(String(f.name).toLowerCase())) return false;
  if (f.family && !among(f.family, m.family)) return false;
  if (f.organization && !(m.organization && (among(f.organization, m.organization.organizationId) || among(f.organization, m.organization.name)))) return false;
  if (f.country && !(m.organization && among(f.country, m.organization.country))) return false;
  if (f.openness && !among(f.openness, m.openness)) return false;
  if (f.status && !among(f.status, m.status)) return false;
  if (f.licenceSpdx && !(m.licence && among(f.licenceSpdx, m.licence.spdx))) return false;
  if (f.licenceCategory && !(m.licence && among(f.licenceCategory, m.licence.category))) return false;
  if (f.tier && !(m.tier && among(f.tier, m.tier.rank))) return false;
  if (f.releasedAfter && !(m.releaseDate && m.releaseDate >= String(f.releasedAfter))) return false;
  if (f.releasedBefore && !(m.releaseDate && m.releaseDate <= String(f.releasedBefore))) return false;
  if (f.minTotalParamsB !== undefined && !(m.totalParamsB !== null && m.totalParamsB >= Number(f.minTotalParamsB))) return false;
  if (f.maxTotalParamsB !== undefined && !(m.totalParamsB !== null && m.totalParamsB <= Number(f.maxTotalParamsB))) return false;
  if (f.curated !== undefined && m.curated !== f.curated) return false;
  if (f.domain && !m.results.some((r) => r.benchmark.domains.some((d) => among(f.domain, d)))) return false;
  return true;
}

const some = <T>(values: T[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 3 });

describe('every combination of model filters answers what the models say', () => {
  it('lists and counts exactly the models that meet all the given conditions', async () => {
    const distinct = <T>(values: T[]) => [...new Set(values)];
    const organizations = models.flatMap((m) => (m.organization ? [m.organization] : []));
    const conditions = {
      name: fc.constantFrom('deep', 'GPT', 'llama', 'o', 'claude 3'),
      family: some(distinct(models.map((m) => m.family))),
      organization: some(distinct(organizations.flatMap((o) => [o.organizationId, o.name]))),
      country: some(distinct(organizations.map((o) => o.country))),
      openness: some(['FULLY_OPEN', 'OPEN_WEIGHTS', 'RESTRICTED_OPEN', 'CLOSED']),
      status: some(['RELEASED', 'ANNOUNCED', 'UNRELEASED']),
      licenceSpdx: some(['MIT', 'Apache-2.0', 'Llama-3.1', 'Gemma']),
      licenceCategory: some(['PERMISSIVE', 'RESTRICTED_OPEN', 'PROPRIETARY']),
      tier: some([1, 2, 3]),
      releasedAfter: fc.constantFrom('2024-01-01', '2024-09-01', '2025-03-01'),
      releasedBefore: fc.constantFrom('2024-06-30', '2025-01-31', '2025-08-01'),
      minTotalParamsB: fc.constantFrom(7, 70, 300),
      maxTotalParamsB: fc.constantFrom(30, 100, 700),
      domain: some(['MATH', 'CODING', 'REASONING', 'GENERAL_KNOWLEDGE', 'AGENTIC', 'MULTIMODAL']),
      curated: fc.boolean(),
    };
    // Each condition alone first (fast-check runs its examples before the random draws), with a value some models
    // meet, so that every fragment of cypher/model/where/ is asked whatever the draw; then random combinations.
    const alone: Array<[Record<string, unknown>]> = Object.entries({
      name: 'deep',
      family: [models[0]!.family],
      organization: [organizations[0]!.organizationId],
      country: [organizations[0]!.country],
      openness: ['OPEN_WEIGHTS'],
      status: ['RELEASED'],
      licenceSpdx: ['Apache-2.0'],
      licenceCategory: ['PERMISSIVE'],
      tier: [1],
      releasedAfter: '2024-09-01',
      releasedBefore: '2025-01-31',
      minTotalParamsB: 70,
      maxTotalParamsB: 100,
      domain: ['MATH'],
      curated: true,
    } satisfies Record<keyof typeof conditions, unknown>).map(([key, value]) => [{ [key]: value }]);
    // Up to three conditions at a time: more rarely match any model of the seed.
    const filter = fc
      .subarray(Object.keys(conditions) as Array<keyof typeof conditions>, { maxLength: 3 })
      .chain((keys) => fc.record(Object.fromEntries(keys.map((key) => [key, conditions[key]])) as Record<string, fc.Arbitrary<unknown>>));
    let nonEmpty = 0;
    const askedWhereMatched = new Set<string>(); // the conditions that came in a combination some models met
    await fc.assert(
      fc.asyncProperty(filter, async (f) => {
        const { data, errors } = await ask(app, `{
          list: models(where: ${modelFilterLiteral(f)}, first: 500, orderBy: NAME_ASC) { totalCount edges { node { modelId } } }
          counts: modelCounts(groupBy: OPENNESS, where: ${modelFilterLiteral(f)}) { count } }`);
        expect(errors, modelFilterLiteral(f)).toBeUndefined();
        const expected = models.filter((m) => meets(m, f)).map((m) => m.modelId).sort();
        const listed = data!.list.edges.map((edge: { node: { modelId: string } }) => edge.node.modelId).sort();
        expect(listed, modelFilterLiteral(f)).toEqual(expected);
        expect(data!.list.totalCount, modelFilterLiteral(f)).toBe(expected.length);
        expect(data!.counts.reduce((sum: number, g: { count: number }) => sum + g.count, 0), modelFilterLiteral(f)).toBe(expected.length);
        if (expected.length > 0) {
          nonEmpty++;
          for (const key of Object.keys(f)) askedWhereMatched.add(key);
        }
      }),
      // 40 random combinations: each new combination is a query Neo4j plans cold (about a second on the tests' JVM);
      // 100 took 28.8 s of Neo4j's CPU. Every condition is asked where models match (below), at least alone.
      { numRuns: alone.length + 40, seed: 20_261_124, examples: alone },
    );
    // Random combinations are mostly empty; enough of them must match something for this to mean much.
    expect(nonEmpty).toBeGreaterThan(30);
    expect(Object.keys(conditions).filter((key) => !askedWhereMatched.has(key)), 'conditions never asked where models matched').toEqual([]);
  });
});
