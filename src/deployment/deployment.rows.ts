import type { EntityRow } from '../entity/keys.js';

/** A model in a deployment pattern: its side and the workloads it takes. */
export interface UseRow {
  modelId: string;
  role: 'OPEN' | 'CLOSED';
  workloads: string[];
}

/** A deployment pattern as cypher/deployment/ returns it, with its uses. */
export interface PatternRow extends EntityRow {
  name: string;
  description: string;
  uses: UseRow[];
}
