import { builder } from '../graphql/builder.js';
import type { Context } from '../context.js';
import { Model } from '../model/model.schema.js';
import { sourceField } from '../source/source.schema.js';
import { aliasesByIds, aliasesOfModels, cheapestOfferingsOfModels, offeringsByIds, offeringsOfModels, offeringsOfProviders, pricesOfOfferings, providersByIds } from './offering.repository.js';
import type { AliasRow, OfferingRow, PriceRow, ProviderRow } from './offering.rows.js';
import { broughtAlongOrLoaded } from '../one-trip/asked.js';

/**
 * Who serves a model and at what price, from the catalogs (src/catalog/): a Provider offers Offerings,
 * each an API's model id with its limits and dated Prices, resolved to a Model of the graph where a rule
 * says which. Every one of them names the npm package and version it was read from.
 */

export const Provider = builder.loadableNodeRef('Provider', {
  id: { resolve: (p: ProviderRow) => p.id },
  load: (ids: string[], ctx: Context) => providersByIds(ctx, ids),
  sort: (p) => p.id,
});

export const Offering = builder.loadableNodeRef('Offering', {
  id: { resolve: (o: OfferingRow) => o.id },
  load: (ids: string[], ctx: Context) => offeringsByIds(ctx, ids),
  sort: (o) => o.id,
});

export const Price = builder.objectRef<PriceRow>('Price');

Provider.implement({
  description: 'A service that serves models through an API (OpenAI, Groq, OpenRouter, Amazon Bedrock...), from the models.dev catalog.',
  extensions: { nodeKind: 'provider' },
  fields: (t) => ({
    providerId: t.exposeString('id', { description: 'Its id in the models.dev catalog (e.g. "groq", "amazon-bedrock").' }),
    name: t.exposeString('name', { description: 'Its name.' }),
    api: t.exposeString('api', { nullable: true, description: 'The base address of its API, where the catalog gives it.' }),
    doc: t.exposeString('doc', { nullable: true, description: 'Its documentation or pricing page.' }),
    offeringCount: t.exposeInt('offeringCount', { description: 'How many models it offers.' }),
    offerings: t.loadableList({
      type: Offering,
      description: 'The models it offers, by id, priced today.',
      load: (ids: string[], ctx) => offeringsOfProviders(ctx, ids),
      resolve: (p) => p.id,
    }),
    source: t.loadable({ ...sourceField('The catalog package it was read from.'), resolve: (p) => p.key }),
  }),
});

Offering.implement({
  description: 'A model as one provider serves it: its provider-side id, limits, capabilities and price per million tokens.',
  extensions: { nodeKind: 'offering' },
  fields: (t) => ({
    offeringId: t.exposeString('id', { description: 'Provider and provider-side id, e.g. "groq/qwen/qwen3-32b".' }),
    providerModelId: t.exposeString('providerModelId', { description: 'The id to call it by at its provider (e.g. "qwen/qwen3-32b").' }),
    name: t.exposeString('name', { description: 'Its display name in the catalog.' }),
    provider: t.field({ type: Provider, description: 'Who serves it.', extensions: { properties: ['providerId'] }, resolve: (o) => o.providerId }),
    model: t.field({
      type: Model,
      nullable: true,
      description: 'The model of the graph it serves, where a resolution rule (matchedBy) says which; null when none does.',
      extensions: { properties: ['modelId'] },
      resolve: (o) => o.modelId,
    }),
    matchedBy: t.exposeString('matchedBy', {
      nullable: true,
      description:
        'The rule that resolved it to its model: provider-id, display-name, parameter-size (its name without size words) or override (seed/catalog-resolution.yaml).',
    }),
    releaseDate: t.expose('releaseDate', { type: 'Date', description: 'When the catalog says it was released (at this provider).' }),
    lastUpdated: t.expose('lastUpdated', { type: 'Date', description: "When the catalog's entry was last updated." }),
    knowledgeCutoff: t.exposeString('knowledgeCutoff', { nullable: true, description: 'Its training data cut-off (YYYY-MM or YYYY-MM-DD), where given.' }),
    openWeights: t.exposeBoolean('openWeights', { description: 'Whether the catalog says its weights are open.' }),
    reasoning: t.exposeBoolean('reasoning', { description: 'Whether it reasons before answering (thinking tokens).' }),
    toolCall: t.exposeBoolean('toolCall', { description: 'Whether it can call tools.' }),
    inputModalities: t.exposeStringList('inputModalities', { description: 'What it reads: text, image, audio, video, pdf.' }),
    outputModalities: t.exposeStringList('outputModalities', { description: 'What it writes.' }),
    contextWindow: t.exposeInt('contextWindow', { nullable: true, description: 'Its context window at this provider, in tokens.' }),
    outputLimit: t.exposeInt('outputLimit', { nullable: true, description: 'The most tokens it writes in one answer.' }),
    price: t.field({
      type: Price,
      nullable: true,
      description:
        "What it costs on the day asked for (see Model.offerings' asOf; today here): genai-prices' dated price where it has one, else models.dev's list price.",
      resolve: (o) => o.price,
    }),
    prices: t.loadableList({
      type: Price,
      description: 'Every price point the catalogs give, oldest first, each with its dates and the package it came from.',
      load: (ids: string[], ctx) => pricesOfOfferings(ctx, ids),
      resolve: (o) => o.id,
    }),
    source: t.loadable({ ...sourceField('The catalog package it was read from.'), resolve: (o) => o.key }),
  }),
});

