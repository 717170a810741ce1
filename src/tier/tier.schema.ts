import { builder } from '../graphql/builder.js';
import type { Context } from '../context.js';
import { column } from '../neo4j/rows.js';
import type { EntityRow } from '../entity/keys.js';
import { sourceField } from '../source/source.schema.js';

export interface TierRow extends EntityRow {
  rank: number;
  name: string;
  description: string;
}

export const Tier = builder.loadableNodeRef('Tier', {
  id: { resolve: (t: TierRow) => t.id },
  load: (ids: string[], ctx: Context) => column<TierRow>(ctx, 'tier/by-ids', { ids }, 'tier'),
  sort: (t) => t.id,
});

Tier.implement({
  description: "The analysis document's projected 2026-2027 tiers: 1 closed frontier, 2 open frontier, 3 efficient open.",
  extensions: { nodeKind: 'tier' },
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: '1, 2 or 3.' }),
    name: t.exposeString('name', { description: 'Its name, e.g. Closed frontier.' }),
    description: t.exposeString('description', { description: 'Who is in it and why, as the analysis projects it.' }),
    source: t.loadable({ ...sourceField('The section of the analysis that defines it.'), resolve: (row) => row.key }),
  }),
});

builder.queryField('tiers', (t) =>
  t.field({
    type: [Tier],
    description: 'The three tiers of the analysis, by rank.',
    resolve: (_root, _args, ctx) => column<TierRow>(ctx, 'tier/list', {}, 'tier'),
  }),
);
