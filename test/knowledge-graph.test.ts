import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from './support/neo4j.js';

/**
 * The seeded graph, checked against the reference facts it was built from: the names below are the
 * rows of the project's facts tables (models, organizations, licences) and the conflicts review.
 */
const db = testDatabase();
afterAll(() => db.close());

const q = (text: string, params: Record<string, unknown> = {}) => db.read({ name: 'test/knowledge-graph', text }, params);

const MODELS = [
  'Llama 3.1 405B', 'Llama 4 Scout', 'Llama 4 Maverick', 'Llama 4 Behemoth', 'Qwen 2.5 72B', 'Qwen2.5-Coder-32B',
  'QwQ-32B', 'Qwen3-235B-A22B', 'Qwen3-32B', 'DeepSeek-V3', 'DeepSeek-R1', 'DeepSeek R2', 'Mistral Large 2',
  'Mistral Medium 3', 'Mixtral 8x22B', 'Mistral 7B', 'Magistral Small', 'Magistral Medium', 'OLMo 2 32B',
  'Gemma 3 27B', 'GPT-4o', 'o1', 'o3-mini', 'o3', 'GPT-5', 'Claude 3 Opus', 'Claude 3.5 Sonnet', 'Claude Sonnet 4',
  'Claude Opus 4', 'Gemini 2.0 Flash', 'Gemini 2.5 Pro',
];
const ORGANIZATIONS = ['Meta', 'Alibaba Cloud (Qwen team)', 'DeepSeek', 'High-Flyer', 'Mistral AI', 'Allen Institute for AI (Ai2)', 'Google', 'OpenAI', 'Anthropic'];
const LICENCES = [
  'Llama 3.1 Community License Agreement', 'Llama 4 Community License Agreement', 'Llama 4 Acceptable Use Policy',
  'Qwen LICENSE AGREEMENT (2024-09-19)', 'Qwen RESEARCH LICENSE AGREEMENT (2024-09-19)', 'DeepSeek License Agreement v1.0',
  'MIT License', 'Apache License 2.0', 'Mistral AI Research License (MRL v0.1)', 'Gemma Terms of Use',
  'Proprietary API / service terms',
];

