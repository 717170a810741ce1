import type { Context } from '../context.js';
import { column, grouped } from '../neo4j/rows.js';
import type { LicenceRow } from './licence.rows.js';

/** The only code that turns licence questions into Cypher (cypher/licence/) and rows. */

export const licencesByIds = (ctx: Context, ids: readonly string[]) => column<LicenceRow>(ctx, 'licence/by-ids', { ids }, 'licence');

/** The licences each of these licences incorporates, per licence in the order asked. */
export const incorporatedLicences = (ctx: Context, ids: readonly string[]) => grouped<LicenceRow>(ctx, 'licence/incorporates-by-ids', ids, 'licence');

/** Every licence by name; optionally only those of some categories. */
export const licenceList = (ctx: Context, categories: readonly string[] | null) => column<LicenceRow>(ctx, 'licence/list', { categories }, 'licence');
