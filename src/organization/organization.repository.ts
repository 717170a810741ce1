import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { column, keyed } from '../neo4j/rows.js';
import type { OrganizationRow, RelationsRow } from './organization.rows.js';

/** The only code that turns organization questions into Cypher (cypher/organization/) and rows. */

export const organizationsByIds = (ctx: Context, ids: readonly string[]) => column<OrganizationRow>(ctx, 'organization/by-ids', { ids }, 'organization');

/** Every organization by name; optionally only those of some countries. */
export const organizationList = (ctx: Context, countries: readonly string[] | null) =>
  column<OrganizationRow>(ctx, 'organization/list', { countries }, 'organization');

/** Owners, subsidiaries and competitors of the organizations of one level, in one query for all three fields. */
export const relationsOf = createContextCache(
  (ctx: Context) => new DataLoader<string, RelationsRow | null>((ids) => keyed<RelationsRow>(ctx, 'organization/relations-by-ids', ids)),
);
