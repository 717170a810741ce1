import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/server/yoga.js';
import { ask } from './support/graphql.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/** The price questions an analyst asks of the real catalogs, each one request, on the seeded and imported graph. */
const db = testDatabase();
const app = createApp({ db, logger: quietLogger });
afterAll(() => db.close());

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('what models cost, against what they score', () => {
  it('"Apache-licensed models beating closed ones on math, and what each costs per million tokens": one request', async () => {
    const { data, errors, roundTrips } = await ask(
      app,
      `{ benchmarkWins(domain: MATH, winner: { licenceSpdx: ["Apache-2.0"] }, loser: { openness: [CLOSED] }) {
           winner { modelId licence { spdx } cheapestOffering { offeringId model { modelId } price { blendedPerMTokens } } }
           loser { modelId openness } benchmark { name } } }`,
    );
    expect(errors).toBeUndefined();
    const wins = data!.benchmarkWins as Array<{ winner: any; loser: any }>;
    expect(wins.length).toBeGreaterThan(0);
    for (const { winner, loser } of wins) {
      expect(winner.licence.spdx).toBe('Apache-2.0');
      expect(loser.openness).toBe('CLOSED');
      if (winner.cheapestOffering) {
        expect(winner.cheapestOffering.model.modelId).toBe(winner.modelId);
        expect(winner.cheapestOffering.price.blendedPerMTokens).toBeGreaterThan(0);
      }
    }
    expect(wins.some((win) => win.winner.cheapestOffering)).toBe(true);
    // One trip per level: the wins with their models; the cheapest offerings of all the winners; their models.
    expect(roundTrips).toBeLessThanOrEqual(3);
  });

  it('ranks the models of one benchmark table by score per dollar, naming the table', async () => {
    const { data, errors } = await ask(
      app,
      `{ pricePerformance(benchmark: "AIME 2025") { sourceTable asOf benchmark { name }
           entries { model { modelId } score result { sourceTable score } offering { model { modelId } price { blendedPerMTokens } } blendedPerMTokens scorePerDollar } } }`,
    );
    expect(errors).toBeUndefined();
    const answer = data!.pricePerformance;
    expect(answer.benchmark.name).toBe('AIME 2025');
    expect(answer.sourceTable).toEqual(expect.any(String));
    expect(answer.asOf).toMatch(/^\d{4}-\d\d-\d\d$/);
    const entries = answer.entries as any[];
    const priced = entries.filter((entry) => entry.scorePerDollar !== null);
    expect(priced.length).toBeGreaterThanOrEqual(2);
    for (const entry of entries) {
      expect(entry.result.sourceTable).toBe(answer.sourceTable); // one table, never mixed
      expect(entry.score).toBe(entry.result.score);
      if (entry.offering) {
        expect(entry.offering.model.modelId).toBe(entry.model.modelId);
        expect(close(entry.scorePerDollar, entry.score / entry.offering.price.blendedPerMTokens)).toBe(true);
      }
    }
    const values = priced.map((entry) => entry.scorePerDollar as number);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(entries.slice(priced.length).every((entry) => entry.scorePerDollar === null)).toBe(true);
  });

  it('says which benchmark it does not know', async () => {
    const { errors } = await ask(app, '{ pricePerformance(benchmark: "no such bench") { sourceTable } }');
    expect(errors![0]).toMatchObject({ message: expect.stringContaining('"no such bench"'), extensions: { code: 'BAD_USER_INPUT', argument: 'benchmark' } });
  });

  it('weighs the "5-20x cost savings" claim with closed and open-weight models of matched standing, pair by pair', async () => {
    const { data, errors } = await ask(
      app,
      `{ openClosedPrices { withinPercent modelPairs medianRatio modelPairsWithinClaim modelPairsAboveClaim modelPairsBelowClaim verdictFromEvidence
           claim { claimId statement }
           pairs { sourceTable ratio benchmark { benchmarkId }
             closed { model { modelId openness weightsAvailable } score blendedPerMTokens offering { model { modelId } } }
             open { model { modelId weightsAvailable } score blendedPerMTokens offering { model { modelId } } } } } }`,
    );
    expect(errors).toBeUndefined();
    const answer = data!.openClosedPrices;
    expect(answer.claim.claimId).toBe('self-hosting-5-20x');
    const pairs = answer.pairs as any[];
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      expect(pair.closed.model.weightsAvailable).toBe(false);
      expect(pair.open.model.weightsAvailable).toBe(true);
      expect(Math.abs(pair.open.score - pair.closed.score)).toBeLessThanOrEqual((Math.abs(pair.closed.score) * answer.withinPercent) / 100 + 1e-9);
      expect(close(pair.ratio, pair.closed.blendedPerMTokens / pair.open.blendedPerMTokens)).toBe(true);
      expect(pair.closed.offering.model.modelId).toBe(pair.closed.model.modelId);
      expect(pair.open.offering.model.modelId).toBe(pair.open.model.modelId);
    }
    // The summary is over distinct model pairs, and the verdict follows from it.
    const ratios = [...new Map(pairs.map((p) => [`${p.closed.model.modelId} ${p.open.model.modelId}`, p.ratio as number])).values()].sort((a, b) => a - b);
    expect(answer.modelPairs).toBe(ratios.length);
    expect(answer.modelPairsWithinClaim + answer.modelPairsAboveClaim + answer.modelPairsBelowClaim).toBe(ratios.length);
    const middle = Math.floor(ratios.length / 2);
    const median = ratios.length % 2 ? ratios[middle]! : (ratios[middle - 1]! + ratios[middle]!) / 2;
    expect(close(answer.medianRatio, median)).toBe(true);
    expect(answer.verdictFromEvidence).toBe(median >= 5 ? 'SUPPORTED' : 'CONTRADICTED');
  });

  it('refuses a match tolerance outside 0-100 percent, naming it', async () => {
    const { errors } = await ask(app, '{ openClosedPrices(withinPercent: 150) { modelPairs } }');
    expect(errors![0]).toMatchObject({ message: 'Argument "withinPercent" must be between 0 and 100, got 150.', extensions: { argument: 'withinPercent' } });
  });
});

