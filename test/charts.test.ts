import { mkdirSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/server/server.js';
import { createApp } from '../src/server/yoga.js';
import { hasChromium, offlinePage } from './support/browser.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/**
 * "Has open source closed the gap?" as pictures: the charts page (/explore/charts) in a real headless
 * Chromium with every request outside loopback refused, against the seeded graph, the server in
 * persisted-only mode. Each chart draws one mark per row of its CSV, changes with the benchmark chosen,
 * and names its source table; the specs and CSVs are checked over plain HTTP as Observable or Grafana would
 * fetch them. Screenshots go to .test-output/charts-*.png.
 */
const db = testDatabase();
const app = createApp({ db, logger: quietLogger, config: { PERSISTED_OPERATIONS: 'only' } });
const CHARTS = ['frontier', 'lag', 'price-performance', 'leaderboard'] as const;
/** The marks that stand for one row of each chart's data (Vega's SVG: a role-mark group per layer). */
const DATA_MARKS: Record<(typeof CHARTS)[number], string> = {
  frontier: '.mark-symbol.role-mark path',
  lag: '.mark-symbol.role-mark path',
  'price-performance': '.mark-symbol.role-mark path',
  leaderboard: '.mark-rect.role-mark path',
};

const get = (path: string) => app.fetch(`http://test${path}`);
const csvRows = async (chart: string, benchmark: string) => {
  const response = await get(`/export/chart/${chart}.csv?benchmark=${encodeURIComponent(benchmark)}`);
  expect(response.status).toBe(200);
  return parse(await response.text(), { columns: true }) as Array<Record<string, string>>;
};

describe('the charts as Vega-Lite specs and CSV, over HTTP', () => {
  it('gives each chart as a spec with its data inline and its source table named, and the same rows as CSV', async () => {
    for (const chart of CHARTS) {
      const response = await get(`/export/chart/${chart}.vl.json?benchmark=AIME%202024`);
      expect(response.status, chart).toBe(200);
      const spec = (await response.json()) as { $schema: string; title: { text: string; subtitle: string[] }; usermeta: { source: string } };
      expect(spec.$schema).toMatch(/vega-lite\/v6/);
      expect(spec.title.text).toMatch(/^AIME 2024: /);
      expect(spec.usermeta.source).toContain("DeepSeek-R1 paper (arXiv 2501.12948) Table 4");
      const rows = await csvRows(chart, 'aime-2024');
      expect(rows.length, chart).toBeGreaterThan(0);
      expect(new Set(rows.map((row) => row.source_table)).size, `${chart}: one group of comparable results`).toBe(1);
      expect(new Set(rows.map((row) => row.comparison_key)).size).toBe(1);
    }
  });

  it("draws the frontier from the results of one table: DeepSeek's R1 table on AIME 2024, R1 matching o1 within a month", async () => {
    const points = await csvRows('frontier', 'aime-2024');
    expect(points.map((p) => `${p.model} ${p.side} ${p.score}`)).toEqual(
      expect.arrayContaining(['DeepSeek-R1 open weights 79.8', 'o1 closed 79.2', 'GPT-4o closed 9.3']),
    );
    const lags = await csvRows('lag', 'aime-2024');
    expect(lags.find((l) => l.closed_model === 'o1')).toMatchObject({ open_model: 'DeepSeek-R1', lag_months: '0.5' });
    // The lag chart draws the analysis's 6-12 months beside the median it measures.
    const lag = (await (await get('/export/chart/lag.vl.json?benchmark=aime-2024')).json()) as { title: { subtitle: string[] } };
    expect(lag.title.subtitle.join(' ')).toMatch(/claimed: 6-12 months \(claim gap-6-12-months\); line: measured median: [\d.]+ months/);
  });

  it('names a bad parameter, as every export does', async () => {
    const unknown = await get('/export/chart/frontier.vl.json?benchmark=no-such-thing');
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ parameter: 'benchmark', error: expect.stringContaining('Unknown benchmark "no-such-thing"') });
    const missing = await get('/export/chart/leaderboard.csv');
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { parameter: string }).parameter).toBe('benchmark');
    const first = await get('/export/chart/leaderboard.csv?benchmark=aime-2024&first=0');
    expect(((await first.json()) as { parameter: string }).parameter).toBe('first');
  });
});

