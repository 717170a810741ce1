import type { Context } from '../context.js';
import { column } from '../neo4j/rows.js';
import type { RegulationRow } from './regulation.rows.js';

/** The only code that turns regulation questions into Cypher (cypher/regulation/) and rows. */

export const regulationsByIds = (ctx: Context, ids: readonly string[]) => column<RegulationRow>(ctx, 'regulation/by-ids', { ids }, 'regulation');

/** Every regulation, with whom it affects. */
export const regulationList = (ctx: Context) => column<RegulationRow>(ctx, 'regulation/list', {}, 'regulation');
