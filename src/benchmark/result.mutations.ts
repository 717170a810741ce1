import { z } from 'zod';
import { builder } from '../graphql/builder.js';
import { slugId } from '../entity/keys.js';
import { inputError } from '../errors.js';
import { cypher } from '../neo4j/cypher.js';
import { resultId } from '../entity/keys.js';
import { ensureSource, SourceInput } from '../source/source.input.js';
import type { ResultRow } from './benchmark.rows.js';
import { BenchmarkResult, ModelVariant } from './benchmark.schema.js';
import { decideClaimsByRules } from '../claim/rules.js';
import { recordChanges, verdictChanged } from '../landscape-change/changes.js';
import { comparisonKey, type EvaluationProtocol } from './comparability.js';
import { refreshResultGroups } from './result-groups.js';

/** recordBenchmarkResult: one published score, with its source (required), as one transaction. */
const slug = slugId;
const text = (max: number) => z.string().trim().min(1).max(max);

const EvaluationProtocolInput = builder.inputType('EvaluationProtocolInput', {
  description: 'How a result was measured; leave a field out where the source does not say.',
  fields: (t) => ({
    variant: t.field({ type: ModelVariant, defaultValue: 'INSTRUCT', description: 'The base model or the instruction-tuned one (default INSTRUCT).' }),
    shots: t.int({ description: 'Examples in the prompt (0: zero-shot).', validate: z.number().int().min(0).max(1000).nullish() }),
    chainOfThought: t.boolean({ description: 'Whether the prompt asks for chain-of-thought reasoning.' }),
    sampling: t.string({ description: 'How answers are sampled and scored ("pass@1", "maj@8").', validate: z.string().trim().min(1).max(100).nullish() }),
    tools: t.boolean({ description: 'Whether the model could call tools.' }),
    maxOutputTokens: t.int({ description: 'The cap on generated tokens.', validate: z.number().int().positive().nullish() }),
  }),
});

const BenchmarkResultInput = builder.inputType('BenchmarkResultInput', {
  description: 'A published score of a model on a benchmark, as its source gives it.',
  fields: (t) => ({
    model: t.string({ required: true, description: 'The model\'s id (e.g. "deepseek-r1").', validate: slug }),
    benchmark: t.string({ required: true, description: 'The benchmark, by id or name.', validate: text(200) }),
    score: t.float({ required: true, description: 'The score, in the benchmark\'s metric.', validate: z.number().finite() }),
    setting: t.string({ description: 'How it was measured (shots, sampling, snapshot); empty when the source says nothing.', validate: z.string().trim().max(500).nullish() }),
    protocol: t.field({
      type: EvaluationProtocolInput,
      description: 'How it was measured, structured: results compare only within one benchmark, table, reporter and protocol.',
    }),
    snapshot: t.string({
      description: 'The snapshot of the model it was run on, by id (see Model.snapshots), where the source says.',
      validate: z.string().trim().min(1).max(200).nullish(),
    }),
    reasoningEffort: t.string({ description: 'How the model was run: its reasoning effort or thinking mode ("high", "thinking").', validate: z.string().trim().min(1).max(100).nullish() }),
    reportedBy: t.string({ required: true, description: 'Who published the number.', validate: text(200) }),
    sourceTable: t.string({ required: true, description: 'The table it comes from; scores compare within one table.', validate: text(500) }),
    source: t.field({ type: SourceInput, required: true, description: 'Where it was published (required).' }),
    notes: t.string({ description: 'Caveats about this number.', validate: z.string().trim().max(2000).nullish() }),
  }),
});

builder.mutationField('recordBenchmarkResult', (t) =>
  t.field({
    type: BenchmarkResult,
    description:
      'Records a published score. Recording the same model, benchmark, setting, reporter, source and table again updates the score ' +
      'instead of adding a second result.',
    args: { input: t.arg({ type: BenchmarkResultInput, required: true, description: 'The result and its source.' }) },
    resolve: async (_root, { input }, ctx) =>
      ctx.db.writeTransaction(async (tx) => {
        const snapshot = input.snapshot ?? null;
        const [found] = await tx.run(cypher('result/record-check'), { model: input.model, benchmark: input.benchmark, snapshot });
        if (!found?.modelId) throw inputError('input.model', `unknown model "${input.model}".`);
        if (snapshot !== null && found.snapshotModelId !== input.model) {
          throw inputError(
            'input.snapshot',
            found.snapshotModelId ? `"${snapshot}" is a snapshot of ${found.snapshotModelId as string}, not of ${input.model}.` : `unknown snapshot "${snapshot}".`,
          );
        }
        if (!found.benchmarkId) {
          throw inputError('input.benchmark', `unknown benchmark "${input.benchmark}".`);
        }
        if (found.metric === 'PERCENT' && (input.score < 0 || input.score > 100)) {
          throw inputError('input.score', `${input.score} is not a percentage (0 to 100).`);
        }
        const source = await ensureSource(tx, input.source, 'input.source');
        const setting = input.setting ?? '';
        const id = resultId({ model: input.model, benchmark: found.benchmarkId as string, setting, reportedBy: input.reportedBy, source, sourceTable: input.sourceTable });
        const protocol: EvaluationProtocol = {
          variant: input.protocol?.variant ?? 'INSTRUCT',
          shots: input.protocol?.shots ?? null,
          chainOfThought: input.protocol?.chainOfThought ?? null,
          sampling: input.protocol?.sampling ?? null,
          tools: input.protocol?.tools ?? null,
          maxOutputTokens: input.protocol?.maxOutputTokens ?? null,
        };
        const key = comparisonKey({ benchmark: found.benchmarkId as string, sourceTable: input.sourceTable, reportedBy: input.reportedBy, protocol });
        const [row] = await tx.run(cypher('result/record'), {
          id,
          model: input.model,
          benchmark: found.benchmarkId,
          source,
          score: input.score,
          setting,
          reportedBy: input.reportedBy,
          sourceTable: input.sourceTable,
          notes: input.notes ?? null,
          protocol,
          comparisonKey: key,
          reasoningEffort: input.reasoningEffort ?? null,
          snapshot,
        });
        // In the same transaction: the result's groups of comparable results (where it was, where it is now).
        await refreshResultGroups(tx, [key, ...(row!.previousKey && row!.previousKey !== key ? [row!.previousKey as string] : [])]);
        // In the same transaction: the claims whose rule this result can change are decided again.
        const cause = `recordBenchmarkResult: ${input.model} on ${found.benchmarkId as string}, ${input.score} (${input.reportedBy})`;
        const verdicts = await decideClaimsByRules(tx, cause);
        // ...and the change, for the subscribers of landscapeChanged.
        await recordChanges(tx, [
          {
            kind: 'RESULT_RECORDED',
            summary: `${input.model} on ${found.benchmarkId as string}: ${input.score} (${input.reportedBy}, ${input.sourceTable})`,
            subjectKeys: [`result:${id}`, `model:${input.model}`, `benchmark:${found.benchmarkId as string}`],
            details: { score: input.score, reportedBy: input.reportedBy, sourceTable: input.sourceTable, comparisonKey: key },
          },
          ...verdicts.map((change) => verdictChanged(change, cause)),
        ]);
        return row!.result as ResultRow;
      }),
  }),
);
