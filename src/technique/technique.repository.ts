import type { Context } from '../context.js';
import { column } from '../neo4j/rows.js';
import type { TechniqueRow } from './technique.rows.js';

/** The only code that turns technique questions into Cypher (cypher/technique/) and rows. */

export const techniquesByIds = (ctx: Context, ids: readonly string[]) => column<TechniqueRow>(ctx, 'technique/by-ids', { ids }, 'technique');

/** Every technique; only those that need (true) or do not need (false) open weights when given. */
export const techniqueList = (ctx: Context, requiresWeights: boolean | null) =>
  column<TechniqueRow>(ctx, 'technique/list', { requiresWeights }, 'technique');