describe('the knowledge graph holds the reference facts', () => {
  it('has every model, organization and licence of the facts tables', async () => {
    const names = async (label: string) =>
      (await q(`MATCH (n:${label}) RETURN collect(n.name) AS names`))[0]!.names as string[];
    expect(await names('Model')).toEqual(expect.arrayContaining(MODELS));
    expect(await names('Organization')).toEqual(expect.arrayContaining(ORGANIZATIONS));
    expect(await names('Licence')).toEqual(expect.arrayContaining(LICENCES));
  });

  it('knows who develops each model and who owns whom', async () => {
    const [row] = await q(`
      MATCH (:Organization {id: 'deepseek'})-[:SUBSIDIARY_OF]->(parent:Organization)
      MATCH (:Organization {id: 'google'})-[:SUBSIDIARY_OF]->(alphabet:Organization)
      OPTIONAL MATCH (m:Model {origin: 'seed'}) WHERE NOT (:Organization)-[:DEVELOPS]->(m)
      RETURN parent.name AS deepseekParent, alphabet.name AS googleParent, count(m) AS orphans`);
    expect(row).toEqual({ deepseekParent: 'High-Flyer', googleParent: 'Alphabet', orphans: 0 });
  });

  it('keeps every benchmark result with its source, reporter and source table', async () => {
    const [row] = await q(`
      MATCH (r:BenchmarkResult)
      OPTIONAL MATCH (r)-[:REPORTED_IN]->(s:Source)
      RETURN count(r) AS results, count(s) AS sourced,
             sum(CASE WHEN r.sourceTable IS NULL OR r.reportedBy IS NULL THEN 1 ELSE 0 END) AS missingTable`);
    expect(row).toEqual({ results: 218, sourced: 218, missingTable: 0 });
  });

  it('keeps different scores for the same model from different sources apart', async () => {
    const rows = await q(`
      MATCH (:Model {id: 'llama-3-1-405b'})-[:HAS_RESULT]->(r)-[:ON_BENCHMARK]->(:Benchmark {id: 'gpqa'})
      RETURN r.score AS score, r.reportedBy AS reportedBy ORDER BY score, reportedBy`);
    expect(rows.map((r) => r.score)).toEqual([50.7, 50.7, 51.1]);
  });

  it('has claims from every section of the analysis, at least 40 in all', async () => {
    const rows = await q(`
      MATCH (c:Claim)-[:FROM_SECTION]->(s:Source {kind: 'DOCUMENT_SECTION'})
      RETURN s.section AS section, count(c) AS claims ORDER BY section`);
    expect(rows.map((r) => r.section)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows.every((r) => (r.claims as number) >= 3)).toBe(true);
    expect(rows.reduce((sum, r) => sum + (r.claims as number), 0)).toBeGreaterThanOrEqual(40);
  });

  it("records every conflict of the review as a claim decided by sourced facts: CONTRADICTED, or PARTLY_SUPPORTED where the review says partial (Qwen's and Mistral's Apache releases)", async () => {
    const partial = new Set(['qwen-apache', 'mistral-open-releases-apache']);
    const conflicts: Record<string, string[]> = {
      'deepseek-apache': ['deepseek-r1-mit', 'deepseek-v3-model-licence'],
      'qwen-apache': ['qwen-2-5-72b-qwen-licence'],
      'mistral-open-releases-apache': ['mistral-large-2-research-licence'],
      'deepseek-r2-exists': ['deepseek-r2-not-released'],
      'llama-4-behemoth-offered': ['behemoth-not-released'],
      'google-open-sources-gemma': ['gemma-terms-not-open-source'],
      'open-weights-category-unrestricted': ['llama-mau-clause'],
      'llama-free-for-all-but-largest': ['llama-4-eu-carve-out'],
    };
    const rows = await q(`
      UNWIND $ids AS id
      MATCH (c:Claim {id: id})
      OPTIONAL MATCH (c)-[:DECIDED_BY]->(f:Fact)-[:SOURCED_FROM]->(s:Source)
      RETURN c.id AS claim, c.verdict AS verdict, c.conflict AS conflict, collect(f.id) AS facts, count(s) AS sourced`,
      { ids: Object.keys(conflicts) });
    expect(rows).toHaveLength(Object.keys(conflicts).length);
    for (const row of rows) {
      expect(row.verdict, String(row.claim)).toBe(partial.has(row.claim as string) ? 'PARTLY_SUPPORTED' : 'CONTRADICTED');
      expect(row.conflict, String(row.claim)).toBeTruthy();
      expect(row.facts as string[]).toEqual(expect.arrayContaining(conflicts[row.claim as string]!));
      expect(row.sourced).toBe((row.facts as string[]).length);
    }
  });

  it('does not mark a consistent or merely unproven claim as contradicted', async () => {
    const rows = await q(`MATCH (c:Claim) WHERE c.id IN ['llama-700m-mau', 'mistral-large-competitive-gpt-4'] RETURN c.id AS id, c.verdict AS verdict ORDER BY id`);
    expect(rows).toEqual([
      { id: 'llama-700m-mau', verdict: 'SUPPORTED' },
      { id: 'mistral-large-competitive-gpt-4', verdict: 'UNVERIFIED' },
    ]);
  });

  it('gets openness right where the analysis document gets it wrong', async () => {
    const rows = await q(`
      MATCH (m:Model) WHERE m.id IN $ids
      OPTIONAL MATCH (m)-[:LICENSED_UNDER]->(l:Licence)
      RETURN m.id AS id, m.openness AS openness, m.status AS status, l.spdx AS spdx ORDER BY id`,
      { ids: ['deepseek-r1', 'deepseek-v3', 'qwen-2-5-72b', 'mistral-large-2', 'qwen3-235b-a22b', 'olmo-2-32b', 'gpt-5', 'llama-4-behemoth'] });
    expect(rows).toEqual([
      { id: 'deepseek-r1', openness: 'OPEN_WEIGHTS', status: 'RELEASED', spdx: 'MIT' },
      { id: 'deepseek-v3', openness: 'RESTRICTED_OPEN', status: 'RELEASED', spdx: null },
      { id: 'gpt-5', openness: 'CLOSED', status: 'RELEASED', spdx: null },
      { id: 'llama-4-behemoth', openness: null, status: 'ANNOUNCED', spdx: null },
      { id: 'mistral-large-2', openness: 'RESTRICTED_OPEN', status: 'RELEASED', spdx: null },
      { id: 'olmo-2-32b', openness: 'FULLY_OPEN', status: 'RELEASED', spdx: 'Apache-2.0' },
      { id: 'qwen-2-5-72b', openness: 'RESTRICTED_OPEN', status: 'RELEASED', spdx: null },
      { id: 'qwen3-235b-a22b', openness: 'OPEN_WEIGHTS', status: 'RELEASED', spdx: 'Apache-2.0' },
    ]);
  });

  it('holds licence terms as data: the MAU gates and the Llama 4 EU carve-out', async () => {
    const rows = await q(`MATCH (l:Licence) WHERE l.mauThreshold IS NOT NULL OR l.euMultimodalCarveOut RETURN l.id AS id, l.mauThreshold AS mau, l.euMultimodalCarveOut AS eu ORDER BY id`);
    expect(rows).toEqual([
      { id: 'llama-3-1-community', mau: 700_000_000, eu: null },
      { id: 'llama-4-aup', mau: null, eu: true },
      { id: 'llama-4-community', mau: 700_000_000, eu: true },
      { id: 'qwen-licence', mau: 100_000_000, eu: null },
    ]);
  });

  it('links strategic motives to the labs the analysis attributes them to', async () => {
    const rows = await q(`
      MATCH (o:Organization)-[d:DRIVEN_BY]->(m:StrategicMotive {drives: 'OPEN_RELEASE'})
      RETURN o.id AS org, m.id AS motive, d.rationale IS NOT NULL AS explained ORDER BY org`);
    expect(rows).toEqual([
      { org: 'alibaba-cloud', motive: 'ecosystem-building', explained: true },
      { org: 'deepseek', motive: 'recruiting-and-prestige', explained: true },
      { org: 'meta', motive: 'commoditize-the-complement', explained: true },
      { org: 'mistral-ai', motive: 'european-champion', explained: true },
    ]);
  });

  it('gives every node a source, where the seed has one to give', async () => {
    const [row] = await q(`
      MATCH (n) WHERE (n:Model OR n:Organization OR n:Licence OR n:StrategicMotive OR n:Technique OR n:Regulation OR n:Fact OR n:Tier OR n:DeploymentPattern)
        AND NOT (n)-[:SOURCED_FROM]->(:Source)
      RETURN count(n) AS unsourced`);
    expect(row).toEqual({ unsourced: 0 });
  });
});
