import type { EntityRow } from '../entity/keys.js';

/** A technique as cypher/technique/ returns it, with the ids of what it relates to. */
export interface TechniqueRow extends EntityRow {
  name: string;
  kind: string;
  requiresWeights: boolean;
  description: string;
  enables: string[];
  variantOfId: string | null;
  variantIds: string[];
  exampleModelIds: string[];
  offeredByIds: string[];
}
