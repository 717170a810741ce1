import { builder } from '../graphql/builder.js';
import { TECHNIQUE_KINDS } from '../entity/vocabularies.js';
import type { Context } from '../context.js';
import { Model } from '../model/model.schema.js';
import { Organization } from '../organization/organization.schema.js';
import { sourceField } from '../source/source.schema.js';
import { techniqueList, techniquesByIds } from './technique.repository.js';
import type { TechniqueRow } from './technique.rows.js';

const TechniqueKind = builder.enumType('TechniqueKind', {
  description: 'What a technique does to or with a model.',
  values: {
    FINE_TUNING: { description: 'Adapts the weights to a task or domain (LoRA, QLoRA).' },
    DISTILLATION: { description: 'Trains a smaller model on a larger one\'s outputs.' },
    MERGING: { description: 'Combines fine-tuned weights into one model (soups, TIES, DARE).' },
    QUANTIZATION: { description: 'Stores weights in fewer bits to run on less hardware (GGUF, GPTQ, AWQ).' },
    API_CUSTOMIZATION: { description: 'Customization a closed vendor offers through its API.' },
    RETRIEVAL: { description: 'Adds knowledge at inference time instead of in the weights.' },
    COST_REDUCTION: { description: 'Lowers the cost of serving or training.' },
  } satisfies Record<(typeof TECHNIQUE_KINDS)[number], { description: string }>,
});

export const Technique = builder.loadableNodeRef('Technique', {
  id: { resolve: (t: TechniqueRow) => t.id },
  load: (ids: string[], ctx: Context) => techniquesByIds(ctx, ids),
  sort: (t) => t.id,
});

Technique.implement({
  description: 'A fine-tuning, distillation, merging or quantization technique (what open weights enable), or what closed APIs offer instead.',
  extensions: { nodeKind: 'technique' },
  fields: (t) => ({
    techniqueId: t.exposeString('id', { description: 'The stable id in seed/techniques.yaml (e.g. "qlora").' }),
    name: t.exposeString('name', { description: 'Its name, e.g. QLoRA.' }),
    kind: t.field({ type: TechniqueKind, description: 'What kind of technique it is.', resolve: (x) => x.kind as never }),
    requiresWeights: t.exposeBoolean('requiresWeights', { description: 'Only possible with access to the weights.' }),
    description: t.exposeString('description', { description: 'What it does, as the analysis describes it.' }),
    enables: t.exposeStringList('enables', { description: 'What it makes possible.' }),
    variantOf: t.field({ type: Technique, nullable: true, description: 'The broader technique.', resolve: (x) => x.variantOfId }),
    variants: t.field({ type: [Technique], description: 'Narrower techniques derived from it (QLoRA of LoRA).', resolve: (x) => x.variantIds }),
    exampleModels: t.field({ type: [Model], description: 'Models the analysis names with it.', resolve: (x) => x.exampleModelIds }),
    offeredBy: t.field({ type: [Organization], description: 'Who offers it as a service.', resolve: (x) => x.offeredByIds }),
    source: t.loadable({ ...sourceField('The section of the analysis or the paper it was taken from.'), resolve: (x) => x.key }),
  }),
});

builder.queryField('techniques', (t) =>
  t.field({
    type: [Technique],
    description: 'Techniques; optionally only those that need (true) or do not need (false) open weights.',
    args: { requiresWeights: t.arg.boolean({ description: 'true: only techniques that need open weights; false: only those that do not.' }) },
    resolve: (_root, { requiresWeights }, ctx) => techniqueList(ctx, requiresWeights ?? null),
  }),
);
