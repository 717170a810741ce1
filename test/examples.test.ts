import { afterAll, describe, expect, it } from 'vitest';
import { exampleQuestions } from '../src/questions/examples.js';
import { createApp } from '../src/server/yoga.js';
import { ask } from './support/graphql.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/** The example questions GraphiQL opens with are real questions with real answers from the graph. */
const db = testDatabase();
const app = createApp({ db, logger: quietLogger });
afterAll(() => db.close());

const examples = exampleQuestions();

/** What each example's answer must show, beyond running without an error. */
const expectations: Record<string, (data: Record<string, any>) => void> = {
  ApacheBeatsClosedOnMath: (data) => {
    expect(data.benchmarkWins.length).toBeGreaterThan(0);
    expect(data.benchmarkWins.every((w: any) => w.winner.licence.spdx === 'Apache-2.0' && w.loser.openness === 'CLOSED')).toBe(true);
  },
  MotivesOfOpenWeightLabs: (data) => {
    const labs = data.motives.flatMap((m: any) => m.organizations.map((a: any) => a.organization.name));
    expect(labs).toEqual(expect.arrayContaining(['Meta', 'DeepSeek', 'Mistral AI']));
  },
  OpenLagOnCoding: (data) => {
    expect(data.opennessGap.matchedCount).toBeGreaterThan(0);
    expect(typeof data.opennessGap.medianLagMonths).toBe('number');
    // Claude 3.5 Sonnet in DeepSeek's tables is its October 2024 snapshot, and its lags count from then
    const claude = data.opennessGap.pairs.find((p: any) => p.closedModel.name === 'Claude 3.5 Sonnet' && p.benchmark.name === 'Codeforces');
    expect(claude).toMatchObject({ closedDate: '2024-10-22', lagMonths: 2.1, closedResult: { snapshot: { snapshotId: 'claude-3-5-sonnet-20241022' } } });
  },
  MitModelsBeatingOpenAI: (data) => {
    expect(data.benchmarkWins.some((w: any) => w.winner.name === 'DeepSeek-R1' && w.loser.name === 'o1')).toBe(true);
  },
  OpenLeaderboardGPQA: (data) => {
    // one table and setting, named: Meta's Llama 4 card holds the most open GPQA Diamond results
    expect(data.leaderboard[0].model.name).toBe('Llama 4 Maverick');
    expect(new Set(data.leaderboard.map((e: any) => e.result.sourceTable)).size).toBe(1);
    expect(data.anyTable[0].model.name).toBe('DeepSeek-R1');
    expect(data.anyTable[0].crossSource).toBe(true);
  },
  LandscapeInNumbers: (data) => {
    expect(data.byOpenness.reduce((sum: number, g: any) => sum + g.count, 0)).toBe(data.all.totalCount);
    expect(data.curated.totalCount).toBe(33); // seed/models.yaml; the catalogs add the rest
    expect(data.all.totalCount).toBeGreaterThan(31);
    expect(data.aime2025.length).toBeGreaterThan(0);
  },
  ClaimsTheGraphDecides: (data) => {
    const ruled = data.claims.edges.map((e: any) => e.node).filter((c: any) => c.rule !== null);
    expect(ruled.map((c: any) => c.verdict)).toContain('MIXED');
    for (const claim of ruled) expect(claim.verdictHistory.at(-1).to).toBe(claim.verdict);
  },
  UsableFor: (data) => {
    const byName = new Map(data.modelsUsableFor.map((u: any) => [u.model.name, u]));
    expect((byName.get('DeepSeek-R1') as any).usable).toBe(true);
    const distill = byName.get('DeepSeek-R1-Distill-Llama-8B') as any;
    expect(distill.usable).toBe(false);
    expect(distill.binding.some((b: any) => b.inherited && b.through[0].name === 'Llama 3.1 8B')).toBe(true);
  },
  WhereTheAnalysisIsWrong: (data) => {
    expect(data.claims.totalCount).toBeGreaterThanOrEqual(8);
    expect(data.claims.edges.every((e: any) => e.node.decidedBy.length > 0)).toBe(true);
  },
  ALabInDepth: (data) => {
    expect(data.organization.parent.name).toBe('High-Flyer');
    expect(data.organization.models.find((m: any) => m.name === 'DeepSeek-R1').licence.spdx).toBe('MIT');
  },
  WhatItCosts: (data) => {
    expect(data.benchmarkWins.some((w: any) => w.winner.cheapestOffering?.price.blendedPerMTokens > 0)).toBe(true);
    expect(data.openClosedPrices.modelPairs).toBeGreaterThan(0);
    expect(data.openClosedPrices.claim.statement).toContain('5-20x');
  },
  Search: (data) => {
    expect(data.search.totalCount).toBeGreaterThan(0);
  },
};

describe('GraphiQL opens with example questions', () => {
  it("has one tab per example, the user's own example (Apache-licensed models beating closed ones on math) first", async () => {
    expect(examples[0]!.operationName).toBe('ApacheBeatsClosedOnMath');
    expect(examples[0]!.document).toContain('benchmarkWins(domain: MATH, winner: { licenceSpdx: ["Apache-2.0"] }, loser: { openness: [CLOSED] })');
    const page = await (await app.fetch('http://test/graphql', { headers: { accept: 'text/html' } })).text();
    for (const { operationName } of examples) expect(page).toContain(operationName);
  });

  it('has an expectation for every example', () => {
    expect(examples.map((e) => e.operationName).sort()).toEqual(Object.keys(expectations).sort());
  });

  for (const example of examples) {
    it(`answers ${example.operationName} (${example.file})`, async () => {
      const { data, errors } = await ask(app, example.document, undefined, example.operationName);
      expect(errors).toBeUndefined();
      expectations[example.operationName]!(data!);
    });
  }
});
