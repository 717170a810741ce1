import cytoscape from 'cytoscape';
import { MultiGraph } from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/server/yoga.js';
import { ask } from './support/graphql.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/** The `graph` query for visualization front ends: shapes the libraries load as they are. */
const db = testDatabase();
const app = createApp({ db, logger: quietLogger });
afterAll(() => db.close());

describe('the whole landscape, in one call', () => {
  it('holds every model, organization and licence, and the relationships among them', async () => {
    const { data, errors, roundTrips } = await ask(app, '{ graph { truncated nodes { id type label } edges { id source target type } } models { totalCount } }');
    expect(errors).toBeUndefined();
    expect(roundTrips).toBe(1); // the view, and the count it is checked against: one level, sent together
    const view = data!.graph;
    const count = (type: string) => view.nodes.filter((n: { type: string }) => n.type === type).length;
    // Every model, the curated ones and those the catalogs add; the seed's organizations and licences.
    expect([count('Model'), count('Organization'), count('Licence')]).toEqual([data!.models.totalCount, 12, 11]);
    expect(view.truncated).toBe(false);
    const keys = new Set(view.nodes.map((n: { id: string }) => n.id));
    for (const edge of view.edges) {
      expect(keys.has(edge.source) && keys.has(edge.target), edge.id).toBe(true);
      expect(edge.id).toBe(`${edge.source}-${edge.type}->${edge.target}`);
    }
    expect(view.edges.map((e: { id: string }) => e.id)).toContain('organization:deepseek-DEVELOPS->model:deepseek-r1');
    expect(view.edges.map((e: { id: string }) => e.id)).toContain('model:deepseek-r1-LICENSED_UNDER->licence:mit');
  });
});

describe('what visualization libraries load without reshaping', () => {
  it('Cytoscape.js (headless, in Node) takes the answer as its elements', async () => {
    const { data } = await ask(app, '{ graph { nodes { data } edges { data } } }');
    const cy = cytoscape({ headless: true, elements: data!.graph });
    expect(cy.nodes().length).toBe(data!.graph.nodes.length);
    expect(cy.edges().length).toBe(data!.graph.edges.length);
    const r1 = cy.getElementById('model:deepseek-r1');
    expect(r1.data('openness')).toBe('OPEN_WEIGHTS');
    expect(r1.outgoers('node').map((n) => n.id())).toContain('licence:mit');
    expect(r1.incomers('node').map((n) => n.id())).toContain('organization:deepseek');
  });

  it('graphology imports it as a serialized graph (what sigma draws)', async () => {
    const { data } = await ask(app, '{ graph { nodes { key attributes } edges { key source target attributes } } }');
    const graph = MultiGraph.from(data!.graph);
    expect(graph.order).toBe(data!.graph.nodes.length);
    expect(graph.size).toBe(data!.graph.edges.length);
    expect(graph.getNodeAttribute('model:qwen3-235b-a22b', 'label')).toBe('Qwen3-235B-A22B');
    expect(graph.hasEdge('model:deepseek-r1-LICENSED_UNDER->licence:mit')).toBe(true);
  });

  it('vis-network reads id and label on nodes, from and to on edges', async () => {
    const { data } = await ask(app, '{ graph { nodes { id label } edges { from to } } }');
    const ids = new Set(data!.graph.nodes.map((n: { id: string }) => n.id));
    expect(data!.graph.nodes.every((n: { id: string; label: string }) => n.id && n.label)).toBe(true);
    expect(data!.graph.edges.every((e: { from: string; to: string }) => ids.has(e.from) && ids.has(e.to))).toBe(true);
  });
});

