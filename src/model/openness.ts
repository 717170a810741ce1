/**
 * The analysis document's four openness categories, derived from facts rather than typed per model:
 * whether the model is released, whether its weights are, its licence's category and whether its
 * training data and code are open too.
 */
export const OPENNESS = ['FULLY_OPEN', 'OPEN_WEIGHTS', 'RESTRICTED_OPEN', 'CLOSED'] as const;
export type Openness = (typeof OPENNESS)[number];

export const LICENCE_CATEGORIES = ['PERMISSIVE', 'RESTRICTED_OPEN', 'PROPRIETARY'] as const;
export type LicenceCategory = (typeof LICENCE_CATEGORIES)[number];

export const MODEL_STATUSES = ['RELEASED', 'ANNOUNCED', 'UNRELEASED'] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];

export interface OpennessFacts {
  status: ModelStatus;
  weightsAvailable: boolean;
  licenceCategory: LicenceCategory | undefined;
  openTrainingData: boolean;
  openTrainingCode: boolean;
}

/**
 * Null for a model that is not released: it has no openness yet (Llama 4 Behemoth, DeepSeek R2).
 * Throws when the facts contradict each other (released weights with no licence, or under proprietary terms).
 */
export function deriveOpenness(facts: OpennessFacts): Openness | null {
  if (facts.status !== 'RELEASED') return null;
  if (!facts.weightsAvailable) return 'CLOSED';
  switch (facts.licenceCategory) {
    case 'PERMISSIVE':
      return facts.openTrainingData && facts.openTrainingCode ? 'FULLY_OPEN' : 'OPEN_WEIGHTS';
    case 'RESTRICTED_OPEN':
      return 'RESTRICTED_OPEN';
    case 'PROPRIETARY':
      throw new Error('weights are available, but the licence is proprietary: give the weights\' licence');
    case undefined:
      throw new Error('weights are available, but no licence is given');
  }
}
