import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import graphology from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/server/yoga.js';
import { ask } from './support/graphql.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/**
 * The graph in the files analysts open: GraphML and GEXF read by networkx (the Python library Gephi, yEd and
 * notebook users share files with), and Grafana's node graph frames, each the same graph the GraphQL field
 * graph(...) gives for the same arguments. networkx comes from PyPI (.ci/run installs it); without it the
 * networkx tests are skipped, saying so.
 */
const db = testDatabase();
const app = createApp({ db, logger: quietLogger });
afterAll(() => db.close());

const python = ['python3', 'python'].find((command) => spawnSync(command, ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0);
if (!python) console.warn('networkx is not installed (pip install networkx): the GraphML and GEXF reads by networkx are skipped');

const get = (path: string) => app.fetch(`http://test${path}`);

/**
 * Gephi itself: the Gephi toolkit 0.10.1 from Maven Central (one jar, fetched once by Maven into
 * .test-output/gephi), running test/support/gephi/GephiRead.java. No registry ships GEXF's XSD, so the
 * check of a GEXF file is the tool it is for opening it: its importer's severe issues, and what it loaded.
 */
const GEPHI_JAR = '.test-output/gephi/gephi-toolkit-0.10.1-all.jar';
function gephiJar(): string | null {
  if (existsSync(GEPHI_JAR)) return GEPHI_JAR;
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) return null;
  const copy = spawnSync('mvn', ['-q', 'dependency:copy', '-Dartifact=org.gephi:gephi-toolkit:0.10.1:jar:all', '-DoutputDirectory=.test-output/gephi'], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (copy.status !== 0) console.warn(`the Gephi toolkit could not be fetched with Maven: ${copy.stdout}${copy.stderr}`);
  return existsSync(GEPHI_JAR) ? GEPHI_JAR : null;
}
const gephi = gephiJar();
if (!gephi) console.warn('Java or Maven is missing: the Gephi reads are skipped');

function readWithGephi(file: string, node: string) {
  const run = spawnSync('java', ['-Djava.awt.headless=true', '-cp', gephi!, 'test/support/gephi/GephiRead.java', file, node], { encoding: 'utf8', timeout: 300_000 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { nodes: number; edges: number; problems: string[]; label: string | null };
}

/** What networkx reads from a file: its node and edge counts, and the attributes of one node and of one edge. */
function readWithNetworkx(file: string, reader: 'read_graphml' | 'read_gexf', node: string, edge: [string, string]) {
  const script = `
import json, sys, networkx as nx
g = nx.${reader}(sys.argv[1])
source, target = sys.argv[3], sys.argv[4]
print(json.dumps({
  "directed": g.is_directed(), "multigraph": g.is_multigraph(), "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
  "node": g.nodes[sys.argv[2]],
  "edge": [dict(d) for d in g.get_edge_data(source, target).values()] if g.is_multigraph() else [dict(g.get_edge_data(source, target))],
}, default=str))`;
  const run = spawnSync(python!, ['-c', script, file, node, ...edge], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as { directed: boolean; multigraph: boolean; nodes: number; edges: number; node: Record<string, unknown>; edge: Array<Record<string, unknown>> };
}

/** The same view through GraphQL, as the explorer and the graph libraries ask for it. */
async function graphQLView(args: string) {
  const { data, errors } = await ask(app, `{ graph(${args}) { nodes { id type label } edges { id source target type } truncated } }`);
  expect(errors).toBeUndefined();
  return data!.graph as { nodes: Array<{ id: string; type: string; label: string }>; edges: Array<{ id: string; source: string; target: string; type: string }>; truncated: boolean };
}

async function saved(path: string, file: string, contentType: RegExp) {
  const response = await get(path);
  expect(response.status, await response.clone().text()).toBe(200);
  expect(response.headers.get('content-type')).toMatch(contentType);
  const body = await response.text();
  mkdirSync('.test-output/graph-exports', { recursive: true });
  writeFileSync(`.test-output/graph-exports/${file}`, body);
  return { body, file: `.test-output/graph-exports/${file}` };
}

describe('the graph as GraphML, GEXF and Grafana node graph frames', () => {
  const neighbourhood = '/export/graph.FORMAT?ids=model:deepseek-r1&depth=2&limit=400';
  const neighbourhoodArgs = 'ids: ["model:deepseek-r1"], depth: 2, limit: 400';

  it.skipIf(!python)('GraphML: networkx reads the neighbourhood of DeepSeek-R1 with the nodes and edges graph(...) gives, typed and labelled', async () => {
    const view = await graphQLView(neighbourhoodArgs);
    const { file } = await saved(neighbourhood.replace('FORMAT', 'graphml'), 'deepseek-r1.graphml', /^application\/graphml\+xml/);
    const read = readWithNetworkx(file, 'read_graphml', 'model:deepseek-r1', ['organization:deepseek', 'model:deepseek-r1']);
    expect(view.nodes.length).toBeGreaterThan(30);
    expect(read).toMatchObject({ directed: true, nodes: view.nodes.length, edges: view.edges.length });
    // Typed attributes: a number stays a number, a list is joined as the CSV exports join lists.
    expect(read.node).toMatchObject({ label: 'DeepSeek-R1', type: 'Model', name: 'DeepSeek-R1', openness: 'OPEN_WEIGHTS', weightsAvailable: true });
    expect(typeof read.node.totalParamsB).toBe('number');
    expect(read.edge).toEqual([expect.objectContaining({ type: 'DEVELOPS' })]);
  });

  it.skipIf(!python)('GEXF 1.3: networkx reads the whole landscape with the nodes and edges graph(...) gives', async () => {
    const view = await graphQLView('limit: 2000');
    const { body, file } = await saved('/export/graph.gexf?limit=2000', 'landscape.gexf', /^application\/gexf\+xml/);
    expect(body).toContain('xmlns="http://gexf.net/1.3"');
    const read = readWithNetworkx(file, 'read_gexf', 'model:deepseek-r1', ['organization:deepseek', 'model:deepseek-r1']);
    expect(view.nodes.length).toBeGreaterThan(250); // every model, organization and licence
    expect(read).toMatchObject({ directed: true, nodes: view.nodes.length, edges: view.edges.length });
    expect(read.node).toMatchObject({ label: 'DeepSeek-R1', type: 'Model', openness: 'OPEN_WEIGHTS' });
  });

  it.skipIf(!gephi)('Gephi opens the GEXF and the GraphML of the landscape with no severe issue, and holds the nodes and edges graph(...) gives', async () => {
    const view = await graphQLView('limit: 2000');
    for (const format of ['gexf', 'graphml']) {
      const { file } = await saved(`/export/graph.${format}?limit=2000`, `landscape-gephi.${format}`, /^application\/(gexf|graphml)\+xml/);
      const opened = readWithGephi(file, 'model:deepseek-r1');
      expect(opened, format).toEqual({ nodes: view.nodes.length, edges: view.edges.length, problems: [], label: 'DeepSeek-R1' });
    }
  });

  it('GEXF: graphology (sigma.js) parses it back into the same nodes and edges, with their ids', async () => {
    const view = await graphQLView(neighbourhoodArgs);
    const { body } = await saved(neighbourhood.replace('FORMAT', 'gexf'), 'deepseek-r1.gexf', /^application\/gexf\+xml/);
    const graph = parseGexf(graphology.MultiDirectedGraph, body);
    expect(new Set(graph.nodes())).toEqual(new Set(view.nodes.map((n) => n.id)));
    expect(new Set(graph.edges())).toEqual(new Set(view.edges.map((e) => e.id)));
    expect(graph.getNodeAttribute('model:deepseek-r1', 'label')).toBe('DeepSeek-R1');
  });

  it('Grafana node graph: a nodes frame and an edges frame, column by column, the same graph as graph(...)', async () => {
    const view = await graphQLView('labels: [Model, Organization], relationshipTypes: [DEVELOPS], limit: 2000');
    const response = await get('/export/graph.nodegraph.json?labels=Model,Organization&relationshipTypes=develops&limit=2000');
    expect(response.status).toBe(200);
    const [nodes, edges] = (await response.json()) as Array<{ schema: { name: string; meta: unknown; fields: Array<{ name: string; type: string }> }; data: { values: unknown[][] } }>;
    expect(nodes!.schema).toMatchObject({ name: 'nodes', meta: { preferredVisualisationType: 'nodeGraph' } });
    expect(nodes!.schema.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['id', 'title', 'subTitle', 'color']));
    const column = (frame: typeof nodes, name: string) => frame!.data.values[frame!.schema.fields.findIndex((f) => f.name === name)]!;
    expect(new Set(column(nodes, 'id'))).toEqual(new Set(view.nodes.map((n) => n.id)));
    expect(new Set(column(nodes, 'subTitle'))).toEqual(new Set(['Model', 'Organization']));
    expect(edges!.schema.fields.map((f) => f.name)).toEqual(['id', 'source', 'target', 'mainStat']);
    expect(column(edges, 'id')).toHaveLength(view.edges.length);
    expect(new Set(column(edges, 'mainStat'))).toEqual(new Set(['DEVELOPS']));
    // Every column as long as its frame.
    for (const frame of [nodes, edges]) for (const values of frame!.data.values) expect(values).toHaveLength(frame!.data.values[0]!.length);
  });

  it('names what was wrong in the query string, with the parameter, and answers 400', async () => {
    for (const [path, parameter] of [
      ['/export/graph.graphml?depth=9&ids=model:deepseek-r1', 'depth'],
      ['/export/graph.graphml?depth=two', 'depth'],
      ['/export/graph.gexf?labels=Model,Nonsense', 'labels'],
      ['/export/graph.gexf?relationshipTypes=LIKES', 'relationshipTypes'],
      ['/export/graph.nodegraph.json?limit=0', 'limit'],
      ['/export/graph.graphml?colour=red', 'colour'],
      ['/export/graph.graphml?ids=not-an-id', 'ids'],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      const body = (await response.json()) as { error: string; parameter: string };
      expect(body.parameter, path).toBe(parameter);
      expect(body.error, path).toContain(`"${parameter}"`);
    }
    const unknown = await get('/export/graph.dot');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { exports: string[] }).exports).toEqual(
      expect.arrayContaining(['/export/graph.graphml', '/export/graph.gexf', '/export/graph.nodegraph.json']),
    );
  });
});
