import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../src/neo4j/migrations.js';
import { ask, askWithToken, modelFilterLiteral } from './support/graphql.js';
import { appWithEditor, quietLogger } from './support/neo4j.js';

/**
 * A filtered models list gives its totalCount from counts kept per cell of the fields with few values (openness,
 * licence, status, curated, the developer's country, the tier: cypher/model/tally-cell), so that counting the
 * Chinese open models does not read every one of them; modelCounts of all models by country, openness, status or
 * licence category sums the same cells. The counts are kept by every write path; here they are
 * compared with the models themselves, counted in plain Cypher, after the seed, after writes through the API
 * (one model moved from cell to cell, and many written at once), and on a graph written before they existed.
 */
const { db, app, editorToken } = appWithEditor();

type Filter = { openness?: string[]; country?: string[]; licenceSpdx?: string[]; licenceCategory?: string[]; status?: string[]; tier?: number[]; curated?: boolean };

/** The filters a user of the list asks most, each on kept fields only (so the total is the kept one). */
const FILTERS: Filter[] = [
  { openness: ['OPEN_WEIGHTS', 'RESTRICTED_OPEN'], country: ['China'] },
  { openness: ['CLOSED'] },
  { country: ['United States'] },
  { licenceSpdx: ['Apache-2.0'] },
  { licenceCategory: ['PERMISSIVE'], status: ['RELEASED'] },
  { tier: [1] },
  { tier: [2, 3], country: ['China', 'France'] },
  { curated: true },
  { curated: false, openness: ['OPEN_WEIGHTS'] },
];

/** The list's totalCount for a filter, as a client asks it. */
async function listed(filter: Filter): Promise<number> {
  const { data, errors } = await ask<{ models: { totalCount: number } }>(app, `{ models(where: ${modelFilterLiteral(filter)}, first: 1) { totalCount } }`);
  expect(errors, modelFilterLiteral(filter)).toBeUndefined();
  return data!.models.totalCount;
}

/** The models meeting a filter, counted one by one in plain Cypher from the models and their relationships. */
async function counted(filter: Filter): Promise<number> {
  const [row] = await db.read(
    {
      name: 'test/models-counted',
      text: `MATCH (m:Model)
             OPTIONAL MATCH (o:Organization)-[:DEVELOPS]->(m)
             OPTIONAL MATCH (m)-[:LICENSED_UNDER]->(l:Licence)
             OPTIONAL MATCH (m)-[:IN_TIER]->(t:Tier)
             WITH m, o, l, t WHERE ($f.openness IS NULL OR m.openness IN $f.openness)
               AND ($f.country IS NULL OR o.country IN $f.country)
               AND ($f.licenceSpdx IS NULL OR l.spdx IN $f.licenceSpdx)
               AND ($f.licenceCategory IS NULL OR l.category IN $f.licenceCategory)
               AND ($f.status IS NULL OR m.status IN $f.status)
               AND ($f.tier IS NULL OR t.rank IN $f.tier)
               AND ($f.curated IS NULL OR (coalesce(m.origin, '') <> 'catalog') = $f.curated)
             RETURN count(DISTINCT m) AS n`,
    },
    { f: filter },
  );
  return Number(row!.n);
}

/** The cells whose kept count is not the number of models in them now, and the models in no kept cell. */
async function drift(): Promise<unknown[]> {
  return db.read({
    name: 'test/model-tallies-drift',
    text: `MATCH (m:Model)
           WITH m, head(COLLECT { MATCH (o:Organization)-[:DEVELOPS]->(m) RETURN o.country }) AS country,
                head(COLLECT { MATCH (m)-[:IN_TIER]->(t:Tier) RETURN t.rank }) AS tier
           WITH m.openness AS openness, m.licenceSpdx AS spdx, m.licenceCategory AS category, m.status AS status,
                coalesce(m.origin, '') <> 'catalog' AS curated, country, tier, count(*) AS models
           OPTIONAL MATCH (kept:ModelTally)
             WHERE coalesce(kept.openness, '~') = coalesce(openness, '~') AND coalesce(kept.licenceSpdx, '~') = coalesce(spdx, '~')
               AND coalesce(kept.licenceCategory, '~') = coalesce(category, '~') AND coalesce(kept.status, '~') = coalesce(status, '~')
               AND kept.curated = curated AND coalesce(kept.country, '~') = coalesce(country, '~') AND coalesce(kept.tier, -1) = coalesce(tier, -1)
           WITH openness, spdx, category, status, curated, country, tier, models, collect(kept.models) AS kept
           WHERE kept <> [models]
           RETURN {openness: openness, spdx: spdx, country: country, tier: tier, status: status, curated: curated, models: models, kept: kept} AS cell
           UNION ALL
           MATCH (kept:ModelTally) WHERE kept.models <= 0
           RETURN kept {.*} AS cell`,
  });
}

/** The groupings modelCounts answers from the kept counts when no filter is given, each with a model's group in plain Cypher. */
const KEPT_GROUPINGS: Record<string, string> = {
  COUNTRY: 'head(COLLECT { MATCH (o:Organization)-[:DEVELOPS]->(m) RETURN o.country })',
  OPENNESS: 'm.openness',
  STATUS: 'm.status',
  LICENCE_CATEGORY: 'head(COLLECT { MATCH (m)-[:LICENSED_UNDER]->(l:Licence) RETURN l.category })',
};

