import { builder } from '../graphql/builder.js';
import { CLAIM_KINDS, CLAIM_VERDICTS } from '../entity/vocabularies.js';
import type { Context } from '../context.js';
import { entitiesByKeys } from '../neo4j/rows.js';
import { claimPage, claimsAbout, claimsByIds, factsByIds } from './claim.repository.js';
import type { ClaimRow, FactRow } from './claim.rows.js';
import type { EntityRow } from '../entity/keys.js';
import { Model } from '../model/model.schema.js';
import { Organization } from '../organization/organization.schema.js';
import { offsetConnection } from '../graphql/pagination.js';
import { Source, sourceField } from '../source/source.schema.js';

export const ClaimVerdict = builder.enumType('ClaimVerdict', {
  description: "A claim's standing against the sourced facts.",
  values: {
    SUPPORTED: { description: 'The sourced facts bear it out.' },
    PARTLY_SUPPORTED: { description: "True of some of what it names, not of all (Qwen's models: Qwen3 and QwQ are Apache 2.0, Qwen2.5-72B is not)." },
    MIXED: { description: 'The evidence points both ways (a comparison won in one table and lost in another).' },
    CONTRADICTED: { description: 'The sourced facts say otherwise.' },
    UNVERIFIED: { description: 'No sourced fact decides it either way.' },
    PROJECTION: { description: 'A forecast, not a fact (the document says so itself).' },
  } satisfies Record<(typeof CLAIM_VERDICTS)[number], { description: string }>,
});

export const ClaimKind = builder.enumType('ClaimKind', {
  description: 'What sort of statement a claim is.',
  values: {
    FACT: { description: 'A statement of fact.' },
    COMPARISON: { description: 'A comparison between models or labs.' },
    PROJECTION: { description: 'A forecast.' },
  } satisfies Record<(typeof CLAIM_KINDS)[number], { description: string }>,
});

export const Fact = builder.loadableNodeRef('Fact', {
  id: { resolve: (f: FactRow) => f.id },
  load: (ids: string[], ctx: Context) => factsByIds(ctx, ids),
  sort: (f) => f.id,
});

export const Claim = builder.loadableNodeRef('Claim', {
  id: { resolve: (c: ClaimRow) => c.id },
  load: (ids: string[], ctx: Context) => claimsByIds(ctx, ids),
  sort: (c) => c.id,
});

Claim.implement({
  description: 'A statement of the analysis document, with its section, what it is about, and its verdict against the sourced facts.',
  extensions: { nodeKind: 'claim' },
  fields: (t) => ({
    claimId: t.exposeString('id', { description: 'The stable id in seed/claims.yaml (e.g. "deepseek-apache").' }),
    statement: t.exposeString('statement', { description: 'What the analysis says, close to its words.' }),
    section: t.exposeString('section', { description: 'The section of the analysis it comes from.' }),
    sectionNumber: t.exposeInt('sectionNumber', { description: 'The number of that section, 1 to 7.' }),
    sectionSource: t.field({ type: Source, description: 'The section, as a source.', resolve: (c) => c.sectionSourceId }),
    kind: t.field({ type: ClaimKind, description: 'Fact, comparison or projection.', resolve: (c) => c.kind }),
    verdict: t.field({ type: ClaimVerdict, description: 'Its standing against the sourced facts.', resolve: (c) => c.verdict }),
    conflict: t.exposeString('conflict', {
      nullable: true,
      description: 'Set where the claim is a conflict found between the analysis and primary sources.',
    }),
    note: t.exposeString('note', { nullable: true, description: 'Why the verdict is what it is, where that needs saying.' }),
    about: t.loadable({
      type: [builder.nodeInterfaceRef()],
      description: 'The models, organizations, licences... it is about.',
      load: (keys: string[], ctx) => entitiesByKeys(ctx, keys) as Promise<never[]>,
      resolve: (c) => c.aboutKeys,
    }),
    decidedBy: t.field({ type: [Fact], description: 'The sourced facts that decide its verdict.', resolve: (c) => c.decidedByIds }),
  }),
});

Fact.implement({
  description: 'A sourced fact (from a model card, licence text, paper or vendor page) that decides claims.',
  extensions: { nodeKind: 'fact' },
  fields: (t) => ({
    factId: t.exposeString('id', { description: 'The stable id in seed/facts.yaml (e.g. "deepseek-r1-mit"), or of a catalog conflict ("catalog-o3-mini-release-date").' }),
    statement: t.exposeString('statement', { description: 'The fact, as its source states it.' }),
    about: t.loadable({
      type: [builder.nodeInterfaceRef()],
      description: 'The models, organizations, licences... it is about.',
      load: (keys: string[], ctx) => entitiesByKeys(ctx, keys) as Promise<never[]>,
      resolve: (f) => f.aboutKeys,
    }),
    decides: t.field({ type: [Claim], description: 'The claims whose verdict it decides.', resolve: (f) => f.decidesIds }),
    conflictsWith: t.field({
      type: [Fact],
      description: 'Facts that say otherwise: where a model catalog and the seed disagree (a release date, a context window, open weights), both are kept, each with its source.',
      resolve: (f) => f.conflictsWithIds,
    }),
    source: t.loadable({ ...sourceField('The model card, licence text, paper or page it was read from.'), resolve: (f) => f.key }),
  }),
});

const claimsAboutField = (description: string) =>
  ({
    type: Claim,
    description,
    load: (keys: string[], ctx: Context) => claimsAbout(ctx, keys),
    resolve: (row: EntityRow) => row.key,
  }) as const;

builder.objectField(Model, 'claims', (t) => t.loadableList(claimsAboutField('What the analysis claims about it, with verdicts.')));
builder.objectField(Organization, 'claims', (t) =>
  t.loadableList(claimsAboutField('What the analysis claims about it, with verdicts.')),
);

builder.queryFields((t) => ({
  claims: t.connection({
    type: Claim,
    description: 'Claims of the analysis, in document order; filter by verdict, kind, section and subject.',
    args: {
      verdict: t.arg({ type: [ClaimVerdict], description: 'Only claims with one of these verdicts.' }),
      kind: t.arg({ type: [ClaimKind], description: 'Only claims of one of these kinds.' }),
      section: t.arg.int({ description: 'Section number of the analysis, 1 to 7.' }),
      about: t.arg.stringList({
        description: 'Claims about any of these nodes, by id ("deepseek-r1") or global key ("model:deepseek-r1").',
      }),
    },
    resolve: (_root, args, ctx) =>
      offsetConnection(args, (page) =>
        claimPage(ctx, { verdicts: args.verdict ?? null, kinds: args.kind ?? null, section: args.section ?? null, about: args.about ?? null }, page),
      ),
  }),
  fact: t.field({
    type: Fact,
    nullable: true,
    description: 'One sourced fact by its id (e.g. "deepseek-r1-mit"), or null.',
    args: { id: t.arg.string({ required: true, description: 'The id in seed/facts.yaml.' }) },
    resolve: (_root, { id }) => id,
  }),
}));
