import { builder } from '../graphql/builder.js';
import { REGULATORY_EFFECTS } from '../entity/vocabularies.js';
import type { Context } from '../context.js';
import { entitiesByKeys } from '../entity/entity.repository.js';
import { sourceField } from '../source/source.schema.js';
import { regulationList, regulationsByIds } from './regulation.repository.js';
import type { EffectRow, RegulationRow } from './regulation.rows.js';

const RegulatoryEffect = builder.enumType('RegulatoryEffect', {
  description: 'Which way a regulation weighs on what it affects.',
  values: {
    FAVOURS: { description: 'It helps (an exemption, a subsidy).' },
    BURDENS: { description: 'It adds obligations (documentation, transparency, compliance work).' },
    RESTRICTS: { description: 'It limits what may be done or sold (export controls, carve-outs).' },
  } satisfies Record<(typeof REGULATORY_EFFECTS)[number], { description: string }>,
});

export const Regulation = builder.loadableNodeRef('Regulation', {
  id: { resolve: (r: RegulationRow) => r.id },
  load: (ids: string[], ctx: Context) => regulationsByIds(ctx, ids),
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
    effect: t.field({ type: RegulatoryEffect, description: 'Which way it weighs.', resolve: (e) => e.effect }),
    how: t.exposeString('how', { description: 'How, in the words of the analysis or its source.' }),
  }),
});

Regulation.implement({
  description: 'A regulation or policy that shapes the landscape (EU AI Act, GDPR, US export controls, CHIPS Act).',
  extensions: { nodeKind: 'regulation' },
  fields: (t) => ({
    regulationId: t.exposeString('id', { description: 'The stable id in seed/regulations.yaml (e.g. "eu-ai-act").' }),
    name: t.exposeString('name', { description: 'Its name, e.g. EU AI Act.' }),
    jurisdiction: t.exposeString('jurisdiction', { description: 'Where it applies: European Union, United States...' }),
    description: t.exposeString('description', { description: 'What it requires or forbids.' }),
    affects: t.field({ type: [RegulationEffect], description: 'Whom it affects, which way and how.', resolve: (r) => r.effects }),
    source: t.loadable({ ...sourceField('The text of the regulation or the section of the analysis that discusses it.'), resolve: (r) => r.key }),
  }),
});

builder.queryField('regulations', (t) =>
  t.field({
    type: [Regulation],
    description: 'Regulations and whom they affect.',
    resolve: (_root, _args, ctx) => regulationList(ctx),
  }),
);