describe.skipIf(!hasChromium)('the charts page at /explore/charts, in Chromium with no internet', () => {
  let server: RunningServer;
  let page: Page;
  let blocked: string[];
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ server, page, blocked, close } = await offlinePage(app));
    await page.setViewportSize({ width: 1200, height: 2100 });
    await page.goto(server.url.replace('/graphql', '/explore/charts?benchmark=aime-2024'));
    await page.waitForSelector('body[data-ready="true"][data-benchmark="aime-2024"]', { timeout: 60_000 });
  });

  afterAll(async () => {
    await close?.();
    await db.close();
  });

  const marks = (chart: (typeof CHARTS)[number]) => page.locator(`[data-chart="${chart}"] ${DATA_MARKS[chart]}`).count();

  it('draws every chart with one mark per row of its data, and its source table named', async () => {
    for (const chart of CHARTS) {
      const rows = await csvRows(chart, 'aime-2024');
      expect(await marks(chart), chart).toBe(rows.length);
      expect(await page.locator(`[data-chart="${chart}"] svg.marks`).textContent(), chart).toContain('DeepSeek-R1 paper (arXiv 2501.12948) Table 4');
      expect(await page.locator(`[data-chart="${chart}"] a`, { hasText: 'Download the data (CSV)' }).getAttribute('href')).toBe(`/export/chart/${chart}.csv?benchmark=aime-2024`);
    }
    // Frontier lines, one per side, and the lags drawn between a closed result and the open model that matched it.
    expect(await page.locator('[data-chart="frontier"] .mark-line.role-mark path').count()).toBe(2);
    expect(await page.locator('[data-chart="frontier"] .mark-rule.role-mark line').count()).toBe((await csvRows('lag', 'aime-2024')).length);
    mkdirSync('.test-output', { recursive: true });
    await page.screenshot({ path: '.test-output/charts-aime-2024.png', fullPage: true });
    expect(blocked).toEqual([]);
  });

  it('draws another benchmark when one is chosen: every chart changes with it', async () => {
    const before = await page.locator('[data-chart="leaderboard"] svg.marks').textContent();
    await page.selectOption('#benchmark', 'gpqa-diamond');
    await page.waitForSelector('body[data-ready="true"][data-benchmark="gpqa-diamond"]', { timeout: 60_000 });
    for (const chart of CHARTS) {
      const rows = await csvRows(chart, 'gpqa-diamond');
      expect(await marks(chart), chart).toBe(rows.length);
    }
    const after = await page.locator('[data-chart="leaderboard"] svg.marks').textContent();
    expect(after).toContain('GPQA Diamond: leaderboard');
    expect(after).not.toBe(before);
    expect(page.url()).toContain('benchmark=gpqa-diamond');
    await page.screenshot({ path: '.test-output/charts-gpqa-diamond.png', fullPage: true });
  });

  it("draws the source table chosen: OpenAI's simple-evals table of GPQA Diamond instead of DeepSeek's", async () => {
    const tables = await page.locator('#table option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const simpleEvals = tables.find((table) => table.startsWith('openai/simple-evals'))!;
    expect(simpleEvals).toBeDefined();
    await page.selectOption('#table', simpleEvals);
    await page.waitForFunction((table) => (window as any).charts.sourceTable === table && document.body.dataset.ready === 'true', simpleEvals, { timeout: 60_000 });
    const board = await get(`/export/chart/leaderboard.csv?benchmark=gpqa-diamond&sourceTable=${encodeURIComponent(simpleEvals)}`);
    const rows = parse(await board.text(), { columns: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.source_table))).toEqual(new Set([simpleEvals]));
    expect(await marks('leaderboard')).toBe(rows.length);
    expect(await page.locator('[data-chart="leaderboard"] svg.marks').textContent()).toContain('openai/simple-evals');
    expect(page.url()).toContain('sourceTable=');
  });

  it('offers only the benchmarks of a domain once the domain is chosen', async () => {
    await page.selectOption('#domain', 'CODING');
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    const offered = await page.locator('#benchmark option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toContain('codeforces');
    expect(offered).not.toContain('aime-2024');
    expect(blocked).toEqual([]);
  });
});
