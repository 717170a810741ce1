import { afterAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/auth/tokens.js';
import { loadSeed } from '../src/seed/loader.js';
import { createApp } from '../src/server/yoga.js';
import { ask } from './support/graphql.js';
import { quietLogger, testDatabase, undoApiWrites } from './support/neo4j.js';

/**
 * A comparison claim that carries a rule is decided by the graph: its verdict follows the results, and
 * every change says when, why and on which results.
 */
const db = testDatabase();
const editorToken = newToken();
const app = createApp({ db, logger: quietLogger, config: { API_TOKENS: [{ role: 'editor', sha256: hashToken(editorToken) }] } });
afterAll(async () => {
  // The result recorded here and the change it caused go; the seed decides the claim again, as before.
  await db.write({ name: 'test/undo-verdict-changes', text: "MATCH (v:VerdictChange) WHERE v.cause STARTS WITH 'recordBenchmarkResult' DETACH DELETE v" });
  await undoApiWrites(db);
  await db.close();
});

interface ResultSeen {
  id: string;
  score: number;
  model: { modelId: string };
  sourceTable: string;
}
interface ClaimSeen {
  claimId: string;
  verdict: string;
  reviewVerdict: string | null;
  rule: { question: string; benchmarks: Array<{ benchmarkId: string }>; claimed: { models: Array<{ modelId: string }> }; other: { openness: string[] } } | null;
  evidence: Array<{ benchmark: { benchmarkId: string }; comparisonKey: string; supports: boolean; claimedResult: ResultSeen & { comparisonKey: string }; otherResult: ResultSeen & { comparisonKey: string } }>;
  verdictHistory: Array<{ from: string | null; to: string; at: string; cause: string; supporting: number; against: number; results: Array<{ id: string }> }>;
}
const RESULT = 'id score model { modelId } sourceTable comparisonKey';
const CLAIM = `claimId verdict reviewVerdict
  rule { question benchmarks { benchmarkId } claimed { models { modelId } } other { openness } }
  evidence { benchmark { benchmarkId } comparisonKey supports claimedResult { ${RESULT} } otherResult { ${RESULT} } }
  verdictHistory { from to at cause supporting against results { id } }`;

async function competitionMathClaim(): Promise<ClaimSeen> {
  const { data, errors } = await ask<{ claims: { edges: Array<{ node: ClaimSeen }> } }>(app, `{ claims(about: ["o3"], first: 100) { edges { node { ${CLAIM} } } } }`);
  expect(errors).toBeUndefined();
  return data!.claims.edges.map((e) => e.node).find((c) => c.claimId === 'closed-lead-competition-math')!;
}

const evidenceLine = (e: ClaimSeen['evidence'][number]) =>
  `${e.benchmark.benchmarkId}: ${e.claimedResult.model.modelId} ${e.claimedResult.score} vs ${e.otherResult.model.modelId} ${e.otherResult.score} ${e.supports ? 'for' : 'against'}`;

describe('"closed models still outperform open ones on competition-level math"', () => {
  it('is MIXED by its rule, with both sides\' results linked: o3 leads on AIME 2025 and HMMT 2025, DeepSeek-R1 beats o1 on AIME 2024', async () => {
    const claim = await competitionMathClaim();
    expect(claim.rule).toEqual({
      question: 'LEADS',
      benchmarks: [{ benchmarkId: 'aime-2024' }, { benchmarkId: 'aime-2025' }, { benchmarkId: 'hmmt-2025' }],
      claimed: { models: [{ modelId: 'claude-opus-4' }, { modelId: 'o1' }, { modelId: 'o3' }] },
      other: { openness: ['OPEN_WEIGHTS', 'RESTRICTED_OPEN', 'FULLY_OPEN'] },
    });
    expect(claim.verdict).toBe('MIXED');
    expect(claim.reviewVerdict).toBe('CONTRADICTED');
    expect(claim.evidence.map(evidenceLine).sort()).toEqual([
      'aime-2024: o1 79.2 vs deepseek-r1 79.8 against',
      'aime-2025: o3 88.9 vs qwen3-235b-a22b 81.5 for',
      'hmmt-2025: o3 77.5 vs qwen3-235b-a22b 62.5 for',
    ]);
    // each piece compares within one group of comparable results
    for (const e of claim.evidence) {
      expect(e.claimedResult.comparisonKey).toBe(e.comparisonKey);
      expect(e.otherResult.comparisonKey).toBe(e.comparisonKey);
    }
    // the graph changed the review's verdict when the seed was loaded, citing the results that decided it
    const first = claim.verdictHistory[0]!;
    expect(first).toMatchObject({ from: 'CONTRADICTED', to: 'MIXED', cause: 'seed', supporting: 2, against: 1 });
    expect(first.results.map((r) => r.id).sort()).toEqual(claim.evidence.flatMap((e) => [e.claimedResult.id, e.otherResult.id]).sort());
    expect(Number.isNaN(Date.parse(first.at))).toBe(false);
  });

  it('loading the seed again changes nothing: the verdict stays, no change is added', async () => {
    const before = await competitionMathClaim();
    await loadSeed(db);
    const after = await competitionMathClaim();
    expect(after.verdict).toBe('MIXED');
    expect(after.verdictHistory).toEqual(before.verdictHistory);
  });

  it('becomes SUPPORTED when a recorded result reverses the AIME 2024 comparison, and says why', async () => {
    const before = await competitionMathClaim();
    const againstPiece = before.evidence.find((e) => !e.supports)!;
    // a score for o3 in DeepSeek's R1 table, with that table's protocol: comparable with o1's and R1's
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editorToken}` },
      body: JSON.stringify({
        query: 'mutation($input: BenchmarkResultInput!) { recordBenchmarkResult(input: $input) { id comparisonKey } }',
        variables: {
          input: {
            model: 'o3',
            benchmark: 'aime-2024',
            score: 91.6,
            setting: 'test: o3 in the R1 table',
            reportedBy: 'DeepSeek',
            sourceTable: againstPiece.claimedResult.sourceTable,
            protocol: { variant: 'INSTRUCT', sampling: 'pass@1 (64 samples)', maxOutputTokens: 32768 },
            source: { url: 'https://example.org/claim-rules-test', title: 'Claim rules test' },
          },
        },
      }),
    });
    const body = (await response.json()) as { data?: { recordBenchmarkResult: { id: string; comparisonKey: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const recorded = body.data!.recordBenchmarkResult;
    expect(recorded.comparisonKey).toBe(againstPiece.comparisonKey);

    const after = await competitionMathClaim();
    expect(after.verdict).toBe('SUPPORTED');
    expect(after.evidence.map(evidenceLine)).toContain('aime-2024: o3 91.6 vs deepseek-r1 79.8 for');
    const last = after.verdictHistory.at(-1)!;
    expect(after.verdictHistory.length).toBe(before.verdictHistory.length + 1);
    expect(last).toMatchObject({ from: 'MIXED', to: 'SUPPORTED', cause: 'recordBenchmarkResult: o3 on aime-2024, 91.6 (DeepSeek)', supporting: 3, against: 0 });
    expect(last.results.map((r) => r.id)).toContain(recorded.id);
    // and a reader asking for supported claims now finds it
    const { data } = await ask<{ claims: { edges: Array<{ node: { claimId: string } }> } }>(app, '{ claims(verdict: [SUPPORTED], first: 100) { edges { node { claimId } } } }');
    expect(data!.claims.edges.map((e) => e.node.claimId)).toContain('closed-lead-competition-math');
  });
});

describe('claims without a rule', () => {
  it('keep their reviewed verdict, no evidence and no history', async () => {
    const { data } = await ask<{ claims: { edges: Array<{ node: ClaimSeen }> } }>(app, `{ claims(about: ["deepseek-r1"], first: 100) { edges { node { ${CLAIM} } } } }`);
    const unruled = data!.claims.edges.map((e) => e.node).filter((c) => c.rule === null);
    expect(unruled.length).toBeGreaterThan(0);
    for (const claim of unruled) {
      expect(claim.evidence).toEqual([]);
      expect(claim.verdictHistory).toEqual([]);
      expect(claim.reviewVerdict).toBeNull();
    }
  });
});
