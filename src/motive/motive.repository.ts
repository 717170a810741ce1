import type { Context } from '../context.js';
import { column, grouped } from '../neo4j/rows.js';
import type { AttributionRow, MotiveRow } from './motive.rows.js';

/** The only code that turns motive questions into Cypher (cypher/motive/) and rows. */

export const motivesByIds = (ctx: Context, ids: readonly string[]) => column<MotiveRow>(ctx, 'motive/by-ids', { ids }, 'motive');

/** Every motive; only those pushing one way when `drives` is given. */
export const motiveList = (ctx: Context, drives: MotiveRow['drives'] | null) => column<MotiveRow>(ctx, 'motive/list', { drives }, 'motive');

/** The attributions of each motive asked, in the order asked. */
export const attributionsOfMotives = (ctx: Context, ids: readonly string[]) =>
  grouped<AttributionRow>(ctx, 'motive/attributions-by-motive-ids', ids, 'attribution');

/** The motives attributed to each organization asked, in the order asked. */
export const attributionsOfOrganizations = (ctx: Context, ids: readonly string[]) =>
  grouped<AttributionRow>(ctx, 'motive/attributions-by-organization-ids', ids, 'attribution');
