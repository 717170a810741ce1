import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { column, isKind, type EntityRow } from '../graph.js';
import { Model } from '../model/model.schema.js';
import { Organization } from '../organization/organization.schema.js';
import { Source, sourcesOf } from '../source/source.schema.js';

interface TechniqueRow extends EntityRow {
  name: string;
  kind: string;
  requiresWeights: boolean;
  description: string;
  enables: string[];
  variantOfId: string | null;
  variantIds: string[];
  exampleModelIds: string[];
  offeredByIds: string[];
}

const TechniqueKind = builder.enumType('TechniqueKind', {
  values: ['FINE_TUNING', 'DISTILLATION', 'MERGING', 'QUANTIZATION', 'API_CUSTOMIZATION', 'RETRIEVAL', 'COST_REDUCTION'] as const,
});

export const Technique = builder.loadableNodeRef('Technique', {
  id: { resolve: (t: TechniqueRow) => t.id },
  load: (ids: string[], ctx: Context) => column<TechniqueRow>(ctx, 'technique/by-ids', { ids }, 'technique'),
  sort: (t) => t.id,
});

Technique.implement({
  description: 'A fine-tuning, distillation, merging or quantization technique (what open weights enable), or what closed APIs offer instead.',
  isTypeOf: isKind('technique'),
  fields: (t) => ({
    techniqueId: t.exposeString('id'),
    name: t.exposeString('name'),
    kind: t.field({ type: TechniqueKind, resolve: (x) => x.kind as never }),
    requiresWeights: t.exposeBoolean('requiresWeights', { description: 'Only possible with access to the weights.' }),
    description: t.exposeString('description'),
    enables: t.exposeStringList('enables', { description: 'What it makes possible.' }),
    variantOf: t.field({ type: Technique, nullable: true, description: 'The broader technique.', resolve: (x) => x.variantOfId }),
    variants: t.field({ type: [Technique], resolve: (x) => x.variantIds }),
    exampleModels: t.field({ type: [Model], description: 'Models the analysis names with it.', resolve: (x) => x.exampleModelIds }),
    offeredBy: t.field({ type: [Organization], description: 'Who offers it as a service.', resolve: (x) => x.offeredByIds }),
    source: t.loadable({ type: Source, nullable: true, load: (keys: string[], ctx) => sourcesOf(keys, ctx), resolve: (x) => x.key }),
  }),
});

builder.queryField('techniques', (t) =>
  t.field({
    type: [Technique],
    description: 'Techniques; optionally only those that need (true) or do not need (false) open weights.',
    args: { requiresWeights: t.arg.boolean() },
    resolve: (_root, { requiresWeights }, ctx) =>
      column<TechniqueRow>(ctx, 'technique/list', { requiresWeights: requiresWeights ?? null }, 'technique'),
  }),
);
