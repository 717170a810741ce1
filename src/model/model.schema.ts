import { builder } from '../graphql/builder.js';
import { ARCHITECTURES } from '../entity/vocabularies.js';
import type { Context } from '../context.js';
import { Domain } from '../benchmark/domain.js';
import { Licence, LicenceCategory } from '../licence/licence.schema.js';
import { Organization } from '../organization/organization.schema.js';
import { keysetConnection, selects } from '../one-trip/asked.js';
import {
  lineagesOf,
  modelList,
  modelPage,
  modelsByIds,
  modelsByNames,
  modelsOfLicences,
  modelsOfOrganizations,
  modelsOfTiers,
  modelPick,
  offeringPick,
} from './model.repository.js';
import { sourceField } from '../source/source.schema.js';
import { Tier } from '../tier/tier.schema.js';
import { MODEL_STATUSES, OPENNESS } from './openness.js';

import type { LineageRow, ModelRow } from './model.rows.js';

export const Openness = builder.enumType('Openness', {
  description:
    "The analysis document's four openness categories, derived from a model's weights, licence and training data.",
  values: {
    FULLY_OPEN: { description: 'Weights, training code and data all released under a permissive licence (OLMo 2).' },
    OPEN_WEIGHTS: { description: 'Weights under a permissive licence; training data not released (DeepSeek-R1, Qwen3).' },
    RESTRICTED_OPEN: { description: 'Weights available under usage restrictions (Llama, Qwen2.5-72B, DeepSeek-V3).' },
    CLOSED: { description: 'No weights: API or app access only (GPT-5, Claude, Gemini).' },
  } satisfies Record<(typeof OPENNESS)[number], { description: string }>,
});

export const ModelStatusEnum = builder.enumType('ModelStatus', {
  description: 'Whether a model can be used.',
  values: {
    RELEASED: { description: 'Released (weights or API).' },
    ANNOUNCED: { description: 'Announced or previewed, not released (Llama 4 Behemoth).' },
    UNRELEASED: { description: 'Reported or rumoured, never released (DeepSeek R2).' },
  } satisfies Record<(typeof MODEL_STATUSES)[number], { description: string }>,
});

export const Architecture = builder.enumType('Architecture', {
  description: 'How a model uses its parameters.',
  values: {
    DENSE: { description: 'Every parameter is used for every token.' },
    MIXTURE_OF_EXPERTS: { description: 'A router activates a few experts per token (active < total parameters).' },
  } satisfies Record<(typeof ARCHITECTURES)[number], { description: string }>,
});

const DatePrecision = builder.enumType('DatePrecision', {
  description: 'How precisely a date is known: a MONTH date is given as the first of its month.',
  values: {
    DAY: { description: 'The exact day is known.' },
    MONTH: { description: 'Only the month is known.' },
  } as const,
});

export const ModelOrder = builder.enumType('ModelOrder', {
  description: 'Orderings of a model list; ties are broken by id.',
  values: {
    NAME_ASC: { description: 'By name, A to Z (case-insensitive).' },
    NAME_DESC: { description: 'By name, Z to A.' },
    RELEASE_DATE_ASC: { description: 'Oldest first; unknown dates last.' },
    RELEASE_DATE_DESC: { description: 'Newest first; unknown dates last.' },
    TOTAL_PARAMS_ASC: { description: 'Smallest first; undisclosed sizes last.' },
    TOTAL_PARAMS_DESC: { description: 'Largest first; undisclosed sizes last.' },
    CONTEXT_WINDOW_ASC: { description: 'Shortest context first; unknown last.' },
    CONTEXT_WINDOW_DESC: { description: 'Longest context first; unknown last.' },
  } as const,
});

