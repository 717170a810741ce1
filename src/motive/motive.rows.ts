import type { EntityRow } from '../entity/keys.js';

/** A strategic motive as cypher/motive/ returns it. */
export interface MotiveRow extends EntityRow {
  name: string;
  drives: 'OPEN_RELEASE' | 'CLOSED_RELEASE';
  description: string;
}

/** A motive the analysis attributes to an organization, and why. */
export interface AttributionRow {
  organizationId: string;
  motiveId: string;
  rationale: string;
}
