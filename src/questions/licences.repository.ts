import type { Context } from '../context.js';
import type { LicenceRow } from '../licence/licence.rows.js';
import { cypher } from '../neo4j/cypher.js';

/** The licences binding each model (cypher/questions/licences-binding.cypher), as rows. */
export interface BindingRow {
  licence: LicenceRow;
  throughIds: string[];
  incorporatedBy: string | null;
  sourceId: string | null;
  factIds: string[];
}

export interface ModelBindingRow {
  modelId: string;
  name: string;
  modalities: string[];
  binding: BindingRow[];
}

export async function licencesBinding(ctx: Context, models: readonly string[] | null): Promise<ModelBindingRow[]> {
  const rows = await ctx.db.read(cypher('questions/licences-binding'), { models });
  return rows as unknown as ModelBindingRow[];
}
