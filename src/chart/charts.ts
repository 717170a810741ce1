import { z } from 'zod';
import { isCalendarDay } from '../entity/calendar.js';
import type { Database } from '../neo4j/database.js';
import { LAG_CLAIM, PRICE_CLAIM, frontierData, leaderboardData, priceData, type ChartGroup } from './chart.repository.js';

/**
 * The charts: each a Vega-Lite spec with its data inline, so that the explorer, Observable, Grafana or a
 * notebook draws it as it is (GET /export/chart/<name>.vl.json), and the same data as CSV
 * (/export/chart/<name>.csv), each row naming the group of comparable results it comes from.
 */

const VEGA_LITE = 'https://vega.github.io/schema/vega-lite/v6.json'; // a name of the spec's version: never fetched
/** The explorer's colours for the two sides (src/graph-view/explore/explore.js). */
const SIDES = { domain: ['open weights', 'closed'], range: ['#1a9850', '#b2182b'] };
const side = { field: 'side', type: 'nominal', title: 'weights', scale: SIDES };

/** A subtitle as lines of at most `width` characters: Vega draws each line as it is, however long. */
function wrapped(lines: string[], width = 110): string[] {
  return lines.flatMap((line) => {
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current && current.length + 1 + word.length > width) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    return current ? [...out, current] : out;
  });
}

export interface Chart {
  name: string;
  title: string;
  /** Where the numbers come from, in words: the benchmark's source table and who reported it. */
  source: string;
  columns: string[];
  rows: Array<Record<string, string | number | boolean | null>>;
  spec: Record<string, unknown>;
}

const groupColumns = ['benchmark', 'source_table', 'reported_by', 'comparison_key'];
const groupCells = (g: ChartGroup) => ({ benchmark: g.benchmarkId, source_table: g.sourceTable, reported_by: g.reportedBy, comparison_key: g.comparisonKey });
const sourceOf = (g: ChartGroup) =>
  g.sourceTable ? `${g.benchmark}, ${g.sourceTable} (reported by ${g.reportedBy}): comparable results only` : `${g.benchmark}: no results`;

const benchmarkParam = z.string().min(1).max(200).describe('The benchmark, by id (aime-2025) or name (AIME 2025).');
const sourceTableParam = z
  .string()
  .min(1)
  .max(300)
  .optional()
  .describe("The benchmark's source table to draw (default: its largest group of comparable results, with open and closed models where one has both).");

async function frontier(db: Database, params: { benchmark: string; sourceTable?: string }): Promise<Chart> {
  const data = await frontierData(db, params);
  const title = `${data.group.benchmark}: the open-weight and the closed frontier by release date`;
  // A point at either end is drawn whole, not cut in half by the axis.
  const x = { field: 'date', type: 'temporal', title: 'release date', scale: { padding: 14 } };
  return {
    name: 'frontier',
    title,
    source: sourceOf(data.group),
    columns: ['model', 'side', 'date', 'score', ...groupColumns],
    rows: data.points.map((p) => ({ model: p.model, side: p.side, date: p.date, score: p.score, ...groupCells(data.group) })),
    spec: {
      $schema: VEGA_LITE,
      title: { text: title, subtitle: wrapped([sourceOf(data.group), 'Lines: the best score so far on each side; dashes: from a closed result to the first open-weight model to match it.']) },
      width: 620,
      height: 320,
      layer: [
        {
          data: { values: data.points },
          transform: [{ window: [{ op: 'max', field: 'score', as: 'best' }], sort: [{ field: 'date' }], groupby: ['side'], frame: [null, 0] }],
          mark: { type: 'line', interpolate: 'step-after' },
          encoding: { x, y: { field: 'best', type: 'quantitative', title: 'score' }, color: side },
        },
        {
          data: { values: data.lags },
          mark: { type: 'rule', strokeDash: [4, 3], color: '#555' },
          encoding: {
            x: { field: 'closedDate', type: 'temporal' },
            x2: { field: 'openDate' },
            y: { field: 'closedScore', type: 'quantitative' },
            tooltip: [
              { field: 'closedModel', title: 'closed' },
              { field: 'openModel', title: 'matched by' },
              { field: 'lagMonths', title: 'months later' },
            ],
          },
        },
        {
          data: { values: data.points },
          mark: { type: 'point', filled: true, size: 70 },
          encoding: {
            x,
            y: { field: 'score', type: 'quantitative' },
            color: side,
            tooltip: [{ field: 'model' }, { field: 'side', title: 'weights' }, { field: 'date', type: 'temporal' }, { field: 'score' }],
          },
        },
      ],
    },
  };
}