export const ModelFilter = builder.inputType('ModelFilter', {
  description: 'Conditions on models; all given conditions must hold, a list matches any of its values.',
  fields: (t) => ({
    name: t.string({ description: 'Name contains this text (case-insensitive).' }),
    family: t.stringList({ description: 'Family, e.g. Llama, Qwen, DeepSeek, Mistral, GPT, Claude, Gemini.' }),
    organization: t.stringList({ description: 'Developer, by id ("deepseek") or name ("DeepSeek").' }),
    country: t.stringList({ description: "Developer's country, e.g. China, France, United States." }),
    openness: t.field({ type: [Openness], description: 'In one of these openness categories.' }),
    licenceSpdx: t.stringList({ description: 'SPDX id of the weights licence, e.g. Apache-2.0, MIT.' }),
    licenceCategory: t.field({ type: [LicenceCategory], description: 'Weights licence in one of these categories.' }),
    status: t.field({ type: [ModelStatusEnum], description: 'With one of these statuses.' }),
    releasedAfter: t.field({ type: 'Date', description: 'Released on or after this date.' }),
    releasedBefore: t.field({ type: 'Date', description: 'Released on or before this date.' }),
    minTotalParamsB: t.float({ description: 'At least this many parameters, in billions.' }),
    maxTotalParamsB: t.float({ description: 'At most this many parameters, in billions.' }),
    domain: t.field({ type: [Domain], description: 'Has benchmark results in one of these domains.' }),
    tier: t.intList({ description: "In one of the analysis document's tiers (1, 2 or 3)." }),
    curated: t.boolean({
      description: 'true: only the curated models (seed/, with their licences, sizes and results); false: only those made from the model catalogs.',
    }),
  }),
});

export type ModelFilterValue = typeof ModelFilter.$inferInput;

export const Model = builder.loadableNodeRef('Model', {
  id: { resolve: (m: ModelRow) => m.id },
  load: (ids: string[], ctx: Context) => modelsByIds(ctx, ids),
  sort: (m) => m.id,
});

Model.implement({
  description: 'A language model, open or closed, with its developer, licence, openness and benchmark results.',
  extensions: { nodeKind: 'model' },
  fields: (t) => ({
      modelId: t.exposeString('id', { description: 'The stable id in seed/models.yaml (e.g. "deepseek-r1"), or the normal form of its name for a model made from the catalogs (e.g. "gpt-4-1").' }),
      curated: t.boolean({
        description: 'Whether it is curated (seed/ or the API) rather than made from the model catalogs, which say no licence, size or result.',
        extensions: { properties: ['origin'] },
        resolve: (m) => m.origin !== 'catalog',
      }),
      name: t.exposeString('name', { description: 'Its name, as its developer writes it (e.g. DeepSeek-R1).' }),
      family: t.exposeString('family', { description: 'Llama, Qwen, DeepSeek, Mistral, OLMo, Gemma, GPT, o-series, Claude, Gemini.' }),
      organization: t.field({
        type: Organization,
        nullable: true,
        description: 'Who develops it.',
        resolve: (m) => m.organization,
      }),
      licence: t.field({
        type: Licence,
        nullable: true,
        description: 'The licence of its weights, or the vendor terms of a closed model; null when not released.',
        resolve: (m) => m.licence,
      }),
      codeLicence: t.field({
        type: Licence,
        nullable: true,
        description: 'A separate licence of its code, where it differs (DeepSeek-V3: MIT code, DeepSeek licence weights).',
        resolve: (m) => m.codeLicence,
      }),
      openness: t.expose('openness', {
        type: Openness,
        nullable: true,
        description: 'Derived from weights, licence category and training data; null for a model not released, or with open weights under a licence the catalogs do not name.',
      }),
      status: t.expose('status', { type: ModelStatusEnum, description: 'Released, announced or unreleased.' }),
      tier: t.field({ type: Tier, nullable: true, description: "The analysis document's tier, where it names one.", resolve: (m) => m.tier }),
      releaseDate: t.expose('releaseDate', { type: 'Date', nullable: true, description: 'When it was released (or announced); see releaseDatePrecision.' }),
      releaseDatePrecision: t.expose('releaseDatePrecision', { type: DatePrecision, nullable: true, description: 'Whether releaseDate is exact or only its month.' }),
      totalParamsB: t.exposeFloat('totalParamsB', { nullable: true, description: 'Total parameters, in billions (undisclosed for closed models).' }),
      activeParamsB: t.exposeFloat('activeParamsB', { nullable: true, description: 'Parameters active per token, in billions (MoE).' }),
      architecture: t.expose('architecture', { type: Architecture, nullable: true, description: 'Dense or mixture-of-experts, where disclosed.' }),
      contextWindow: t.exposeInt('contextWindow', { nullable: true, description: 'Native context window, in tokens.' }),
      modalities: t.exposeStringList('modalities', { description: 'Input modalities: text, image, audio, video.' }),
      weightsAvailable: t.exposeBoolean('weightsAvailable', { description: 'Its weights can be downloaded (under its licence).' }),
      openTrainingData: t.exposeBoolean('openTrainingData', { description: 'Its training data is released too.' }),
      strengths: t.exposeStringList('strengths', { description: "The analysis document's key strengths (section 2)." }),
      limitations: t.exposeStringList('limitations', { description: "The analysis document's key limitations (section 2)." }),
      notes: t.exposeString('notes', { nullable: true, description: 'Sourcing notes.' }),
      lineage: t.loadable({
        type: LineageRef,
        description: 'What it succeeds, is distilled from or built on, and what came from it.',
        load: (ids: string[], ctx) => lineagesOf(ctx, ids) as Promise<LineageRow[]>,
        resolve: (m) => m.id,
      }),
      source: t.loadable({ ...sourceField('Where its facts were taken from (model card, paper, vendor page).'), resolve: (m) => m.key }),
  }),
});

