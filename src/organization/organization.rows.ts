import type { EntityRow } from '../entity/keys.js';
import type { ORGANIZATION_KINDS } from '../entity/vocabularies.js';

/** Organizations as cypher/organization/ returns them: below the schema files, which read them. */
export interface OrganizationRow extends EntityRow {
  name: string;
  legalName: string | null;
  kind: (typeof ORGANIZATION_KINDS)[number];
  country: string;
  businessModel: string;
  notes: string | null;
}

/** An organization's owner, subsidiaries and competitors. */
export interface RelationsRow {
  id: string;
  parent: OrganizationRow | null;
  subsidiaries: OrganizationRow[];
  competitors: OrganizationRow[];
}
