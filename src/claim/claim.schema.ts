import { builder } from '../graphql/builder.js';
import { CLAIM_KINDS, CLAIM_VERDICTS } from '../entity/vocabularies.js';
import type { Context } from '../context.js';
import { entitiesByKeys } from '../entity/entity.repository.js';
import { CLAIM_LIST, claimPage, claimsAbout, claimsByIds, evidenceOfClaims, factsByIds, verdictHistoryOfClaims } from './claim.repository.js';
import type { ClaimRow, EvidenceRow, FactRow, VerdictChangeRow } from './claim.rows.js';
import { Benchmark, BenchmarkResult } from '../benchmark/benchmark.schema.js';
import { CLAIM_RULE_QUESTIONS } from '../entity/vocabularies.js';
import type { EntityRow } from '../entity/keys.js';
import { Model, Openness } from '../model/model.schema.js';
import { Organization } from '../organization/organization.schema.js';
import { keysetConnection } from '../one-trip/asked.js';
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

const ClaimRuleQuestion = builder.enumType('ClaimRuleQuestion', {
  description: 'The question a claim\'s rule asks of the graph.',
  values: {
    LEADS: {
      description: "In each group of comparable results on the rule's benchmarks that has both sides, the claimed side's best score beats the other side's.",
    },
  } satisfies Record<(typeof CLAIM_RULE_QUESTIONS)[number], { description: string }>,
});

/** One side of a rule, from the claim's row. */
interface RuleSideRow {
  models: string[];
  openness: string[];
}

const RuleSide = builder.objectRef<RuleSideRow>('ClaimRuleSide').implement({
  description: "One side of a claim's rule: a model is on it when it matches every part named.",
  fields: (t) => ({
    models: t.field({ type: [Model], description: 'These models (none: any).', resolve: (side) => side.models }),
    openness: t.field({ type: [Openness], description: 'Models in these openness categories (none: any).', resolve: (side) => side.openness as never[] }),
  }),
});

const ClaimRule = builder.objectRef<ClaimRow>('ClaimRule').implement({
  description: 'The question that decides a comparison claim, as data (seed/claims.yaml `rule`): its verdict is recomputed from the graph after every write that can change it.',
  fields: (t) => ({
    question: t.field({ type: ClaimRuleQuestion, description: 'What it asks.', resolve: (c) => c.ruleQuestion! }),
    benchmarks: t.field({ type: [Benchmark], description: 'The benchmarks it looks at.', resolve: (c) => c.ruleBenchmarks ?? [] }),
    claimed: t.field({
      type: RuleSide,
      description: 'The side the claim says leads.',
      resolve: (c) => ({ models: c.ruleClaimedModels ?? [], openness: c.ruleClaimedOpenness ?? [] }),
    }),
    other: t.field({
      type: RuleSide,
      description: 'The side it is compared with.',
      resolve: (c) => ({ models: c.ruleOtherModels ?? [], openness: c.ruleOtherOpenness ?? [] }),
    }),
  }),
});

const ClaimEvidence = builder.objectRef<EvidenceRow>('ClaimEvidence').implement({
  description: "One piece of a rule's evidence: the best result of each side in one group of comparable results.",
  fields: (t) => ({
    benchmark: t.field({ type: Benchmark, description: 'The benchmark.', resolve: (e) => e.benchmarkId }),
    comparisonKey: t.exposeString('comparisonKey', { description: 'The group of comparable results both come from.' }),
    supports: t.exposeBoolean('supports', { description: "Whether it supports the claim: the claimed side's best scores higher." }),
    claimedResult: t.field({ type: BenchmarkResult, description: "The claimed side's best result in the group.", resolve: (e) => e.claimedResult }),
    otherResult: t.field({ type: BenchmarkResult, description: "The other side's best result in the group.", resolve: (e) => e.otherResult }),
  }),
});

const VerdictChange = builder.objectRef<VerdictChangeRow>('VerdictChange').implement({
  description: "A change of a claim's verdict, decided by its rule: from what, to what, when, why, and the results that decided it.",
  fields: (t) => ({
    from: t.field({ type: ClaimVerdict, nullable: true, description: 'The verdict before (the first change starts from the review\'s verdict).', resolve: (v) => v.from }),
    to: t.field({ type: ClaimVerdict, description: 'The verdict after.', resolve: (v) => v.to }),
    at: t.exposeString('at', { description: 'When, as an ISO 8601 date and time (UTC).' }),
    cause: t.exposeString('cause', { description: 'The write that changed the evidence: "seed", "catalog import", "recordBenchmarkResult: o3 on aime-2024, ..." or "upsertModel: ...".' }),
    supporting: t.exposeInt('supporting', { description: 'Pieces of evidence for the claim at the time.' }),
    against: t.exposeInt('against', { description: 'Pieces of evidence against it at the time.' }),
    results: t.field({ type: [BenchmarkResult], description: 'The results that decided it (both sides of every piece).', resolve: (v) => v.citedResultIds }),
  }),
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
    rule: t.field({
      type: ClaimRule,
      nullable: true,
      description: 'The question that decides it from the graph, for the comparison claims that carry one; null: its verdict is a reviewer\'s.',
      resolve: (c) => (c.ruleQuestion ? c : null),
    }),
    reviewVerdict: t.field({
      type: ClaimVerdict,
      nullable: true,
      description: "For a claim with a rule: the verdict the review gave by hand, before the graph decided it.",
      resolve: (c) => c.reviewVerdict,
    }),
    evidence: t.loadableList({
      type: ClaimEvidence,
      description: 'What its rule finds in the graph now, one piece per group of comparable results (none without a rule).',
      load: (ids: string[], ctx) => evidenceOfClaims(ctx, ids),
      resolve: (c) => c.id,
    }),
    verdictHistory: t.loadableList({
      type: VerdictChange,
      description: 'How its rule changed its verdict, oldest first, each change with its cause and the results that decided it.',
      load: (ids: string[], ctx) => verdictHistoryOfClaims(ctx, ids),
      resolve: (c) => c.id,
    }),
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
      keysetConnection(CLAIM_LIST, args, (page) =>
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