async function lag(db: Database, params: { benchmark: string; sourceTable?: string }): Promise<Chart> {
  const data = await frontierData(db, params);
  const title = `${data.group.benchmark}: how many months open-weight models took to match each closed result`;
  const measured = data.medianLagMonths === null ? 'no closed result matched yet' : `measured median: ${data.medianLagMonths} months`;
  const claimed = `claimed: ${LAG_CLAIM.fromMonths}-${LAG_CLAIM.toMonths} months (claim ${LAG_CLAIM.claimId})`;
  return {
    name: 'lag',
    title,
    source: sourceOf(data.group),
    columns: ['closed_model', 'closed_date', 'closed_score', 'open_model', 'open_date', 'lag_months', ...groupColumns],
    rows: data.lags.map((l) => ({
      closed_model: l.closedModel,
      closed_date: l.closedDate,
      closed_score: l.closedScore,
      open_model: l.openModel,
      open_date: l.openDate,
      lag_months: l.lagMonths,
      ...groupCells(data.group),
    })),
    spec: {
      $schema: VEGA_LITE,
      title: { text: title, subtitle: wrapped([sourceOf(data.group), `Band: ${claimed}; line: ${measured}.`]) },
      width: 620,
      height: 280,
      layer: [
        {
          data: { values: [{ from: LAG_CLAIM.fromMonths, to: LAG_CLAIM.toMonths, label: claimed }] },
          mark: { type: 'rect', color: '#f46d43', opacity: 0.15 },
          encoding: { y: { field: 'from', type: 'quantitative', title: 'lag (months)' }, y2: { field: 'to' }, tooltip: [{ field: 'label', title: 'the analysis' }] },
        },
        ...(data.medianLagMonths === null
          ? []
          : [
              {
                data: { values: [{ median: data.medianLagMonths, label: measured }] },
                mark: { type: 'rule', color: '#3b6fb6', strokeWidth: 2 },
                encoding: { y: { field: 'median', type: 'quantitative' }, tooltip: [{ field: 'label', title: 'the graph' }] },
              },
            ]),
        {
          data: { values: data.lags },
          mark: { type: 'point', filled: true, size: 70, color: '#b2182b' },
          encoding: {
            x: { field: 'closedDate', type: 'temporal', title: 'release of the closed result', scale: { padding: 14 } },
            y: { field: 'lagMonths', type: 'quantitative' },
            tooltip: [{ field: 'closedModel', title: 'closed' }, { field: 'openModel', title: 'matched by' }, { field: 'lagMonths', title: 'months' }],
          },
        },
      ],
    },
  };
}

async function pricePerformanceChart(db: Database, params: { benchmark: string; sourceTable?: string; asOf?: string }): Promise<Chart> {
  const data = await priceData(db, params);
  const title = `${data.group.benchmark}: score against price of the cheapest offering, ${data.asOf}`;
  const claimed = `${PRICE_CLAIM.fromRatio}-${PRICE_CLAIM.toRatio}x (claim ${PRICE_CLAIM.claimId})`;
  const ratios = data.ratios.map((r) => ({ ...r, label: `${r.ratio}x`, withinClaim: r.ratio >= PRICE_CLAIM.fromRatio && r.ratio <= PRICE_CLAIM.toRatio ? 'within 5-20x' : 'outside 5-20x' }));
  return {
    name: 'price-performance',
    title,
    source: `${sourceOf(data.group)}; prices from the model catalogs in node_modules, as of ${data.asOf}`,
    columns: ['model', 'side', 'score', 'price_per_mtok', 'offering', 'as_of', ...groupColumns],
    rows: data.points.map((p) => ({ model: p.model, side: p.side, score: p.score, price_per_mtok: p.pricePerMTokens, offering: p.offering, as_of: data.asOf, ...groupCells(data.group) })),
    spec: {
      $schema: VEGA_LITE,
      title: {
        text: title,
        subtitle: wrapped([sourceOf(data.group), `Lines join a closed and an open-weight model within 5% of each other, labelled with the price ratio: the evidence for ${claimed}.`]),
      },
      width: 620,
      height: 340,
      // The price ratios' colours are their own: not the sides'.
      resolve: { scale: { color: 'independent' } },
      layer: [
        {
          data: { values: ratios },
          mark: { type: 'rule', strokeDash: [4, 3] },
          encoding: {
            x: { field: 'closedPrice', type: 'quantitative' },
            x2: { field: 'openPrice' },
            y: { field: 'closedScore', type: 'quantitative' },
            y2: { field: 'openScore' },
            color: { field: 'withinClaim', type: 'nominal', title: 'price ratio', scale: { domain: ['within 5-20x', 'outside 5-20x'], range: ['#3b6fb6', '#9e9e9e'] } },
            tooltip: [{ field: 'closedModel', title: 'closed' }, { field: 'openModel', title: 'open weights' }, { field: 'ratio', title: 'closed/open price' }],
          },
        },
        {
          data: { values: ratios },
          mark: { type: 'text', dy: -9, fontSize: 11, color: '#3b6fb6' },
          encoding: { x: { field: 'closedPrice', type: 'quantitative' }, y: { field: 'closedScore', type: 'quantitative' }, text: { field: 'label' } },
        },
        {
          data: { values: data.points },
          mark: { type: 'point', filled: true, size: 70 },
          encoding: {
            x: { field: 'pricePerMTokens', type: 'quantitative', scale: { type: 'log', padding: 14 }, title: 'cheapest blended price, $ per million tokens (log)' },
            y: { field: 'score', type: 'quantitative', title: 'score', scale: { zero: false } },
            color: side,
            tooltip: [{ field: 'model' }, { field: 'score' }, { field: 'pricePerMTokens', title: '$ per M tokens' }, { field: 'offering' }],
          },
        },
      ],
    },
  };
}

