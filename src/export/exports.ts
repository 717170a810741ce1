import { stringify } from 'csv-stringify/sync';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { z } from 'zod';
import { benchmarkNamed } from '../benchmark/benchmark.repository.js';
import { DOMAINS } from '../benchmark/domain.js';
import { commaSeparated } from '../config.js';
import { CLAIM_VERDICTS } from '../entity/vocabularies.js';
import { KEY_ONLY, modelsByNames } from '../model/model.repository.js';
import { isCalendarDay } from '../entity/calendar.js';
import { databaseFailure } from '../errors.js';
import type { Logger } from '../logger.js';
import { LICENCE_CATEGORIES, OPENNESS } from '../model/openness.js';
import { cypher } from '../neo4j/cypher.js';
import type { Database, Row } from '../neo4j/database.js';
import { KIND_LABELS } from '../entity/keys.js';
import { CHARTS, type Chart } from '../chart/charts.js';
import { toGexf, toGraphml, toNodeGraphFrames } from '../graph-view/graph-formats.js';
import { RELATIONSHIP_TYPES, graphView } from '../graph-view/graph-view.repository.js';
import type { ViewRow } from '../graph-view/graph-view.rows.js';

/**
 * The flat tables analysts want, as plain HTTP for spreadsheets, notebooks and BI tools (GET or HEAD):
 *   /export/models.csv | .json          ?openness=OPEN_WEIGHTS,CLOSED
 *   /export/results.csv | .json         ?benchmark=aime-2025 (id or name) &domain=MATH
 *   /export/organizations.csv | .json   ?country=China
 *   /export/licences.csv | .json        ?category=PERMISSIVE
 *   /export/claims.csv | .json          ?verdict=CONTRADICTED &kind=FACT
 *   /export/offerings.csv | .json       ?provider=groq,openai &model=deepseek-r1 (an id or alias) &asOf=2025-07-01
 *   /export/prices.csv | .json          ?provider=openai &model=o3
 * and the graph itself, as the GraphQL field graph(...) gives it, for Gephi, yEd, networkx and Grafana:
 *   /export/graph.graphml | .gexf | .nodegraph.json   ?ids=model:deepseek-r1 &search= &depth=2
 *                                      &labels=Model,Organization &relationshipTypes=DEVELOPS &limit=500
 * and the charts (src/chart/charts.ts), as Vega-Lite specs with their data, and that data as CSV:
 *   /export/chart/<frontier|lag|price-performance|leaderboard>.vl.json | .csv   ?benchmark=aime-2025 &sourceTable=
 * CSV has a header row (lists joined with ";"); JSON is an array of objects with the same columns. Enum
 * values are taken in any case ("math", "open_weights"); anything else answers JSON naming what was wrong.
 */

/** An enum value as people type it: "math", "Math", "long-context" all mean LONG_CONTEXT's spelling. */
const enumSpelling = (value: string) => value.trim().toUpperCase().replace(/-/g, '_');

const enumList = <T extends string>(values: readonly T[]) =>
  commaSeparated(z.array(z.string().transform(enumSpelling).pipe(z.enum(values as unknown as [T, ...T[]]))).min(1));

const domainNames = Object.keys(DOMAINS) as Array<keyof typeof DOMAINS>;
const CLAIM_KINDS = ['FACT', 'COMPARISON', 'PROJECTION'] as const;

interface Table {
  query: string;
  columns: readonly string[];
  params: z.ZodType<Record<string, unknown>>;
  /** The query's parameters from the checked query string; may look up what the query needs. */
  queryParams(db: Database, params: Record<string, unknown>): Promise<Record<string, unknown>>;
}

