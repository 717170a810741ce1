import { builder } from '../graphql/builder.js';
import { labelCounts, type LabelCount } from './landscape.repository.js';

const LabelCountRef = builder.objectRef<LabelCount>('LabelCount').implement({
  description: 'How many nodes of one kind (Neo4j label) the graph holds.',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'The Neo4j label, e.g. Model or Organization.' }),
    count: t.exposeInt('count', { description: 'Number of nodes with this label.' }),
  }),
});

builder.queryField('nodeCounts', (t) =>
  t.field({
    type: [LabelCountRef],
    description: 'Node counts per label, read from Neo4j\'s count store (cheap at any size).',
    resolve: (_root, _args, ctx) => labelCounts(ctx),
  }),
);
