import { builder } from '../graphql/builder.js';
import { ORGANIZATION_KINDS } from '../entity/vocabularies.js';
import type { Context } from '../context.js';
import { organizationList, organizationsByIds, relationsOf } from './organization.repository.js';
import type { OrganizationRow } from './organization.rows.js';
import { sourceField } from '../source/source.schema.js';

export const OrganizationKind = builder.enumType('OrganizationKind', {
  description: 'What kind of organization develops or owns models.',
  values: {
    COMPANY: { description: 'A for-profit company.' },
    NON_PROFIT: { description: 'A non-profit research institute (e.g. Ai2).' },
    RESEARCH_LAB: { description: 'A research lab run as its own company (e.g. DeepSeek).' },
  } satisfies Record<(typeof ORGANIZATION_KINDS)[number], { description: string }>,
});

export const Organization = builder.loadableNodeRef('Organization', {
  id: { resolve: (o: OrganizationRow) => o.id },
  load: (ids: string[], ctx: Context) => organizationsByIds(ctx, ids),
  sort: (o) => o.id,
});

Organization.implement({
  extensions: { nodeKind: 'organization' },
  description: 'A company, lab or institute that develops models, or owns one that does.',
  fields: (t) => ({
    organizationId: t.exposeString('id', { description: 'The stable id in seed/organizations.yaml (e.g. "deepseek").' }),
    name: t.exposeString('name', { description: 'Its usual name, e.g. DeepSeek.' }),
    legalName: t.exposeString('legalName', { nullable: true, description: 'The legal entity, where the sources name it.' }),
    kind: t.expose('kind', { type: OrganizationKind, description: 'Company, non-profit or research lab.' }),
    country: t.exposeString('country', { description: 'Country of the headquarters.' }),
    businessModel: t.exposeString('businessModel', { description: 'How the organization makes money from models.' }),
    notes: t.exposeString('notes', { nullable: true, description: 'Sourcing notes.' }),
    parent: t.field({
      type: Organization,
      nullable: true,
      description: 'The organization that owns this one (High-Flyer owns DeepSeek; Alphabet owns Google).',
      resolve: async (o, _args, ctx) => (await relationsOf(ctx).load(o.id))?.parent ?? null,
    }),
    subsidiaries: t.field({ type: [Organization], description: 'Organizations this one owns.', resolve: async (o, _args, ctx) => (await relationsOf(ctx).load(o.id))?.subsidiaries ?? [] }),
    competitors: t.field({
      type: [Organization],
      description: 'Organizations the analysis names as competitors.',
      resolve: async (o, _args, ctx) => (await relationsOf(ctx).load(o.id))?.competitors ?? [],
    }),
    source: t.loadable({ ...sourceField('Where these facts were taken from.'), resolve: (o) => o.key }),
  }),
});

builder.queryFields((t) => ({
  organization: t.field({
    type: Organization,
    nullable: true,
    description: 'One organization by its id (e.g. "deepseek"), or null.',
    args: { id: t.arg.string({ required: true, description: 'The id in seed/organizations.yaml.' }) },
    resolve: (_root, { id }) => id,
  }),
  organizations: t.field({
    type: [Organization],
    description: 'All organizations, by name; optionally only those of some countries.',
    args: { country: t.arg.stringList({ description: 'Keep organizations headquartered in these countries.' }) },
    resolve: (_root, { country }, ctx) => organizationList(ctx, country ?? null),
  }),
}));