const LineageRef = builder.objectRef<LineageRow>('ModelLineage').implement({
  description: 'How a model descends from others.',
  fields: (t) => ({
    succeeds: t.field({ type: [Model], description: 'Earlier models it succeeds.', resolve: (l) => l.succeeds }),
    succeededBy: t.field({ type: [Model], description: 'Later models that succeed it.', resolve: (l) => l.succeededBy }),
    distilledFrom: t.field({ type: [Model], description: 'Teacher models it was distilled from.', resolve: (l) => l.distilledFrom }),
    distilledInto: t.field({ type: [Model], description: 'Models distilled from it.', resolve: (l) => l.distilledInto }),
    builtOn: t.field({ type: [Model], description: 'Base models it was built on (DeepSeek-R1 on DeepSeek-V3).', resolve: (l) => l.builtOn }),
  }),
});

builder.queryFields((t) => ({
  model: t.loadable({
    type: Model,
    nullable: true,
    description:
      'One model by its id (e.g. "deepseek-r1") or any name it is known by ("DeepSeek R1", "deepseek-reasoner", "deepseek-ai/DeepSeek-R1-0528"; see Model.aliases), or null.',
    args: { id: t.arg.string({ required: true, description: 'The id in seed/models.yaml, or a name of the model.' }) },
    // By path: the loader sees the request, and reads only what it selects, the offerings too (one round trip).
    byPath: true,
    load: (names: string[], ctx, _args, info) => modelsByNames(ctx, names, modelPick(info, []), offeringPick(info)),
    resolve: (_root, { id }) => id,
  }),
  models: t.connection({
    type: Model,
    description: 'Models matching a filter, in the asked order (default: newest first), a page at a time.',
    args: {
      where: t.arg({ type: ModelFilter, description: 'Conditions the models must meet; all of them.' }),
      orderBy: t.arg({ type: ModelOrder, defaultValue: 'RELEASE_DATE_DESC', description: 'The order of the list.' }),
    },
    // Only what the request reads, and the models' results when asked, in one round trip; the total only when asked.
    resolve: (_root, args, ctx, info) =>
      keysetConnection(modelList(args.orderBy), args, (page) => modelPage(ctx, args, page, modelPick(info), selects(info, ['totalCount']))),
  }),
}));

builder.objectField(Organization, 'models', (t) =>
  t.loadableList({
    type: Model,
    description: 'The models it develops, newest first.',
    load: (ids: string[], ctx) => modelsOfOrganizations(ctx, ids),
    resolve: (o) => o.id,
  }),
);

builder.objectField(Licence, 'models', (t) =>
  t.loadableList({
    type: Model,
    description: 'The models whose weights it covers, newest first.',
    load: (ids: string[], ctx) => modelsOfLicences(ctx, ids),
    resolve: (l) => l.id,
  }),
);

builder.objectField(Tier, 'models', (t) =>
  t.loadableList({
    type: Model,
    description: 'The models the analysis places in this tier.',
    load: (ids: string[], ctx) => modelsOfTiers(ctx, ids),
    resolve: (tier) => tier.id,
  }),
);
