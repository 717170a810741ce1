import { builder } from '../graphql/builder.js';
import type { Context } from '../context.js';
import { LICENCE_CATEGORIES } from '../model/openness.js';
import { incorporatedLicences, licenceList, licencesByIds } from './licence.repository.js';
import type { LicenceRow } from './licence.rows.js';
import { sourceField } from '../source/source.schema.js';

export const LicenceCategory = builder.enumType('LicenceCategory', {
  description: 'How open a licence is.',
  values: {
    PERMISSIVE: { description: 'OSI-style permissive terms (MIT, Apache 2.0).' },
    RESTRICTED_OPEN: { description: 'Weights available under usage restrictions (MAU gates, research-only, use-based).' },
    PROPRIETARY: { description: 'No weights: access only through the vendor under its terms.' },
  } satisfies Record<(typeof LICENCE_CATEGORIES)[number], { description: string }>,
});

export const Licence = builder.loadableNodeRef('Licence', {
  id: { resolve: (l: LicenceRow) => l.id },
  load: (ids: string[], ctx: Context) => licencesByIds(ctx, ids),
  sort: (l) => l.id,
});

const LicenceTerms = builder.objectRef<LicenceRow>('LicenceTerms').implement({
  description: 'The clauses of a licence that matter when choosing a model, as data. Null means not stated.',
  fields: (t) => ({
    commercialUse: t.exposeBoolean('commercialUse', { nullable: true, description: 'Commercial use is allowed.' }),
    researchOnly: t.exposeBoolean('researchOnly', { nullable: true, description: 'Research / non-commercial use only.' }),
    mauThreshold: t.exposeFloat('mauThreshold', {
      nullable: true,
      description: 'Monthly active users above which a separate licence must be requested (700M for Llama, 100M for Qwen).',
    }),
    mauMeasuredAt: t.exposeString('mauMeasuredAt', { nullable: true, description: 'When the MAU count is taken.' }),
    attributionRequired: t.exposeString('attributionRequired', { nullable: true, description: 'Attribution or naming obligations.' }),
    acceptableUsePolicy: t.exposeBoolean('acceptableUsePolicy', { nullable: true, description: 'An acceptable use policy is incorporated.' }),
    useBasedRestrictions: t.exposeBoolean('useBasedRestrictions', { nullable: true, description: 'Some uses are prohibited.' }),
    restrictionsFlowDown: t.exposeBoolean('restrictionsFlowDown', {
      nullable: true,
      description: 'Restrictions must be passed on to downstream users and derivatives.',
    }),
    euMultimodalCarveOut: t.exposeBoolean('euMultimodalCarveOut', {
      nullable: true,
      description: 'Rights for multimodal models are withheld from EU-domiciled individuals and companies (Llama 4).',
    }),
    distillationAllowed: t.exposeBoolean('distillationAllowed', { nullable: true, description: 'Distillation is explicitly allowed.' }),
    distillationIsDerivative: t.exposeBoolean('distillationIsDerivative', {
      nullable: true,
      description: 'Models distilled from it count as derivatives under the licence.',
    }),
    patentGrant: t.exposeBoolean('patentGrant', { nullable: true, description: 'An express patent grant.' }),
    governingLaw: t.exposeString('governingLaw', { nullable: true, description: 'The law that governs it, where it says (e.g. California, Hong Kong).' }),
  }),
});

Licence.implement({
  description: "A licence under which a model's weights (or code) are released, or a vendor's proprietary terms.",
  extensions: { nodeKind: 'licence' },
  fields: (t) => ({
    licenceId: t.exposeString('id', { description: 'The stable id in seed/licences.yaml (e.g. "apache-2-0").' }),
    name: t.exposeString('name', { description: 'Its name, as the licence text gives it.' }),
    spdx: t.exposeString('spdx', { nullable: true, description: 'SPDX identifier, where one exists (MIT, Apache-2.0).' }),
    category: t.expose('category', { type: LicenceCategory, description: 'Permissive, restricted open or proprietary.' }),
    osiApproved: t.exposeBoolean('osiApproved', { description: 'Approved by the Open Source Initiative.' }),
    summary: t.exposeString('description', { description: 'The key terms, in words.' }),
    terms: t.field({ type: LicenceTerms, description: 'The key terms, as data.', extensions: { sameRow: true }, resolve: (l) => l }),
    incorporates: t.loadableList({
      type: Licence,
      description: 'Documents incorporated by reference (the Llama 4 licence incorporates its Acceptable Use Policy).',
      load: (ids: string[], ctx) => incorporatedLicences(ctx, ids),
      resolve: (l) => l.id,
    }),
    source: t.loadable({ ...sourceField('The licence text or page it was read from.'), resolve: (l) => l.key }),
  }),
});

builder.queryFields((t) => ({
  licence: t.field({
    type: Licence,
    nullable: true,
    description: 'One licence by its id (e.g. "mit"), or null.',
    args: { id: t.arg.string({ required: true, description: 'The id in seed/licences.yaml.' }) },
    resolve: (_root, { id }) => id,
  }),
  licences: t.field({
    type: [Licence],
    description: 'All licences, by name; optionally only some categories.',
    args: { category: t.arg({ type: [LicenceCategory], description: 'Only licences of these categories.' }) },
    resolve: (_root, { category }, ctx) => licenceList(ctx, category ?? null),
  }),
}));
