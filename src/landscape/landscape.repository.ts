import type { Context } from '../context.js';
import { cypher } from '../neo4j/cypher.js';

/** The only code that turns questions about the whole landscape into Cypher (cypher/landscape/) and rows. */

/** How many nodes of one kind (Neo4j label) the graph holds. */
export interface LabelCount {
  label: string;
  count: number;
}

/** Node counts per label, from Neo4j's count store (cheap at any size). */
export const labelCounts = async (ctx: Pick<Context, 'db'>) => (await ctx.db.read(cypher('landscape/label-counts'))) as unknown as LabelCount[];
