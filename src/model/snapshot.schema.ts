import { builder } from '../graphql/builder.js';
import type { Context } from '../context.js';
import { BenchmarkResult } from '../benchmark/benchmark.schema.js';
import { Offering } from '../offering/offering.schema.js';
import { sourceField } from '../source/source.schema.js';
import { offeringsOfSnapshots, snapshotsByIds, snapshotsOfModels, snapshotsOfResults } from './model.repository.js';
import type { SnapshotRow } from './model.rows.js';
import { Model } from './model.schema.js';

/**
 * A model's snapshots: a benchmark result runs on one where its source says which, and the questions that
 * count time (opennessGap) count from the snapshot's date.
 */
export const ModelSnapshot = builder.loadableNodeRef('ModelSnapshot', {
  id: { resolve: (s: SnapshotRow) => s.id },
  load: (ids: string[], ctx: Context) => snapshotsByIds(ctx, ids),
  sort: (s) => s.id,
});

ModelSnapshot.implement({
  description: 'A version of a model with its own id and release date (an API snapshot), on which benchmark results were run.',
  extensions: { nodeKind: 'snapshot' },
  fields: (t) => ({
    snapshotId: t.exposeString('id', { description: 'Its id, as its developer\'s API names it (e.g. "claude-3-5-sonnet-20241022").' }),
    name: t.exposeString('name', { description: 'Its name, e.g. "Claude 3.5 Sonnet (October 2024)".' }),
    releaseDate: t.expose('releaseDate', { type: 'Date', description: 'When this snapshot was released: lags are counted from it.' }),
    notes: t.exposeString('notes', { nullable: true, description: 'What sets it apart.' }),
    model: t.field({ type: Model, description: 'The model it is a version of.', resolve: (s) => s.modelId }),
    offerings: t.loadableList({
      type: Offering,
      description: 'The catalog offerings that serve this snapshot by its id, priced today, cheapest first.',
      load: (ids: string[], ctx) => offeringsOfSnapshots(ctx, ids),
      resolve: (s) => s.id,
    }),
    source: t.loadable({ ...sourceField('Where its date comes from.'), resolve: (s) => s.key }),
  }),
});

builder.objectField(Model, 'snapshots', (t) =>
  t.loadableList({
    type: ModelSnapshot,
    description: 'Its versions with their own ids and release dates, oldest first (only where a result was run on one).',
    load: (ids: string[], ctx) => snapshotsOfModels(ctx, ids),
    resolve: (m) => m.id,
  }),
);

builder.objectField(BenchmarkResult, 'snapshot', (t) =>
  t.loadable({
    type: ModelSnapshot,
    nullable: true,
    description: 'The snapshot of the model it was run on, where its source says (Claude 3.5 Sonnet of October 2024 in DeepSeek\'s tables).',
    load: (ids: string[], ctx) => snapshotsOfResults(ctx, ids),
    resolve: (r) => r.id,
  }),
);
