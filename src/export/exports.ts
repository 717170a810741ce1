import { stringify } from 'csv-stringify/sync';
import type { Plugin } from 'graphql-yoga';
import { z } from 'zod';
import { DOMAINS } from '../benchmark/domain.js';
import { commaSeparated } from '../config.js';
import { isDatabaseUnavailable } from '../errors.js';
import type { Logger } from '../logger.js';
import { OPENNESS } from '../model/openness.js';
import { cypher } from '../neo4j/cypher.js';
import type { Database, Row } from '../neo4j/database.js';

/**
 * The flat tables analysts want, as plain HTTP for spreadsheets, notebooks and BI tools:
 *   GET /export/models.csv | .json      ?openness=OPEN_WEIGHTS,CLOSED
 *   GET /export/results.csv | .json     ?benchmark=aime-2025 (id or name) &domain=MATH
 * CSV has a header row (lists joined with ";"); JSON is an array of objects with the same columns.
 */
const list = <T extends string>(values: readonly [T, ...T[]]) => commaSeparated(z.array(z.enum(values)).min(1));

const domainNames = Object.keys(DOMAINS) as [keyof typeof DOMAINS, ...Array<keyof typeof DOMAINS>];

const TABLES = {
  models: {
    query: 'export/models',
    columns: [
      'model_id', 'model', 'family', 'organization_id', 'organization', 'country', 'licence', 'licence_spdx', 'licence_category',
      'openness', 'status', 'release_date', 'total_params_b', 'active_params_b', 'architecture', 'context_window', 'weights_available',
    ],
    params: z.strictObject({ openness: list(OPENNESS as unknown as readonly [string, ...string[]]).optional() }),
  },
  results: {
    query: 'export/results',
    columns: [
      'model_id', 'model', 'openness', 'benchmark_id', 'benchmark', 'domains', 'score', 'setting', 'reported_by', 'source_table',
      'source_id', 'source_url',
    ],
    params: z.strictObject({ benchmark: z.string().min(1).max(200).optional(), domain: z.enum(domainNames).optional() }),
  },
} as const;

class ExportError extends Error {
  constructor(
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

async function exportRows(db: Database, table: keyof typeof TABLES, search: URLSearchParams): Promise<Row[]> {
  const parsed = TABLES[table].params.safeParse(Object.fromEntries(search));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const parameter = String(issue.path[0] ?? (issue as { keys?: string[] }).keys?.[0] ?? '');
    throw new ExportError(`Query parameter "${parameter}" of /export/${table}: ${issue.message}`, parameter);
  }
  const params = parsed.data as { openness?: string[]; benchmark?: string; domain?: keyof typeof DOMAINS };
  if (table === 'models') return db.read(cypher(TABLES.models.query), { openness: params.openness ?? null });
  let benchmark: string | null = null;
  if (params.benchmark) {
    const [row] = await db.read(cypher('benchmark/resolve'), { benchmark: params.benchmark });
    if (!row) throw new ExportError(`Unknown benchmark "${params.benchmark}": give a benchmark's id or name.`, 'benchmark');
    benchmark = row.id as string;
  }
  return db.read(cypher(TABLES.results.query), { benchmark, domain: params.domain ? DOMAINS[params.domain].value : null });
}

const csvCell = (value: unknown) => (Array.isArray(value) ? value.join(';') : value);

export function useExports(db: Database, logger: Logger): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      const match = /^\/export\/(models|results)\.(csv|json)$/.exec(url.pathname);
      if (!match || request.method !== 'GET') return;
      const table = match[1] as keyof typeof TABLES;
      const format = match[2] as 'csv' | 'json';
      const json = (body: unknown, status: number) =>
        new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
      try {
        const rows = await exportRows(db, table, url.searchParams);
        if (format === 'json') {
          endResponse(json(rows, 200));
          return;
        }
        const { columns } = TABLES[table];
        const csv = stringify(
          rows.map((row) => columns.map((column) => csvCell(row[column]))),
          { header: true, columns: [...columns], cast: { boolean: (value) => String(value) } },
        );
        endResponse(
          new fetchAPI.Response(csv, {
            headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `inline; filename="${table}.csv"` },
          }),
        );
      } catch (error) {
        if (error instanceof ExportError) {
          endResponse(json({ error: error.message, parameter: error.parameter }, 400));
        } else if (isDatabaseUnavailable(error)) {
          endResponse(json({ error: 'The database is unavailable; try again shortly.' }, 503));
        } else {
          logger.error({ err: error, path: url.pathname }, 'export failed');
          endResponse(json({ error: 'Unexpected error.' }, 500));
        }
      }
    },
  };
}
