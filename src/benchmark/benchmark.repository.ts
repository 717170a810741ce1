import type { Context } from '../context.js';
import { clientError } from '../errors.js';
import { cypher } from '../neo4j/cypher.js';
import { keysetChoices, keysetParams, type KeysetPage, type PositionedPage } from '../one-trip/asked.js';
import { column, grouped } from '../neo4j/rows.js';
import type { BenchmarkRow, DomainRow, ResultRow } from './benchmark.rows.js';

/**
 * The only code that turns benchmark and result questions into Cypher and rows. A benchmark named by an
 * argument (id or name) is found inside each query's own Cypher (cypher/benchmark/named), never by a
 * trip of its own; the query says whether it found it.
 */

/** The error for a benchmark argument that names no benchmark. */
export function unknownBenchmark(benchmark: string) {
  return clientError(`Unknown benchmark "${benchmark}": give a benchmark's id or name, as listed by { benchmarks { benchmarkId name } }.`, 'BAD_USER_INPUT', {
    argument: 'benchmark',
  });
}

/** Turns a query's `found: false` for a benchmark argument into the error naming the argument. */
export function mustHaveFoundBenchmark(found: unknown, benchmark: string | null | undefined): void {
  if (found === false && benchmark) throw unknownBenchmark(benchmark);
}

export const benchmarksByIds = (ctx: Context, ids: readonly string[]) => column<BenchmarkRow>(ctx, 'benchmark/by-ids', { ids }, 'benchmark');

export const resultsByIds = (ctx: Context, ids: readonly string[]) => column<ResultRow>(ctx, 'result/by-ids', { ids }, 'result');

export const domainsByIds = (ctx: Context, ids: readonly string[]) => column<DomainRow>(ctx, 'benchmark/domains-by-ids', { ids }, 'domain');

/** Every benchmark by name; only those measuring `domain` when given. */
export const benchmarkList = (ctx: Context, domain: string | null) => column<BenchmarkRow>(ctx, 'benchmark/list', { domain }, 'benchmark');

/** The benchmarks that measure each domain asked, by name. */
export const benchmarksOfDomains = (ctx: Context, ids: readonly string[]) => grouped<BenchmarkRow>(ctx, 'benchmark/by-domain-ids', ids, 'benchmark');

/** The capability domains. */
export const domainList = (ctx: Context) => column<DomainRow>(ctx, 'benchmark/domains', {}, 'domain');

/** One benchmark by id or name, or null. */
export async function benchmarkNamed(ctx: Pick<Context, 'db'>, benchmark: string): Promise<BenchmarkRow | null> {
  const [row] = await ctx.db.read(cypher('benchmark/by-argument'), { asked: { benchmark } });
  return (row?.benchmark as BenchmarkRow | undefined) ?? null;
}

/** The results of several models, per model in the order asked; optionally on one benchmark or domain. */
export async function resultsOfModels(
  ctx: Context,
  ids: readonly string[],
  args: { benchmark?: string | null; domain?: string | null; evaluator?: readonly string[] | null },
): Promise<ResultRow[][]> {
  const rows = await ctx.db.read(cypher('result/by-model-ids'), { ids, asked: { benchmark: args.benchmark ?? null, domain: args.domain ?? null, evaluators: args.evaluator ?? null } });
  mustHaveFoundBenchmark(rows[0]?.found, args.benchmark);
  const byId = new Map(rows.map((row) => [row.groupId as string, row.results as ResultRow[]]));
  return ids.map((id) => byId.get(id) ?? []);
}

/** One page of results (best first) of each of several benchmarks, with each one's total. */
/** The list a benchmark's results cursor belongs to (the same order for every benchmark). */
export const RESULTS_BY_SCORE = 'BenchmarkResult:score';

/** One keyset page of each benchmark's results, best first, with each one's total, in one query. */
export async function resultPagesOfBenchmarks(ctx: Context, ids: readonly string[], page: KeysetPage): Promise<Map<string, PositionedPage<ResultRow>>> {
  const query = cypher('result/page-by-benchmark-ids', keysetChoices('DESC', page.inverted), ctx.queryShapes);
  const rows = await ctx.db.read(query, { ids, ...keysetParams(page) });
  return new Map(rows.map((r) => [r.groupId as string, { totalCount: r.totalCount as number, items: r.results as PositionedPage<ResultRow>['items'] }]));
}
