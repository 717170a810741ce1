import type { EntityRow } from '../entity/keys.js';

/** A provider as cypher/offering/providers returns it. */
export interface ProviderRow extends EntityRow {
  name: string;
  api: string | null;
  doc: string | null;
  offeringCount: number;
}

/** A price point: per million tokens, valid from `from` (inclusive) until `until` (exclusive), either open. */
export interface PriceRow extends EntityRow {
  from: string | null;
  until: string | null;
  inputPerMTokens: number | null;
  outputPerMTokens: number | null;
  cacheReadPerMTokens: number | null;
  cacheWritePerMTokens: number | null;
  blendedPerMTokens: number | null;
  tieredAbove: number | null;
  /** For a price by time of day: its hours ("00:30-16:30 UTC"); null: the rest of the day, or all of it. */
  hours: string | null;
  hoursPerDay: number | null;
  /** genai-prices' provider:model that priced it; null for models.dev's list price. */
  pricedAs: string | null;
}

/** An offering as cypher/offering/projection returns it, priced on the day asked. */
export interface OfferingRow extends EntityRow {
  providerModelId: string;
  name: string;
  providerId: string;
  modelId: string | null;
  matchedBy: string | null;
  releaseDate: string;
  lastUpdated: string;
  knowledgeCutoff: string | null;
  openWeights: boolean;
  reasoning: boolean;
  toolCall: boolean;
  attachments: boolean;
  inputModalities: string[];
  outputModalities: string[];
  contextWindow: number | null;
  outputLimit: number | null;
  price: PriceRow | null;
}

/** A name a model is known by: its normal form (the id) and the spellings seen. */
export interface AliasRow extends EntityRow {
  names: string[];
  modelId: string | null;
}
