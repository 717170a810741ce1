import { builder } from '../graphql/builder.js';
import type { Context } from '../context.js';
import { sourceField } from '../source/source.schema.js';
import { tierList, tiersByIds } from './tier.repository.js';
import type { TierRow } from './tier.rows.js';

export const Tier = builder.loadableNodeRef('Tier', {
  id: { resolve: (t: TierRow) => t.id },
  load: (ids: string[], ctx: Context) => tiersByIds(ctx, ids),
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
    resolve: (_root, _args, ctx) => tierList(ctx),
  }),
);
