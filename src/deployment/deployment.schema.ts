import { builder } from '../graphql/builder.js';
import { DEPLOYMENT_ROLES } from '../entity/vocabularies.js';
import type { Context } from '../context.js';
import { Model } from '../model/model.schema.js';
import { sourceField } from '../source/source.schema.js';
import { patternList, patternsByIds } from './deployment.repository.js';
import type { PatternRow, UseRow } from './deployment.rows.js';

const DeploymentRole = builder.enumType('DeploymentRole', {
  description: 'The side a model takes in a hybrid deployment.',
  values: { OPEN: { description: 'The open-model side of the pattern.' }, CLOSED: { description: 'The closed-model side.' } } satisfies Record<(typeof DEPLOYMENT_ROLES)[number], { description: string }>,
});

export const DeploymentPattern = builder.loadableNodeRef('DeploymentPattern', {
  id: { resolve: (p: PatternRow) => p.id },
  load: (ids: string[], ctx: Context) => patternsByIds(ctx, ids),
  sort: (p) => p.id,
});

const PatternUse = builder.objectRef<UseRow>('DeploymentPatternUse').implement({
  description: 'A model in a deployment pattern, its role and the workloads it takes.',
  fields: (t) => ({
    model: t.field({ type: Model, description: 'The model used.', resolve: (u) => u.modelId }),
    role: t.field({ type: DeploymentRole, description: 'Its side of the pattern.', resolve: (u) => u.role }),
    workloads: t.exposeStringList('workloads', { description: 'The workloads it takes.' }),
  }),
});

DeploymentPattern.implement({
  description: "How enterprises deploy models; the analysis document's hybrid pattern mixes closed and open models.",
  extensions: { nodeKind: 'pattern' },
  fields: (t) => ({
    patternId: t.exposeString('id', { description: 'The stable id in seed/deployment-patterns.yaml.' }),
    name: t.exposeString('name', { description: 'Its name, e.g. the hybrid enterprise pattern.' }),
    description: t.exposeString('description', { description: 'How it works and why enterprises choose it.' }),
    uses: t.field({ type: [PatternUse], description: 'The models it uses, with their roles.', resolve: (p) => p.uses }),
    source: t.loadable({ ...sourceField('The section of the analysis that describes it.'), resolve: (p) => p.key }),
  }),
});

builder.queryField('deploymentPatterns', (t) =>
  t.field({
    type: [DeploymentPattern],
    description: "How enterprises combine open and closed models (the analysis's hybrid pattern).",
    resolve: (_root, _args, ctx) => patternList(ctx),
  }),
);
