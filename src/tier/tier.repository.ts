import type { Context } from '../context.js';
import { column } from '../neo4j/rows.js';
import type { TierRow } from './tier.rows.js';

/** The only code that turns tier questions into Cypher (cypher/tier/) and rows. */

export const tiersByIds = (ctx: Context, ids: readonly string[]) => column<TierRow>(ctx, 'tier/by-ids', { ids }, 'tier');

/** The three tiers of the analysis, by rank. */
export const tierList = (ctx: Context) => column<TierRow>(ctx, 'tier/list', {}, 'tier');
