import { z } from 'zod';
import { builder } from '../graphql/builder.js';
import { slugId } from '../entity/keys.js';
import { inputError } from '../errors.js';
import { cypher } from '../neo4j/cypher.js';
import { resultId } from '../entity/keys.js';
import { ensureSource, SourceInput } from '../source/source.input.js';
import type { ResultRow } from './benchmark.rows.js';
import { BenchmarkResult } from './benchmark.schema.js';

/** recordBenchmarkResult: one published score, with its source (required), as one transaction. */
const slug = slugId;
const text = (max: number) => z.string().trim().min(1).max(max);

const BenchmarkResultInput = builder.inputType('BenchmarkResultInput', {
  description: 'A published score of a model on a benchmark, as its source gives it.',
  fields: (t) => ({
    model: t.string({ required: true, description: 'The model\'s id (e.g. "deepseek-r1").', validate: slug }),
    benchmark: t.string({ required: true, description: 'The benchmark, by id or name.', validate: text(200) }),
    score: t.float({ required: true, description: 'The score, in the benchmark\'s metric.', validate: z.number().finite() }),
    setting: t.string({ description: 'How it was measured (shots, sampling, snapshot); empty when the source says nothing.', validate: z.string().trim().max(500).nullish() }),
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
        const [found] = await tx.run(cypher('result/record-check'), { model: input.model, benchmark: input.benchmark });
        if (!found?.modelId) throw inputError('input.model', `unknown model "${input.model}".`);
        if (!found.benchmarkId) {
          throw inputError('input.benchmark', `unknown benchmark "${input.benchmark}".`);
        }
        if (found.metric === 'PERCENT' && (input.score < 0 || input.score > 100)) {
          throw inputError('input.score', `${input.score} is not a percentage (0 to 100).`);
        }
        const source = await ensureSource(tx, input.source, 'input.source');
        const setting = input.setting ?? '';
        const id = resultId({ model: input.model, benchmark: found.benchmarkId as string, setting, reportedBy: input.reportedBy, source, sourceTable: input.sourceTable });
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
        });
        return row!.result as ResultRow;
      }),
  }),
);