Price.implement({
  description: 'A price per million tokens, in US dollars, valid from one day until another (either end open).',
  fields: (t) => ({
    from: t.expose('from', {
      type: 'Date',
      nullable: true,
      description: "The first day it applies (for models.dev's list price: the day its catalog entry was last updated); null: as far back as the source knows.",
    }),
    until: t.expose('until', { type: 'Date', nullable: true, description: 'The day a later price replaced it; null: still current.' }),
    inputPerMTokens: t.exposeFloat('inputPerMTokens', { nullable: true, description: 'Per million input (prompt) tokens.' }),
    outputPerMTokens: t.exposeFloat('outputPerMTokens', { nullable: true, description: 'Per million output (completion) tokens.' }),
    cacheReadPerMTokens: t.exposeFloat('cacheReadPerMTokens', { nullable: true, description: 'Per million input tokens read from a prompt cache.' }),
    cacheWritePerMTokens: t.exposeFloat('cacheWritePerMTokens', { nullable: true, description: 'Per million input tokens written to a prompt cache.' }),
    blendedPerMTokens: t.exposeFloat('blendedPerMTokens', {
      nullable: true,
      description: 'Input and output weighed 3 to 1, the mix of a typical chat workload: what "cheapest" orders by.',
    }),
    tieredAbove: t.exposeInt('tieredAbove', {
      nullable: true,
      description: 'Where a prompt-size tier starts (in tokens): above it a higher price applies; these are the base prices.',
    }),
    hours: t.exposeString('hours', {
      nullable: true,
      description: 'For a price by time of day, its hours (e.g. "00:30-16:30 UTC"); null for the price of the other hours, or of the whole day.',
    }),
    hoursPerDay: t.exposeFloat('hoursPerDay', { nullable: true, description: 'How many hours of a day it applies (24 unless prices differ by time of day).' }),
    pricedAs: t.exposeString('pricedAs', {
      nullable: true,
      description: "The genai-prices provider and model whose rules priced it (e.g. openai:o3); null for models.dev's list price.",
    }),
    source: t.loadable({ ...sourceField('The catalog package it was read from.'), resolve: (p) => p.key }),
  }),
});

export const Alias = builder.loadableNodeRef('Alias', {
  id: { resolve: (a: AliasRow) => a.id },
  load: (ids: string[], ctx: Context) => aliasesByIds(ctx, ids),
  sort: (a) => a.id,
});

Alias.implement({
  description: 'A name a model is known by, in its normal form, with every spelling seen (provider ids, snapshot ids, repository ids).',
  extensions: { nodeKind: 'alias' },
  fields: (t) => ({
    normalName: t.exposeString('id', { description: 'The normal form names are compared by (e.g. "gpt-4o" for "GPT4o" and "gpt-4o-2024-08-06").' }),
    names: t.exposeStringList('names', { description: 'The spellings seen, as written.' }),
    model: t.field({ type: Model, nullable: true, description: 'The model it names.', resolve: (a) => a.modelId }),
  }),
});

builder.objectFields(Model, (t) => ({
  offerings: t.field({
    type: [Offering],
    description: 'Who serves it, cheapest first (blended price on the day asked), those without a price that day last.',
    args: { asOf: t.arg({ type: 'Date', description: 'The day to price them on (default: today).' }) },
    // model(id:) brings them along when they are priced today (cypher/model/by-names); otherwise one batched query per day.
    resolve: broughtAlongOrLoaded('offerings', (ctx, ids, args: { asOf?: string | null }) => offeringsOfModels(ctx, ids, args.asOf ?? null)),
  }),
  cheapestOffering: t.loadable({
    type: Offering,
    nullable: true,
    byPath: true,
    description: 'Its cheapest offering on the day asked (blended price; free tiers are not a price), or null when none is priced that day.',
    args: { asOf: t.arg({ type: 'Date', description: 'The day to price it on (default: today).' }) },
    load: (ids: string[], ctx, args) => cheapestOfferingsOfModels(ctx, ids, args.asOf ?? null),
    resolve: (m) => m.id,
  }),
  aliases: t.loadableList({
    type: Alias,
    description: 'Every name it is known by (its own, provider-side ids, snapshot ids, other spellings), grouped by normal form, A to Z.',
    load: (ids: string[], ctx) => aliasesOfModels(ctx, ids),
    resolve: (m) => m.id,
  }),
}));

builder.queryFields((t) => ({
  providers: t.field({
    type: [Provider],
    description: 'Every provider of the catalogs, by name.',
    resolve: (_root, _args, ctx) => providersByIds(ctx, null),
  }),
  offering: t.field({
    type: Offering,
    nullable: true,
    description: 'One offering by its id (provider/provider-side id, e.g. "openai/o3"), or null.',
    args: { id: t.arg.string({ required: true, description: 'The offering id.' }) },
    resolve: (_root, { id }) => id,
  }),
}));