async function leaderboardChart(db: Database, params: { benchmark: string; sourceTable?: string; first?: number }): Promise<Chart> {
  const data = await leaderboardData(db, params);
  const title = `${data.group.benchmark}: leaderboard`;
  return {
    name: 'leaderboard',
    title,
    source: sourceOf(data.group),
    columns: ['rank', 'model', 'side', 'score', ...groupColumns],
    rows: data.entries.map((e) => ({ rank: e.rank, model: e.model, side: e.side, score: e.score, ...groupCells(data.group) })),
    spec: {
      $schema: VEGA_LITE,
      title: { text: title, subtitle: wrapped([sourceOf(data.group), "Each model's best result in the group, best first."]) },
      width: 560,
      data: { values: data.entries },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'model', type: 'nominal', sort: { field: 'rank' }, title: null },
        x: { field: 'score', type: 'quantitative', title: 'score' },
        color: side,
        tooltip: [{ field: 'rank' }, { field: 'model' }, { field: 'score' }],
      },
    },
  };
}

/** The chart's source, in words, kept in its spec too (Vega-Lite's usermeta), for whoever embeds the spec. */
const described = (chart: Chart): Chart => ({
  ...chart,
  spec: { ...chart.spec, usermeta: { source: chart.source, columns: chart.columns } },
});

/** Every chart, by name, with the parameters of its query string (checked by zod, described in /openapi.json). */
export const CHARTS = {
  frontier: {
    summary: 'The best open-weight and the best closed score by release date, with each closed result joined to the first open-weight model to match it',
    params: z.strictObject({ benchmark: benchmarkParam, sourceTable: sourceTableParam }),
    build: async (db: Database, params: Parameters<typeof frontier>[1]) => described(await frontier(db, params)),
  },
  lag: {
    summary: 'The months open-weight models took to match each closed result, beside the analysis\'s "6-12 months"',
    params: z.strictObject({ benchmark: benchmarkParam, sourceTable: sourceTableParam }),
    build: async (db: Database, params: Parameters<typeof lag>[1]) => described(await lag(db, params)),
  },
  'price-performance': {
    summary: 'Score against the price of the cheapest offering, open and closed, with the evidence for the "5-20x" claim marked',
    params: z.strictObject({
      benchmark: benchmarkParam,
      sourceTable: sourceTableParam,
      asOf: z.string().refine(isCalendarDay, 'must be a calendar day, YYYY-MM-DD').optional().describe('The day whose prices to use, YYYY-MM-DD (default: today).'),
    }),
    build: async (db: Database, params: Parameters<typeof pricePerformanceChart>[1]) => described(await pricePerformanceChart(db, params)),
  },
  leaderboard: {
    summary: "Each model's best result in one group of comparable results, best first",
    params: z.strictObject({
      benchmark: benchmarkParam,
      sourceTable: sourceTableParam,
      first: z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(1).max(100)).optional().describe('How many entries, 1 to 100 (default 20).'),
    }),
    build: async (db: Database, params: Parameters<typeof leaderboardChart>[1]) => described(await leaderboardChart(db, params)),
  },
} as const satisfies Record<string, { summary: string; params: z.ZodObject; build: (db: Database, params: never) => Promise<Chart> }>;

export type ChartName = keyof typeof CHARTS;
