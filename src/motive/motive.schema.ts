import { builder } from '../graphql/builder.js';
import { RELEASE_STANCES } from '../entity/vocabularies.js';
import type { Context } from '../context.js';
import { Organization } from '../organization/organization.schema.js';
import { sourceField } from '../source/source.schema.js';
import { attributionsOfMotives, attributionsOfOrganizations, motiveList, motivesByIds } from './motive.repository.js';
import type { AttributionRow, MotiveRow } from './motive.rows.js';

const ReleaseStance = builder.enumType('ReleaseStance', {
  description: 'Which way a strategic motive pushes a lab.',
  values: {
    OPEN_RELEASE: { description: 'Towards releasing open weights.' },
    CLOSED_RELEASE: { description: 'Towards keeping models closed.' },
  } satisfies Record<(typeof RELEASE_STANCES)[number], { description: string }>,
});

export const StrategicMotive = builder.loadableNodeRef('StrategicMotive', {
  id: { resolve: (m: MotiveRow) => m.id },
  load: (ids: string[], ctx: Context) => motivesByIds(ctx, ids),
  sort: (m) => m.id,
});

export const MotiveAttribution = builder.objectRef<AttributionRow>('MotiveAttribution').implement({
  description: 'The analysis document attributes a strategic motive to an organization, for a reason.',
  fields: (t) => ({
    organization: t.field({ type: Organization, description: 'The lab it is attributed to.', resolve: (a) => a.organizationId }),
    motive: t.field({ type: StrategicMotive, description: 'The motive.', resolve: (a) => a.motiveId }),
    rationale: t.exposeString('rationale', { description: "The document's reasoning, in its words." }),
  }),
});

StrategicMotive.implement({
  description: 'Why a lab releases open weights or keeps its models closed (section 6 of the analysis).',
  extensions: { nodeKind: 'motive' },
  fields: (t) => ({
    motiveId: t.exposeString('id', { description: 'The stable id in seed/motives.yaml (e.g. "commoditize-the-complement").' }),
    name: t.exposeString('name', { description: 'Its name, e.g. Commoditize the complement.' }),
    drives: t.field({ type: ReleaseStance, description: 'Whether it pushes towards open or closed releases.', resolve: (m) => m.drives }),
    description: t.exposeString('description', { description: 'The motive, as the analysis explains it.' }),
    organizations: t.loadableList({
      type: MotiveAttribution,
      description: 'The organizations it is attributed to, with the rationale.',
      load: (ids: string[], ctx) => attributionsOfMotives(ctx, ids),
      resolve: (m) => m.id,
    }),
    source: t.loadable({ ...sourceField('The section of the analysis that names it.'), resolve: (m) => m.key }),
  }),
});

builder.objectField(Organization, 'motives', (t) =>
  t.loadableList({
    type: MotiveAttribution,
    description: 'The strategic motives the analysis attributes to it, with the rationale.',
    load: (ids: string[], ctx) => attributionsOfOrganizations(ctx, ids),
    resolve: (o) => o.id,
  }),
);

builder.queryField('motives', (t) =>
  t.field({
    type: [StrategicMotive],
    description: 'Strategic motives; optionally only those driving open (or closed) releases.',
    args: { drives: t.arg({ type: ReleaseStance, description: 'Only motives pushing this way.' }) },
    resolve: (_root, { drives }, ctx) => motiveList(ctx, drives ?? null),
  }),
);
