import type { Context } from '../context.js';
import { column, grouped, keyed } from '../neo4j/rows.js';
import type { AliasRow, OfferingRow, PriceRow, ProviderRow } from './offering.rows.js';

/** The only code that turns questions about providers, offerings and prices into Cypher (cypher/offering/) and rows. */

export const providersByIds = (ctx: Context, ids: readonly string[] | null) => column<ProviderRow>(ctx, 'offering/providers', { ids }, 'provider');

export const aliasesByIds = (ctx: Context, ids: readonly string[]) => column<AliasRow>(ctx, 'offering/aliases-by-ids', { ids }, 'alias');

export const offeringsByIds = (ctx: Context, ids: readonly string[]) => column<OfferingRow>(ctx, 'offering/by-ids', { ids }, 'offering');

/** The offerings of models, each priced on `asOf` (today when null), cheapest first. */
export const offeringsOfModels = (ctx: Context, ids: readonly string[], asOf: string | null) =>
  grouped<OfferingRow>(ctx, 'offering/of-models', ids, 'offering', { asked: { asOf } });

export const offeringsOfProviders = (ctx: Context, ids: readonly string[]) => grouped<OfferingRow>(ctx, 'offering/of-providers', ids, 'offering');

export const pricesOfOfferings = (ctx: Context, ids: readonly string[]) => grouped<PriceRow>(ctx, 'offering/prices-of-offerings', ids, 'price');

/** The aliases of models, A to Z by normal form. */
export const aliasesOfModels = (ctx: Context, ids: readonly string[]) => grouped<AliasRow>(ctx, 'offering/aliases-of-models', ids, 'alias');

/** The cheapest offering of each model on `asOf` (today when null), or null. */
export const cheapestOfferingsOfModels = async (ctx: Context, ids: readonly string[], asOf: string | null) =>
  (await keyed<{ offering: OfferingRow | null }>(ctx, 'offering/cheapest-of-models', ids, 'id', { asked: { asOf } })).map((row) => row?.offering ?? null);
