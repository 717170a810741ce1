import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { column, entitiesByKeys, isKind, type EntityRow } from '../graph.js';
import { Source, sourcesOf } from '../source/source.schema.js';

interface EffectRow {
  targetKey: string;
  effect: 'FAVOURS' | 'BURDENS' | 'RESTRICTS';
  how: string;
}

interface RegulationRow extends EntityRow {
  name: string;
  jurisdiction: string;
  description: string;
  effects: EffectRow[];
}

const RegulatoryEffect = builder.enumType('RegulatoryEffect', { values: ['FAVOURS', 'BURDENS', 'RESTRICTS'] as const });

export const Regulation = builder.loadableNodeRef('Regulation', {
  id: { resolve: (r: RegulationRow) => r.id },
  load: (ids: string[], ctx: Context) => column<RegulationRow>(ctx, 'regulation/by-ids', { ids }, 'regulation'),
  sort: (r) => r.id,
});

const RegulationEffect = builder.objectRef<EffectRow>('RegulationEffect').implement({
  description: 'How a regulation affects an organization, a model or a licence.',
  fields: (t) => ({
    target: t.loadable({
      type: builder.nodeInterfaceRef(),
      description: 'Who or what is affected.',
      load: (keys: string[], ctx) => entitiesByKeys(ctx, keys) as Promise<never[]>,
      resolve: (e) => e.targetKey,
    }),
    effect: t.field({ type: RegulatoryEffect, resolve: (e) => e.effect }),
    how: t.exposeString('how'),
  }),
});

Regulation.implement({
  description: 'A regulation or policy that shapes the landscape (EU AI Act, GDPR, US export controls, CHIPS Act).',
  isTypeOf: isKind('regulation'),
  fields: (t) => ({
    regulationId: t.exposeString('id'),
    name: t.exposeString('name'),
    jurisdiction: t.exposeString('jurisdiction'),
    description: t.exposeString('description'),
    affects: t.field({ type: [RegulationEffect], resolve: (r) => r.effects }),
    source: t.loadable({ type: Source, nullable: true, load: (keys: string[], ctx) => sourcesOf(keys, ctx), resolve: (r) => r.key }),
  }),
});

builder.queryField('regulations', (t) =>
  t.field({
    type: [Regulation],
    description: 'Regulations and whom they affect.',
    resolve: (_root, _args, ctx) => column<RegulationRow>(ctx, 'regulation/list', {}, 'regulation'),
  }),
);