export const TABLES: Record<string, Table> = {
  models: {
    query: 'export/models',
    columns: [
      'model_id', 'model', 'family', 'organization_id', 'organization', 'country', 'licence', 'licence_spdx', 'licence_category',
      'openness', 'status', 'release_date', 'release_date_precision', 'total_params_b', 'active_params_b', 'architecture',
      'context_window', 'weights_available',
    ],
    params: z.strictObject({ openness: enumList(OPENNESS).optional().describe('Only models in these openness categories.') }),
    queryParams: async (_db, { openness }) => ({ openness: openness ?? null }),
  },
  results: {
    query: 'export/results',
    columns: [
      'model_id', 'model', 'openness', 'benchmark_id', 'benchmark', 'domains', 'score', 'setting', 'reported_by', 'evaluator', 'source_table',
      'comparison_key', 'variant', 'shots', 'chain_of_thought', 'sampling', 'tools', 'max_output_tokens', 'reasoning_effort', 'snapshot', 'source_id', 'source_url',
    ],
    params: z.strictObject({
      benchmark: z.string().min(1).max(200).optional().describe('Only results on this benchmark, by id (aime-2025) or name (AIME 2025).'),
      domain: z.string().transform(enumSpelling).pipe(z.enum(domainNames as [keyof typeof DOMAINS, ...Array<keyof typeof DOMAINS>])).optional().describe('Only results on benchmarks of this capability domain.'),
    }),
    queryParams: async (db, params) => {
      const { benchmark, domain } = params as { benchmark?: string; domain?: keyof typeof DOMAINS };
      let benchmarkId: string | null = null;
      if (benchmark) {
        const named = await benchmarkNamed({ db }, benchmark);
        if (!named) throw new ExportError(`Unknown benchmark "${benchmark}": give a benchmark's id or name.`, 'benchmark');
        benchmarkId = named.id;
      }
      return { benchmark: benchmarkId, domain: domain ? DOMAINS[domain].value : null };
    },
  },
  organizations: {
    query: 'export/organizations',
    columns: [
      'organization_id', 'organization', 'legal_name', 'kind', 'country', 'parent_id', 'parent', 'models', 'open_models', 'motives',
      'business_model',
    ],
    params: z.strictObject({ country: commaSeparated(z.array(z.string().max(200)).min(1)).optional().describe("Only organizations of these countries (any case).") }),
    queryParams: async (_db, { country }) => ({ countries: (country as string[] | undefined)?.map((c) => c.toLowerCase()) ?? null }),
  },
  licences: {
    query: 'export/licences',
    columns: [
      'licence_id', 'licence', 'licence_spdx', 'licence_category', 'osi_approved', 'commercial_use', 'mau_threshold', 'models', 'model_ids',
    ],
    params: z.strictObject({ category: enumList(LICENCE_CATEGORIES).optional().describe('Only licences of these categories.') }),
    queryParams: async (_db, { category }) => ({ categories: category ?? null }),
  },
  claims: {
    query: 'export/claims',
    columns: ['claim_id', 'section_number', 'section', 'statement', 'kind', 'verdict', 'about', 'decided_by', 'conflict', 'note'],
    params: z.strictObject({
      verdict: enumList(CLAIM_VERDICTS).optional().describe('Only claims with these verdicts.'),
      kind: enumList(CLAIM_KINDS).optional().describe('Only claims of these kinds.'),
    }),
    queryParams: async (_db, { verdict, kind }) => ({ verdicts: verdict ?? null, kinds: kind ?? null }),
  },
};

/** ?provider= and ?model= of the catalog tables; a model by id or any name it is known by. */
const catalogParams = {
  provider: commaSeparated(z.array(z.string().max(200)).min(1)).optional().describe('Only offerings of these providers, by id (groq, openai).'),
  model: z.string().min(1).max(200).optional().describe('Only offerings serving this model, by id or any name it is known by (gpt4o, deepseek-reasoner).'),
};
async function catalogQueryParams(db: Database, params: Record<string, unknown>) {
  const { provider, model } = params as { provider?: string[]; model?: string };
  let modelId: string | null = null;
  if (model) {
    const [found] = await modelsByNames({ db }, [model], KEY_ONLY);
    if (!found) throw new ExportError(`Unknown model "${model}": give a model's id or a name it is known by.`, 'model');
    modelId = found.id;
  }
  return { providers: provider?.map((p) => p.toLowerCase()) ?? null, model: modelId };
}

TABLES.offerings = {
  query: 'export/offerings',
  columns: [
    'offering_id', 'provider_id', 'provider', 'provider_model_id', 'name', 'model_id', 'matched_by', 'release_date', 'open_weights',
    'reasoning', 'tool_call', 'context_window', 'output_limit', 'price_as_of', 'input_per_mtok', 'output_per_mtok', 'cache_read_per_mtok',
    'blended_per_mtok', 'priced_as', 'catalog_package',
  ],
  params: z.strictObject({ ...catalogParams, asOf: z.string().refine(isCalendarDay, 'must be a calendar day, YYYY-MM-DD').optional().describe('The day whose prices to give, YYYY-MM-DD (default: today).') }),
  queryParams: async (db, params) => ({ ...(await catalogQueryParams(db, params)), asOf: (params.asOf as string | undefined) ?? null }),
};
TABLES.prices = {
  query: 'export/prices',
  columns: [
    'offering_id', 'provider_id', 'model_id', 'from', 'until', 'input_per_mtok', 'output_per_mtok', 'cache_read_per_mtok', 'cache_write_per_mtok',
    'tiered_above', 'priced_as', 'source_package',
  ],
  params: z.strictObject(catalogParams),
  queryParams: catalogQueryParams,
};

