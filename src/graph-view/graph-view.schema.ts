import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../graphql/builder.js';
import { DEFAULT_VIEW_NODES, MAX_VIEW_NODES, RELATIONSHIP_TYPES, edgeIdOf, graphView } from './graph-view.repository.js';
import type { ViewEdgeRow, ViewNodeRow, ViewRow } from './graph-view.rows.js';
import { selects } from '../one-trip/asked.js';
import { KIND_LABELS } from '../entity/keys.js';

/**
 * The graph itself, for visualization: a subgraph as nodes and edges in a shape that Cytoscape.js,
 * graphology (sigma) and vis-network load as they are. Each node and edge carries the same facts under
 * the field names each library expects, and a client asks only for the ones its library reads.
 */


const LABELS = Object.values(KIND_LABELS);
const typenameOf = (label: string) => (label === 'Domain' ? 'CapabilityDomain' : label);

const GraphLabel = builder.enumType('GraphLabel', {
  description: 'A kind of node, by its Neo4j label.',
  values: Object.fromEntries(LABELS.map((label) => [label, { description: `${label} nodes.` }])),
});

const RelationshipType = builder.enumType('RelationshipType', {
  description: 'A kind of relationship of the graph.',
  values: Object.fromEntries(Object.entries(RELATIONSHIP_TYPES).map(([type, description]) => [type, { description }])),
});

const globalIdOf = (n: ViewNodeRow) => encodeGlobalID(typenameOf(n.type), String(n.properties.id));

const GraphNode = builder.objectRef<ViewNodeRow>('GraphNode').implement({
  description: 'A node of a graph view. `id`, `key`, `data` and `attributes` serve Cytoscape.js, graphology and vis-network as they are.',
  fields: (t) => ({
    id: t.string({ description: 'The node\'s key, "<kind>:<id>" (e.g. "model:deepseek-r1"): what edges point at.', resolve: (n) => n.key }),
    key: t.string({ description: 'The same key, under the name graphology reads.', resolve: (n) => n.key }),
    nodeId: t.id({ description: 'Its global id, for node(id:) and the typed API.', resolve: globalIdOf }),
    label: t.exposeString('label', { description: 'A short name to draw (a name, a title, the start of a statement, a score).' }),
    type: t.exposeString('type', { description: 'Its kind, the Neo4j label: Model, Organization, Licence...' }),
    properties: t.field({ type: 'JSONObject', description: 'All its properties, as stored.', resolve: (n) => n.properties }),
    data: t.field({
      type: 'JSONObject',
      description: 'Cytoscape.js element data: id, label, type, nodeId and the properties.',
      resolve: (n) => ({ ...n.properties, id: n.key, nodeId: globalIdOf(n), label: n.label, type: n.type }),
    }),
    attributes: t.field({
      type: 'JSONObject',
      description: 'graphology node attributes: label, type and the properties.',
      resolve: (n) => ({ ...n.properties, label: n.label, type: n.type }),
    }),
  }),
});

const GraphEdge = builder.objectRef<ViewEdgeRow>('GraphEdge').implement({
  description: 'A relationship of a graph view. `source`/`target` serve Cytoscape.js and graphology, `from`/`to` vis-network.',
  fields: (t) => ({
    id: t.string({ description: 'Stable id: "<source key>-<TYPE>-><target key>".', resolve: edgeIdOf }),
    key: t.string({ description: 'The same id, under the name graphology reads.', resolve: edgeIdOf }),
    source: t.exposeString('source', { description: 'Key of the node it starts from.' }),
    target: t.exposeString('target', { description: 'Key of the node it points to.' }),
    from: t.string({ description: 'The source key, as vis-network names it.', resolve: (e) => e.source }),
    to: t.string({ description: 'The target key, as vis-network names it.', resolve: (e) => e.target }),
    type: t.exposeString('type', { description: 'The relationship type, e.g. DEVELOPS.' }),
    label: t.string({ description: 'The type, to draw.', resolve: (e) => e.type }),
    properties: t.field({ type: 'JSONObject', description: 'Its properties (a motive\'s rationale, say).', resolve: (e) => e.properties ?? {} }),
    data: t.field({
      type: 'JSONObject',
      description: 'Cytoscape.js element data: id, source, target, type and the properties.',
      resolve: (e) => ({ ...e.properties, id: edgeIdOf(e), source: e.source, target: e.target, type: e.type, label: e.type }),
    }),
    attributes: t.field({
      type: 'JSONObject',
      description: 'graphology edge attributes: type and the properties.',
      resolve: (e) => ({ ...e.properties, type: e.type, label: e.type }),
    }),
  }),
});

const GraphView = builder.objectRef<ViewRow>('GraphView').implement({
  description:
    'A subgraph to draw. Load it as it is: `cytoscape({ elements: view })` (nodes { data } edges { data }), ' +
    '`Graph.from(view)` in graphology (nodes { key attributes } edges { key source target attributes }), ' +
    '`new vis.Network(container, view, {})` (nodes { id label } edges { from to }).',
  fields: (t) => ({
    nodes: t.field({ type: [GraphNode], description: 'Its nodes: around start nodes, those first, then each level outwards; for the whole landscape, by key.', resolve: (v) => v.nodes }),
    edges: t.field({ type: [GraphEdge], description: 'The relationships among its nodes.', resolve: (v) => v.edges }),
    truncated: t.exposeBoolean('truncated', { description: 'True when the node limit cut the view short.' }),
  }),
});

builder.queryField('graph', (t) =>
  t.field({
    type: GraphView,
    description:
      'The graph to draw: the neighbourhood of some nodes (ids, or the best matches of a search) to a depth of 1 to 3, ' +
      'or with neither, the whole landscape (by default every model, organization and licence). Filter by node label ' +
      'and relationship type; at most `limit` nodes (`truncated` says when that cut the view).',
    args: {
      ids: t.arg({ type: ['ID'], description: 'Start from these nodes (at most 1000): global ids or keys ("model:deepseek-r1").' }),
      search: t.arg.string({ description: 'Start from the best matches of this full-text search (up to 5 nodes).' }),
      depth: t.arg.int({ defaultValue: 1, description: 'How many hops from the start nodes, 1 to 3.' }),
      labels: t.arg({ type: [GraphLabel], description: 'Only nodes with these labels (the start nodes always stay).' }),
      relationshipTypes: t.arg({ type: [RelationshipType], description: 'Only relationships of these types.' }),
      limit: t.arg.int({ defaultValue: DEFAULT_VIEW_NODES, description: `At most this many nodes, 1 to ${MAX_VIEW_NODES}.` }),
    },
    resolve: (_root, args, ctx, info) => {
      // Every property of up to 2000 nodes is a lot to read and send: only when the client asks for them.
      const withProperties = ['nodes', 'edges'].some((part) => ['properties', 'data', 'attributes'].some((field) => selects(info, [part, field])));
      return graphView(ctx.db, { ...args, ids: args.ids?.map(String) }, withProperties);
    },
  }),
);
