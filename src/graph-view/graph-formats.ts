import graphology from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { create } from 'xmlbuilder2';
import { edgeIdOf } from './graph-view.repository.js';
import type { ViewEdgeRow, ViewNodeRow, ViewRow } from './graph-view.rows.js';

/**
 * A graph view in the files analysts' tools open: GraphML (yEd, networkx, igraph, Cytoscape desktop), GEXF
 * (Gephi, networkx) and Grafana's node graph (two data frames). Each node is its key ("model:deepseek-r1"),
 * with its label, type and properties; each edge its type and properties, with the id the GraphQL view gives.
 */

type Scalar = string | number | boolean;

/**
 * Properties as the formats hold them, scalars only: a list becomes its items joined with "; " (as the CSV
 * exports write lists), anything else structured its JSON; absent values are left out.
 */
function scalarAttributes(properties: Record<string, unknown> | null): Record<string, Scalar> {
  const attributes: Record<string, Scalar> = {};
  for (const [name, value] of Object.entries(properties ?? {})) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) attributes[name] = value;
    else if (Array.isArray(value)) attributes[name] = value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join('; ');
    else attributes[name] = JSON.stringify(value);
  }
  return attributes;
}

/** What a node carries in every format: its properties, then its label and type (which win over a property of the same name). */
const nodeAttributes = (n: ViewNodeRow) => ({ ...scalarAttributes(n.properties), label: n.label, type: n.type });
const edgeAttributes = (e: ViewEdgeRow) => ({ ...scalarAttributes(e.properties), type: e.type, label: e.type });

/** The view as a graphology graph: directed, with parallel edges of different types between two nodes. */
export function viewGraph(view: ViewRow) {
  const graph = new graphology.MultiDirectedGraph();
  for (const node of view.nodes) graph.addNode(node.key, nodeAttributes(node));
  for (const edge of view.edges) graph.addDirectedEdgeWithKey(edgeIdOf(edge), edge.source, edge.target, edgeAttributes(edge));
  return graph;
}

/** GEXF 1.3, every property a declared attribute (graphology-gexf infers each attribute's type). */
export function toGexf(view: ViewRow): string {
  return writeGexf(viewGraph(view), { version: '1.3', pretty: false });
}

type GraphmlType = 'boolean' | 'long' | 'double' | 'string';

/** The one GraphML type that holds every value an attribute takes: long for whole numbers, double for the others. */
function graphmlTypeOf(values: Scalar[]): GraphmlType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isSafeInteger(v))) return 'long';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

/** The <key> declarations of one domain (node or edge): one per attribute name, typed over all its values. */
function graphmlKeys(items: Array<Record<string, Scalar>>, domain: 'node' | 'edge') {
  const values = new Map<string, Scalar[]>();
  for (const item of items) for (const [name, value] of Object.entries(item)) (values.get(name) ?? values.set(name, []).get(name)!).push(value);
  return [...values.entries()].map(([name, of], index) => ({ id: `${domain[0]}${index}`, name, type: graphmlTypeOf(of) }));
}

/** GraphML 1.0 (the graphdrawing.org schema): typed <key>s for every property, a directed graph. */
export function toGraphml(view: ViewRow): string {
  const nodes = view.nodes.map((n) => ({ id: n.key, attributes: nodeAttributes(n) }));
  const edges = view.edges.map((e) => ({ id: edgeIdOf(e), source: e.source, target: e.target, attributes: edgeAttributes(e) }));
  const nodeKeys = graphmlKeys(nodes.map((n) => n.attributes), 'node');
  const edgeKeys = graphmlKeys(edges.map((e) => e.attributes), 'edge');
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://graphml.graphdrawing.org/xmlns', 'graphml', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  for (const [domain, keys] of [['node', nodeKeys], ['edge', edgeKeys]] as const) {
    for (const key of keys) root.ele('key', { id: key.id, for: domain, 'attr.name': key.name, 'attr.type': key.type });
  }
  const graph = root.ele('graph', { id: 'landscape', edgedefault: 'directed' });
  const data = (element: ReturnType<typeof graph.ele>, keys: typeof nodeKeys, attributes: Record<string, Scalar>) => {
    for (const key of keys) if (key.name in attributes) element.ele('data', { key: key.id }).txt(String(attributes[key.name]));
  };
  for (const node of nodes) data(graph.ele('node', { id: node.id }), nodeKeys, node.attributes);
  for (const edge of edges) data(graph.ele('edge', { id: edge.id, source: edge.source, target: edge.target }), edgeKeys, edge.attributes);
  return root.end({ prettyPrint: false });
}

