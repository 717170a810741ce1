import type { EntityRow } from '../entity/keys.js';

/** A tier as cypher/tier/ returns it. */
export interface TierRow extends EntityRow {
  rank: number;
  name: string;
  description: string;
}
