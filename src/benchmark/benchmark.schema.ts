import { builder } from '../graphql/builder.js';
import { BENCHMARK_METRICS, MODEL_VARIANTS, RESULT_EVALUATORS } from '../entity/vocabularies.js';
import type { Context } from '../context.js';
import { Model } from '../model/model.schema.js';
import { batchedKeysetConnections, broughtAlongOrId, broughtAlongOrLoaded } from '../one-trip/asked.js';
import { Source } from '../source/source.schema.js';
import {
  RESULTS_BY_SCORE,
  benchmarkList,
  benchmarkNamed,
  benchmarksByIds,
  benchmarksOfDomains,
  domainList,
  domainsByIds,
  resultPagesOfBenchmarks,
  resultsByIds,
  resultsOfModels,
} from './benchmark.repository.js';
import { Domain } from './domain.js';

import type { BenchmarkRow, DomainRow, ResultRow } from './benchmark.rows.js';

const Metric = builder.enumType('BenchmarkMetric', {
  description: 'What a score means; scores of different metrics are never compared.',
  values: {
    PERCENT: { description: 'A percentage, 0 to 100, higher is better.' },
    RATING: { description: 'An Elo-style rating (Codeforces), higher is better.' },
  } satisfies Record<(typeof BENCHMARK_METRICS)[number], { description: string }>,
});

export const Benchmark = builder.loadableNodeRef('Benchmark', {
  id: { resolve: (b: BenchmarkRow) => b.id },
  load: (ids: string[], ctx: Context) => benchmarksByIds(ctx, ids),
  sort: (b) => b.id,
});

export const ResultEvaluator = builder.enumType('ResultEvaluator', {
  description: 'Who ran a benchmark result.',
  values: {
    DEVELOPER: { description: "The model's own developer: a self-reported score." },
    OTHER_DEVELOPER: { description: "Another lab of the graph, in its own comparison table (DeepSeek's table with Claude in it)." },
    INDEPENDENT: { description: 'An evaluator that develops no model of the graph.' },
  } satisfies Record<(typeof RESULT_EVALUATORS)[number], { description: string }>,
});

export const ModelVariant = builder.enumType('ModelVariant', {
  description: 'Which version of a model a result scored.',
  values: {
    BASE: { description: 'The pre-trained base model, before instruction tuning.' },
    INSTRUCT: { description: 'The instruction-tuned (chat) model, the one people use.' },
  } satisfies Record<(typeof MODEL_VARIANTS)[number], { description: string }>,
});

/** The part of a result's row that says how it was measured (the result's own properties). */
const EvaluationProtocol = builder.objectRef<ResultRow>('EvaluationProtocol').implement({
  description:
    'How a result was measured, structured: two results are comparable when they share benchmark, source table, reporter and this protocol ' +
    '(their comparisonKey is then equal). A null field: the source does not say.',
  fields: (t) => ({
    variant: t.expose('variant', { type: ModelVariant, description: 'The base model or the instruction-tuned one.' }),
    shots: t.exposeInt('shots', { nullable: true, description: 'Examples in the prompt (0: zero-shot).' }),
    chainOfThought: t.exposeBoolean('chainOfThought', { nullable: true, description: 'Whether the prompt asks for chain-of-thought reasoning.' }),
    sampling: t.exposeString('sampling', { nullable: true, description: 'How answers are sampled and scored: "pass@1", "pass@1 (64 samples)", "maj@8".' }),
    tools: t.exposeBoolean('tools', { nullable: true, description: 'Whether the model could call tools.' }),
    maxOutputTokens: t.exposeInt('maxOutputTokens', { nullable: true, description: 'The cap on generated tokens.' }),
  }),
});

export const BenchmarkResult = builder.loadableNodeRef('BenchmarkResult', {
  id: { resolve: (r: ResultRow) => r.id },
  load: (ids: string[], ctx: Context) => resultsByIds(ctx, ids),
  sort: (r) => r.id,
});

const CapabilityDomain = builder.loadableNodeRef('CapabilityDomain', {
  id: { resolve: (d: DomainRow) => d.id },
  load: (ids: string[], ctx: Context) => domainsByIds(ctx, ids),
  sort: (d) => d.id,
});

CapabilityDomain.implement({
  description: 'A capability domain, with the benchmarks that measure it.',
  extensions: { nodeKind: 'domain' },
  fields: (t) => ({
    domain: t.field({ type: Domain, description: 'The domain, as the value the Domain arguments take.', resolve: (d) => d.id as never }),
    name: t.exposeString('name', { description: 'Its name, e.g. Math.' }),
    description: t.exposeString('description', { description: 'What the domain covers.' }),
    benchmarkCount: t.exposeInt('benchmarkCount', { description: 'How many benchmarks measure it.' }),
    benchmarks: t.loadableList({
      type: Benchmark,
      description: 'The benchmarks that measure it, by name.',
      load: (ids: string[], ctx) => benchmarksOfDomains(ctx, ids),
      resolve: (d) => d.id,
    }),
  }),
});