/** A data frame as Grafana writes it to JSON (dataFrameToJSON): a schema of typed fields, and the values column by column. */
interface DataFrameJson {
  schema: { name: string; meta: { preferredVisualisationType: 'nodeGraph' }; fields: Array<{ name: string; type: 'string' | 'number'; config?: { displayName: string } }> };
  data: { values: Array<Array<string | number | null>> };
}

function frame(name: string, columns: Array<{ name: string; displayName?: string; values: Array<string | number | null> }>): DataFrameJson {
  return {
    schema: {
      name,
      meta: { preferredVisualisationType: 'nodeGraph' },
      fields: columns.map((c) => ({
        name: c.name,
        type: c.values.every((v) => v === null || typeof v === 'number') && c.values.some((v) => v !== null) ? 'number' : 'string',
        ...(c.displayName ? { config: { displayName: c.displayName } } : {}),
      })),
    },
    data: { values: columns.map((c) => c.values) },
  };
}

/** The explorer's colours (src/graph-view/explore/explore.js), so that both pictures read alike: models by openness, the rest by kind. */
const OPENNESS_COLOURS: Record<string, string> = { FULLY_OPEN: '#1a9850', OPEN_WEIGHTS: '#66bd63', RESTRICTED_OPEN: '#f46d43', CLOSED: '#b2182b' };
const KIND_COLOURS: Record<string, string> = {
  Organization: '#3b6fb6', Licence: '#8e6bbf', Benchmark: '#c49a00', BenchmarkResult: '#e0c870', Domain: '#b8860b', Claim: '#607d8b',
  Fact: '#455a64', Source: '#bdbdbd', StrategicMotive: '#d81b60', Tier: '#00897b', Technique: '#6d4c41', Regulation: '#5e35b1',
  DeploymentPattern: '#00838f',
};
const colourOf = (n: ViewNodeRow) =>
  (n.type === 'Model' ? OPENNESS_COLOURS[n.properties.openness as string] : KIND_COLOURS[n.type]) ?? '#9e9e9e';

/**
 * Grafana's node graph panel: a "nodes" frame (id, title, subTitle, color, detail__ fields) and an "edges"
 * frame (id, source, target, mainStat), the field names the panel reads.
 */
export function toNodeGraphFrames(view: ViewRow): DataFrameJson[] {
  const nodes = view.nodes;
  return [
    frame('nodes', [
      { name: 'id', values: nodes.map((n) => n.key) },
      { name: 'title', displayName: 'Name', values: nodes.map((n) => n.label) },
      { name: 'subTitle', displayName: 'Kind', values: nodes.map((n) => n.type) },
      { name: 'color', values: nodes.map(colourOf) },
      { name: 'detail__openness', displayName: 'Openness', values: nodes.map((n) => (n.properties.openness as string | undefined) ?? null) },
      { name: 'detail__country', displayName: 'Country', values: nodes.map((n) => (n.properties.country as string | undefined) ?? null) },
    ]),
    frame('edges', [
      { name: 'id', values: view.edges.map(edgeIdOf) },
      { name: 'source', values: view.edges.map((e) => e.source) },
      { name: 'target', values: view.edges.map((e) => e.target) },
      { name: 'mainStat', displayName: 'Relationship', values: view.edges.map((e) => e.type) },
    ]),
  ];
}