/** The graph's file formats: what each is written as, and its media type. */
export const GRAPH_FORMATS: Record<string, { type: string; write: (view: ViewRow) => string }> = {
  graphml: { type: 'application/graphml+xml; charset=utf-8', write: toGraphml },
  gexf: { type: 'application/gexf+xml; charset=utf-8', write: toGexf },
  'nodegraph.json': { type: 'application/json; charset=utf-8', write: (view) => JSON.stringify(toNodeGraphFrames(view)) },
};

const wholeNumber = z.string().regex(/^\d+$/, 'must be a whole number').transform(Number);
/** The query string of a graph export: graph(...)'s arguments, lists comma-separated. */
export const graphParams = z.strictObject({
  ids: commaSeparated(z.array(z.string().max(300)).min(1)).optional().describe('Start from these nodes: keys (model:deepseek-r1) or global ids.'),
  search: z.string().max(2000).optional().describe('Start from the best matches (up to 5) of this full-text search.'),
  depth: wholeNumber.optional().describe('How many hops from the start nodes, 1 to 3 (default 1).'),
  labels: commaSeparated(z.array(z.enum(Object.values(KIND_LABELS) as [string, ...string[]])).min(1)).optional().describe('Only nodes with these labels (the start nodes always stay); the landscape defaults to Model, Organization, Licence.'),
  relationshipTypes: commaSeparated(
    z.array(z.string().transform(enumSpelling).pipe(z.enum(Object.keys(RELATIONSHIP_TYPES) as [string, ...string[]]))).min(1),
  ).optional().describe('Only relationships of these types.'),
  limit: wholeNumber.optional().describe('At most this many nodes, 1 to 2000 (default 300).'),
});

const EXPORT_PATHS = [
  ...Object.keys(TABLES).flatMap((table) => [`/export/${table}.csv`, `/export/${table}.json`]),
  ...Object.keys(GRAPH_FORMATS).map((format) => `/export/graph.${format}`),
  ...Object.keys(CHARTS).flatMap((chart) => [`/export/chart/${chart}.vl.json`, `/export/chart/${chart}.csv`]),
];