Benchmark.implement({
  description: 'A benchmark, the domains it measures, and the results reported on it.',
  extensions: { nodeKind: 'benchmark' },
  fields: (t) => ({
    benchmarkId: t.exposeString('id', { description: 'The stable id in seed/benchmarks.yaml (e.g. "aime-2025").' }),
    name: t.exposeString('name', { description: 'Its name, e.g. AIME 2025.' }),
    description: t.exposeString('description', { description: 'What it tests.' }),
    metric: t.expose('metric', { type: Metric, description: 'What its scores mean (percent or rating).' }),
    domains: t.field({ type: [Domain], description: 'The domains it measures.', extensions: { properties: ['domainIds'] }, resolve: (b) => b.domainIds as never[] }),
    resultCount: t.exposeInt('resultCount', { description: 'How many results the graph holds for it.' }),
    results: t.loadable({
      type: builder.connectionObject({ type: BenchmarkResult, name: 'BenchmarkResultsConnection' }),
      description: 'Its results, best score first, from every source (compare only within one source table).',
      byPath: true,
      args: { ...t.arg.connectionArgs() },
      load: (ids: string[], ctx, args) =>
        batchedKeysetConnections(RESULTS_BY_SCORE, ids, args, (page) => resultPagesOfBenchmarks(ctx, ids, page)),
      resolve: (b) => b.id,
    }),
  }),
});

BenchmarkResult.implement({
  description:
    'One published score of a model on a benchmark, with the setting, who reported it and the source table. The same model can have several results on one benchmark from different sources.',
  extensions: { nodeKind: 'result' },
  fields: (t) => ({
    score: t.exposeFloat('score', { description: 'The score, in the benchmark\'s metric.' }),
    setting: t.exposeString('setting', { description: 'How it was measured (shots, sampling, snapshot).' }),
    reportedBy: t.exposeString('reportedBy', { description: 'Who published the number.' }),
    evaluator: t.expose('evaluator', {
      type: ResultEvaluator,
      description: "Who ran it, from its reporter: the model's own developer (self-reported), another lab, or an independent evaluator.",
    }),
    sourceTable: t.exposeString('sourceTable', { description: 'The table it comes from.' }),
    protocol: t.field({
      type: EvaluationProtocol,
      description: 'How it was measured, structured (shots, chain of thought, sampling, tools, output cap, base or instruct).',
      extensions: { sameRow: true },
      resolve: (r) => r,
    }),
    comparisonKey: t.exposeString('comparisonKey', {
      description:
        'Equal for two results exactly when they are comparable: same benchmark, source table, reporter and protocol. Every question ranks and pairs within one key unless asked otherwise.',
    }),
    reasoningEffort: t.exposeString('reasoningEffort', {
      nullable: true,
      description: 'How the model was run: its reasoning effort or thinking mode ("high", "thinking"), where the source says. Not part of the comparison rule: a table compares each model at its own.',
    }),
    notes: t.exposeString('notes', { nullable: true, description: 'Caveats of the source about this number.' }),
    model: t.field({ type: Model, description: 'The model scored.', resolve: (r) => r.modelId }),
    benchmark: t.field({ type: Benchmark, description: 'The benchmark.', resolve: broughtAlongOrId('benchmark', 'benchmarkId') }),
    source: t.field({ type: Source, description: 'Where the number was published.', extensions: { properties: ['sourceId'] }, resolve: (r) => r.sourceId }),
  }),
});

builder.objectField(Model, 'results', (t) =>
  t.field({
    type: [BenchmarkResult],
    description: 'Its benchmark results from every source, by benchmark; optionally one benchmark or domain.',
    args: {
      benchmark: t.arg.string({ description: 'A benchmark id or name.' }),
      domain: t.arg({ type: Domain, description: 'Only results on benchmarks of this domain.' }),
      evaluator: t.arg({ type: [ResultEvaluator], description: 'Only results run by these (DEVELOPER: self-reported).' }),
    },
    // A model list that was asked for all results brought them along (cypher/model/picked); otherwise one
    // batched query per argument set.
    resolve: broughtAlongOrLoaded('results', resultsOfModels),
  }),
);

builder.queryFields((t) => ({
  benchmark: t.field({
    type: Benchmark,
    nullable: true,
    description: 'One benchmark by id or name (e.g. "aime-2025" or "AIME 2025"), or null.',
    args: { id: t.arg.string({ required: true, description: 'The id in seed/benchmarks.yaml, or the name.' }) },
    resolve: (_root, { id }, ctx) => benchmarkNamed(ctx, id),
  }),
  benchmarks: t.field({
    type: [Benchmark],
    description: 'All benchmarks, by name; optionally those measuring one domain.',
    args: { domain: t.arg({ type: Domain, description: 'Only benchmarks measuring this domain.' }) },
    resolve: (_root, { domain }, ctx) => benchmarkList(ctx, domain ?? null),
  }),
  domains: t.field({
    type: [CapabilityDomain],
    description: 'The capability domains, with their benchmarks.',
    resolve: (_root, _args, ctx) => domainList(ctx),
  }),
}));
