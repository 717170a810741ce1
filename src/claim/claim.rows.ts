import type { EntityRow } from '../entity/keys.js';
import type { CLAIM_KINDS, CLAIM_VERDICTS } from '../entity/vocabularies.js';

/** Claims and facts as cypher/claim/ returns them: below the schema files, which read them. */
export interface ClaimRow extends EntityRow {
  statement: string;
  section: string;
  sectionNumber: number;
  kind: (typeof CLAIM_KINDS)[number];
  verdict: (typeof CLAIM_VERDICTS)[number];
  conflict: string | null;
  note: string | null;
  sectionSourceId: string;
  aboutKeys: string[];
  decidedByIds: string[];
}

export interface FactRow extends EntityRow {
  statement: string;
  aboutKeys: string[];
  decidesIds: string[];
  conflictsWithIds: string[];
}