class ExportError extends Error {
  constructor(
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

/** The checked query string of an export, or an ExportError naming the parameter, what was given and what is wrong. */
function checkedParams<T>(schema: z.ZodType<T>, search: URLSearchParams, exportName: string): T {
  const parsed = schema.safeParse(Object.fromEntries(search));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const parameter = String(issue.path[0] ?? (issue as { keys?: string[] }).keys?.[0] ?? '');
  const value = search.get(parameter);
  const given = value === null ? '' : ` (given ${JSON.stringify(value)})`;
  throw new ExportError(`Query parameter "${parameter}" of /export/${exportName}${given}: ${issue.message}`, parameter);
}

async function exportRows(db: Database, name: string, table: Table, search: URLSearchParams): Promise<Row[]> {
  const params = checkedParams(table.params, search, name);
  return db.read(cypher(table.query), await table.queryParams(db, params));
}

/** What `read` answers, an error about one of its arguments (BAD_USER_INPUT naming it) told as the query parameter's. */
async function namingParameter<T>(exportName: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const argument = error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT' ? error.extensions.argument : undefined;
    if (typeof argument === 'string') throw new ExportError(`Query parameter "${argument}" of /export/${exportName}: ${error instanceof Error ? error.message : ''}`, argument);
    throw error;
  }
}

/** The graph view a graph export asks for, with every property. */
function exportedView(db: Database, search: URLSearchParams, format: string): Promise<ViewRow> {
  const args = checkedParams(graphParams, search, `graph.${format}`);
  return namingParameter(`graph.${format}`, () => graphView(db, args, true));
}

/** A chart with its data, as its query string asks. */
function exportedChart(db: Database, name: keyof typeof CHARTS, search: URLSearchParams, exportName: string): Promise<Chart> {
  // Each chart's build takes what its own params schema gives: the union of the charts is narrowed by name.
  const chart = CHARTS[name] as { params: z.ZodType<unknown>; build: (db: Database, params: unknown) => Promise<Chart> };
  const params = checkedParams(chart.params, search, exportName);
  return namingParameter(exportName, () => chart.build(db, params));
}

const csvCell = (value: unknown) => (Array.isArray(value) ? value.join(';') : value);

/** Rows as CSV: a header row of the columns, lists joined with ";", booleans as true/false. */
const csvOf = (rows: ReadonlyArray<Record<string, unknown>>, columns: readonly string[]) =>
  stringify(
    rows.map((row) => columns.map((column) => csvCell(row[column]))),
    { header: true, columns: [...columns], cast: { boolean: (value) => String(value) } },
  );

/** What an export answers: its body, media type and, for a file, how a browser should save it. */
interface Exported {
  body: string;
  type: string;
  disposition?: string;
}
const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';

/** The export at a path (a table, a graph file, a chart), as a function of the query string; undefined: none. */
function exportAt(path: string): ((db: Database, search: URLSearchParams) => Promise<Exported>) | undefined {
  const table = /^\/export\/([a-z]+)\.(csv|json)$/.exec(path);
  if (table && Object.hasOwn(TABLES, table[1]!)) {
    const [, name, format] = table as unknown as [string, string, 'csv' | 'json'];
    return async (db, search) => {
      const rows = await exportRows(db, name, TABLES[name]!, search);
      return format === 'json'
        ? { body: JSON.stringify(rows), type: JSON_TYPE }
        : { body: csvOf(rows, TABLES[name]!.columns), type: CSV_TYPE, disposition: `inline; filename="${name}.csv"` };
    };
  }
  const graphFormat = /^\/export\/graph\.(.+)$/.exec(path)?.[1];
  if (graphFormat && Object.hasOwn(GRAPH_FORMATS, graphFormat)) {
    const { type, write } = GRAPH_FORMATS[graphFormat]!;
    return async (db, search) => ({ body: write(await exportedView(db, search, graphFormat)), type, disposition: `inline; filename="landscape.${graphFormat}"` });
  }
  const chart = /^\/export\/chart\/([a-z-]+)\.(vl\.json|csv)$/.exec(path);
  if (chart && Object.hasOwn(CHARTS, chart[1]!)) {
    const [, name, format] = chart as unknown as [string, keyof typeof CHARTS, 'vl.json' | 'csv'];
    return async (db, search) => {
      const drawn = await exportedChart(db, name, search, `chart/${name}.${format}`);
      return format === 'vl.json'
        ? { body: JSON.stringify(drawn.spec), type: JSON_TYPE }
        : { body: csvOf(drawn.rows, drawn.columns), type: CSV_TYPE, disposition: `attachment; filename="${name}-${drawn.rows[0]?.benchmark ?? 'chart'}.csv"` };
    };
  }
  return undefined;
}

export function useExports(db: Database, logger: Logger): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== '/export' && !url.pathname.startsWith('/export/')) return;
      const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
        new fetchAPI.Response(request.method === 'HEAD' ? null : JSON.stringify(body), {
          status,
          headers: { 'content-type': JSON_TYPE, ...headers },
        });
      const answer = exportAt(url.pathname);
      if (!answer) {
        endResponse(json({ error: `No export at ${url.pathname}.`, exports: EXPORT_PATHS }, 404));
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(json({ error: `${request.method} is not allowed on ${url.pathname}: exports are read with GET (or HEAD).` }, 405, { allow: 'GET, HEAD' }));
        return;
      }
      try {
        const { body, type, disposition } = await answer(db, url.searchParams);
        endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
            headers: { 'content-type': type, ...(disposition ? { 'content-disposition': disposition } : {}) },
          }),
        );
      } catch (error) {
        const failure = databaseFailure(error);
        if (error instanceof ExportError) {
          endResponse(json({ error: error.message, parameter: error.parameter }, 400));
        } else if (failure) {
          // Unavailable or busy: the same words and code as GraphQL's, and when to try again.
          endResponse(json({ error: failure.message, code: failure.code }, 503, { 'retry-after': '5' }));
        } else {
          logger.error({ err: error, path: url.pathname }, 'export failed');
          endResponse(json({ error: 'Unexpected error.' }, 500));
        }
      }
    },
  };
}
