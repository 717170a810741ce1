import { encodeGlobalID } from '@pothos/plugin-relay';
import { clientError } from '../errors.js';
import { builder, nodeTypeByKind } from '../graphql/builder.js';
import { CHANGE_KINDS, type LandscapeChangeRow } from './changes.js';
import { SubscriberLimitError } from './feed.js';

const LandscapeChangeKind = builder.enumType('LandscapeChangeKind', {
  description: 'What kind of change of the curated data.',
  values: {
    RESULT_RECORDED: { description: 'A benchmark result was recorded or its score updated (recordBenchmarkResult).' },
    MODEL_CHANGED: { description: 'A model was added or edited (upsertModel).' },
    CLAIM_ADDED: { description: 'A claim of the analysis was added (addClaim).' },
    CLAIM_VERDICT_CHANGED: { description: "A claim's verdict changed: decided again by its rule after a write, or by an editor." },
    CATALOGS_IMPORTED: { description: 'The model catalogs were imported (npm start, npm run import).' },
    SEED_LOADED: { description: 'The seed was loaded (npm start on an empty graph, npm run seed).' },
  } satisfies Record<(typeof CHANGE_KINDS)[number], { description: string }>,
});

const LandscapeChange = builder.objectRef<LandscapeChangeRow>('LandscapeChange').implement({
  description:
    'A change of the curated data, as the graph recorded it in the same transaction: ask again what your dashboard shows about its subjects.',
  fields: (t) => ({
    sequence: t.exposeInt('sequence', { description: 'Its number in the feed of changes: later changes have larger numbers.' }),
    kind: t.expose('kind', { type: LandscapeChangeKind, description: 'What kind of change.' }),
    at: t.exposeString('at', { description: 'When it was written (ISO 8601, UTC).' }),
    summary: t.exposeString('summary', { description: 'What changed, in words.' }),
    subjectKeys: t.exposeStringList('subjectKeys', { description: 'The keys of the nodes it is about ("model:o3", "claim:closed-lead-math").' }),
    subjectIds: t.idList({
      description: 'The global ids of the nodes it is about, for node(id:) and nodes(ids:).',
      resolve: (change) =>
        change.subjectKeys.flatMap((key) => {
          const kind = key.slice(0, key.indexOf(':'));
          const type = nodeTypeByKind.get(kind);
          return type ? [encodeGlobalID(type, key.slice(kind.length + 1))] : [];
        }),
    }),
    details: t.field({
      type: 'JSONObject',
      nullable: true,
      description: 'The rest: a score and table, a verdict before and after, the counts of an import.',
      resolve: (change) => (change.details ? (JSON.parse(change.details) as Record<string, unknown>) : null),
    }),
  }),
});

builder.subscriptionType({
  description: 'Live updates, over Server-Sent Events (GET or POST /graphql with Accept: text/event-stream).',
  authScopes: { reader: true },
});

builder.subscriptionField('landscapeChanged', (t) =>
  t.field({
    type: LandscapeChange,
    description:
      'Each change of the curated data from now on, whoever wrote it (this server, another one on the same Neo4j, the seed, the import), ' +
      'in the order the graph numbered them; optionally only some kinds.',
    args: { kinds: t.arg({ type: [LandscapeChangeKind], description: 'Only changes of these kinds.' }) },
    subscribe: (_root, { kinds }, ctx) => {
      try {
        return ctx.changes.subscribe(kinds ?? null);
      } catch (error) {
        if (error instanceof SubscriberLimitError) throw clientError(error.message, 'OVERLOADED', { limit: error.limit });
        throw error;
      }
    },
    resolve: (change) => change,
  }),
);