describe('the neighbourhood of some nodes', () => {
  it('grows with the depth, by global id or key, filtered by label and relationship type', async () => {
    const { data: ids } = await ask(app, '{ model(id: "deepseek-r1") { id } }');
    const { data } = await ask(app, `{
      one: graph(ids: ["${ids!.model.id}"]) { nodes { id } }
      two: graph(ids: ["model:deepseek-r1"], depth: 2, limit: 2000) { nodes { id } }
      labs: graph(ids: ["model:deepseek-r1"], depth: 2, labels: [Organization, Model], relationshipTypes: [DEVELOPS, SUBSIDIARY_OF]) { nodes { id type } edges { type } } }`);
    const one = data!.one.nodes.map((n: { id: string }) => n.id);
    const two = data!.two.nodes.map((n: { id: string }) => n.id);
    expect(one[0]).toBe('model:deepseek-r1');
    expect(one).toEqual(expect.arrayContaining(['organization:deepseek', 'licence:mit', 'claim:deepseek-apache']));
    expect(one).not.toContain('organization:high-flyer');
    expect(two).toEqual(expect.arrayContaining([...one, 'organization:high-flyer']));
    // DeepSeek's curated models, and those the catalogs add (DeepSeek-V3.1, the R1 distillations...).
    const { data: deepseek } = await ask(app, '{ organization(id: "deepseek") { models { modelId } } }');
    expect(data!.labs.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
      [...deepseek!.organization.models.map((m: { modelId: string }) => `model:${m.modelId}`), 'organization:deepseek', 'organization:high-flyer'].sort(),
    );
    expect(data!.labs.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(['model:deepseek-r2', 'model:deepseek-v3', 'model:deepseek-v3-1']));
    expect(new Set(data!.labs.edges.map((e: { type: string }) => e.type))).toEqual(new Set(['DEVELOPS', 'SUBSIDIARY_OF']));
  });

  it('starts from the global id of a node of any kind, whose type name is not its label (CapabilityDomain, BenchmarkResult)', async () => {
    const { data: ids } = await ask(app, '{ domains { id domain } model(id: "deepseek-r1") { results { id } } }');
    const math = ids!.domains.find((d: { domain: string }) => d.domain === 'MATH');
    const result = ids!.model.results[0];
    const { data, errors } = await ask(app, `{ d: graph(ids: ["${math.id}"]) { nodes { id type } } r: graph(ids: ["${result.id}"]) { nodes { id type } } }`);
    expect(errors).toBeUndefined();
    expect(data!.d.nodes[0]).toEqual({ id: 'domain:math', type: 'Domain' });
    expect(data!.r.nodes[0]).toMatchObject({ id: expect.stringMatching(/^result:/), type: 'BenchmarkResult' });
  });

  it("sends a node's properties as people read them, without what is kept for indexes and filters", async () => {
    const { data: ids } = await ask(app, '{ model(id: "deepseek-r1") { results { id } } }');
    const { data, errors } = await ask(app, `{ graph(ids: ["model:deepseek-r1", "${ids!.model.results[0].id}"], depth: 1) { nodes { id properties } } }`);
    expect(errors).toBeUndefined();
    const [model, result] = ['model:deepseek-r1', /^result:/].map((id) => data!.graph.nodes.find((n: { id: string }) => (typeof id === 'string' ? n.id === id : id.test(n.id))).properties);
    expect(model).toMatchObject({ name: 'DeepSeek-R1', openness: 'OPEN_WEIGHTS' });
    expect(result.score).toEqual(expect.any(Number));
    for (const copy of ['searchText', 'nameSort', 'releaseSort', 'licenceSpdx', 'licenceCategory']) expect(model).not.toHaveProperty(copy);
    for (const copy of ['modelOpenness', 'modelLicenceSpdx', 'modelLicenceCategory']) expect(result).not.toHaveProperty(copy);
  });

  it('gives the same view when asked twice, even cut short at a hub, the start node first', async () => {
    const query = '{ graph(ids: ["licence:mit"], depth: 2, limit: 25) { truncated nodes { id } edges { id } } }';
    const first = await ask(app, query);
    const second = await ask(app, query);
    expect(first.errors).toBeUndefined();
    expect(first.data!.graph.truncated).toBe(true);
    expect(second.data).toEqual(first.data);
    expect(first.data!.graph.nodes[0].id).toBe('licence:mit');
  });

  it('stops at the node limit and says so', async () => {
    const { data } = await ask(app, '{ graph(ids: ["licence:apache-2-0"], depth: 3, limit: 25) { truncated nodes { id } } }');
    expect(data!.graph.nodes).toHaveLength(25);
    expect(data!.graph.truncated).toBe(true);
  });

  it('starts from the best matches of a search', async () => {
    const { data } = await ask(app, '{ graph(search: "Magistral", labels: [Model, Organization]) { nodes { id } } }');
    expect(data!.graph.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(['model:magistral-small', 'organization:mistral-ai']));
  });

  it('names a bad depth, limit or id', async () => {
    const messages = async (query: string) => (await ask(app, query)).errors?.map((e) => `${e.extensions?.code}: ${e.message}`);
    expect(await messages('{ graph(ids: ["model:deepseek-r1"], depth: 4) { truncated } }')).toEqual([
      'BAD_USER_INPUT: Argument "depth" must be between 1 and 3, got 4.',
    ]);
    expect(await messages('{ graph(limit: 0) { truncated } }')).toEqual(['BAD_USER_INPUT: Argument "limit" must be between 1 and 2000, got 0.']);
    expect((await messages('{ graph(ids: ["nonsense"]) { truncated } }'))![0]).toContain('"nonsense" is not a global id');
  });
});