describe('offerings and prices for spreadsheets', () => {
  const get = (path: string) => app.fetch(`http://test${path}`);

  it('exports the offerings of a model named any way it is known, priced on a day', async () => {
    const response = await get('/export/offerings.csv?model=gpt4o&asOf=2025-07-01');
    expect(response.status).toBe(200);
    const rows = parse(await response.text(), { columns: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(2);
    expect(new Set(rows.map((row) => row.model_id))).toEqual(new Set(['gpt-4o']));
    const openai = rows.find((row) => row.offering_id === 'openai/gpt-4o')!;
    expect(openai).toMatchObject({ provider_id: 'openai', price_as_of: '2025-07-01', catalog_package: expect.stringMatching(/^@tokenlens\/models@\d/) });
    expect(Number(openai.input_per_mtok)).toBeGreaterThan(0);
  });

  it("exports every dated price of an offering with the package it came from: o3's June 2025 cut", async () => {
    const response = await get('/export/prices.json?model=o3&provider=openai');
    const rows = (await response.json()) as Array<Record<string, unknown>>;
    const genai = rows.filter((row) => row.offering_id === 'openai/o3' && String(row.source_package).startsWith('@pydantic/genai-prices@'));
    expect(genai.map((row) => [row.from, row.until])).toEqual([
      [null, '2025-06-10'],
      ['2025-06-10', null],
    ]);
  });

  it('names the parameter that is wrong', async () => {
    const response = await get('/export/offerings.json?model=not-a-model-anyone-knows');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ parameter: 'model', error: expect.stringContaining('not-a-model-anyone-knows') });
    const day = await get('/export/offerings.json?asOf=2025-13-01');
    expect(day.status).toBe(400);
    expect(await day.json()).toMatchObject({ parameter: 'asOf' });
  });
});
