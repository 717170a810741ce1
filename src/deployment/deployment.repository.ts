import type { Context } from '../context.js';
import { column } from '../neo4j/rows.js';
import type { PatternRow } from './deployment.rows.js';

/** The only code that turns deployment-pattern questions into Cypher (cypher/deployment/) and rows. */

export const patternsByIds = (ctx: Context, ids: readonly string[]) => column<PatternRow>(ctx, 'deployment/by-ids', { ids }, 'pattern');

/** Every deployment pattern, with the models it uses. */
export const patternList = (ctx: Context) => column<PatternRow>(ctx, 'deployment/list', {}, 'pattern');