/** modelCounts over all models, as a client asks it, against the models grouped one by one. */
async function expectGroupsRight() {
  const byGroup = (rows: Array<{ group: unknown; count: unknown }>) => rows.map(({ group, count }) => [group ?? null, Number(count)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  for (const [groupBy, groupOf] of Object.entries(KEPT_GROUPINGS)) {
    const { data, errors } = await ask<{ modelCounts: Array<{ group: string | null; count: number }> }>(app, `{ modelCounts(groupBy: ${groupBy}) { group count } }`);
    expect(errors, groupBy).toBeUndefined();
    const grouped = await db.read({ name: 'test/models-grouped', text: `MATCH (m:Model) WITH ${groupOf} AS group RETURN group, count(*) AS count` });
    expect(byGroup(data!.modelCounts), groupBy).toEqual(byGroup(grouped as Array<{ group: unknown; count: unknown }>));
  }
}

async function expectKeptCountsRight() {
  expect(await drift(), 'cells whose kept count is not their models').toEqual([]);
  for (const filter of FILTERS) expect(await listed(filter), modelFilterLiteral(filter)).toBe(await counted(filter));
  await expectGroupsRight();
  // Cells of kept counts without a model in them must not remain, or they would grow without bound.
  const [row] = await db.read({ name: 'test/model-tallies-cells', text: 'MATCH (kept:ModelTally) RETURN count(kept) AS cells, sum(kept.models) AS models' });
  const [models] = await db.read({ name: 'test/models', text: 'MATCH (m:Model) RETURN count(m) AS n' });
  expect(Number(row!.models)).toBe(Number(models!.n));
}

const UPSERT = 'mutation ($input: ModelInput!) { upsertModel(input: $input) { modelId openness } }';
async function upsert(input: Record<string, unknown>) {
  const { data, errors } = await askWithToken<{ upsertModel: { openness: string } }>(app, editorToken, UPSERT, { input });
  expect(errors, JSON.stringify(input)).toBeUndefined();
  return data!.upsertModel;
}

const newModel = (id: string) => ({
  id,
  name: `Tally test ${id}`,
  organization: 'alibaba-cloud',
  family: 'Qwen',
  status: 'RELEASED',
  weightsAvailable: true,
  licence: 'apache-2-0',
  modalities: ['text'],
  releaseDate: '2025-06-01',
  source: { url: `https://example.org/${id}`, title: 'A model written by the tally test' },
});

describe('a filtered list counts its models from the kept counts, and they are the models', () => {
  it('after the seed: every cell holds its models, and each filter totals what counting the models gives', async () => {
    expect(await counted({ openness: ['OPEN_WEIGHTS', 'RESTRICTED_OPEN'], country: ['China'] })).toBeGreaterThan(0);
    await expectKeptCountsRight();
  });

  it('a model written through the API joins its cell, and moves with its licence, developer and tier', async () => {
    const chineseOpen = { openness: ['OPEN_WEIGHTS'], country: ['China'] };
    const before = await listed(chineseOpen);
    expect((await upsert(newModel('tally-test-moved'))).openness).toBe('OPEN_WEIGHTS');
    expect(await listed(chineseOpen)).toBe(before + 1);
    await expectKeptCountsRight();

    // A licence that makes it restricted-open moves it to that cell (its openness is derived again).
    expect((await upsert({ id: 'tally-test-moved', licence: 'qwen-licence' })).openness).toBe('RESTRICTED_OPEN');
    expect(await listed(chineseOpen)).toBe(before);
    await expectKeptCountsRight();

    // Another developer, in another country; then a tier.
    await upsert({ id: 'tally-test-moved', organization: 'openai' });
    expect(await listed({ country: ['United States'], openness: ['RESTRICTED_OPEN'] })).toBe(
      await counted({ country: ['United States'], openness: ['RESTRICTED_OPEN'] }),
    );
    await upsert({ id: 'tally-test-moved', tier: 'tier-2' });
    await expectKeptCountsRight();

    // An edit that changes no kept field leaves every count as it was.
    await upsert({ id: 'tally-test-moved', notes: 'only a note' });
    await expectKeptCountsRight();
  });

  it('models written at once into one cell are all counted', async () => {
    const filter = { openness: ['OPEN_WEIGHTS'], licenceSpdx: ['Apache-2.0'], country: ['China'] };
    const before = await listed(filter);
    await Promise.all(Array.from({ length: 8 }, (_, i) => upsert(newModel(`tally-test-concurrent-${i}`))));
    expect(await listed(filter)).toBe(before + 8);
    await expectKeptCountsRight();
  });

  it('a refused write changes no count', async () => {
    const filter = { country: ['China'] };
    const before = await listed(filter);
    const { errors } = await askWithToken(app, editorToken, UPSERT, { input: { ...newModel('tally-test-refused'), licence: 'no-such-licence' } });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await listed(filter)).toBe(before);
    await expectKeptCountsRight();
  });

  it('a graph written before the counts were kept gets them at the next start (cypher/schema/009)', async () => {
    await db.write({ name: 'test/forget-model-tallies', text: 'MATCH (kept:ModelTally) DELETE kept' });
    await applyMigrations(db, quietLogger);
    await expectKeptCountsRight();
  });
});
