import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { column, isKind, type EntityRow } from '../graph.js';
import { Model } from '../model/model.schema.js';
import { Source, sourcesOf } from '../source/source.schema.js';

interface UseRow {
  modelId: string;
  role: 'OPEN' | 'CLOSED';
  workloads: string[];
}

interface PatternRow extends EntityRow {
  name: string;
  description: string;
  uses: UseRow[];
}

const DeploymentRole = builder.enumType('DeploymentRole', {
  values: { OPEN: { description: 'The open-model side of the pattern.' }, CLOSED: { description: 'The closed-model side.' } } as const,
});

export const DeploymentPattern = builder.loadableNodeRef('DeploymentPattern', {
  id: { resolve: (p: PatternRow) => p.id },
  load: (ids: string[], ctx: Context) => column<PatternRow>(ctx, 'deployment/by-ids', { ids }, 'pattern'),
  sort: (p) => p.id,
});

const PatternUse = builder.objectRef<UseRow>('DeploymentPatternUse').implement({
  description: 'A model in a deployment pattern, its role and the workloads it takes.',
  fields: (t) => ({
    model: t.field({ type: Model, resolve: (u) => u.modelId }),
    role: t.field({ type: DeploymentRole, resolve: (u) => u.role }),
    workloads: t.exposeStringList('workloads'),
  }),
});

DeploymentPattern.implement({
  description: "How enterprises deploy models; the analysis document's hybrid pattern mixes closed and open models.",
  isTypeOf: isKind('pattern'),
  fields: (t) => ({
    patternId: t.exposeString('id'),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    uses: t.field({ type: [PatternUse], resolve: (p) => p.uses }),
    source: t.loadable({ type: Source, nullable: true, load: (keys: string[], ctx) => sourcesOf(keys, ctx), resolve: (p) => p.key }),
  }),
});

builder.queryField('deploymentPatterns', (t) =>
  t.field({
    type: [DeploymentPattern],
    resolve: (_root, _args, ctx) => column<PatternRow>(ctx, 'deployment/list', {}, 'pattern'),
  }),
);
