import type { SOURCE_KINDS } from '../entity/vocabularies.js';
import type { EntityRow } from '../entity/keys.js';

/** A source as cypher/source/ returns it. */
export interface SourceRow extends EntityRow {
  kind: (typeof SOURCE_KINDS)[number];
  title: string;
  url: string | null;
  section: number | null;
  document: string | null;
  secondary: boolean | null;
  package: string | null;
  version: string | null;
}
