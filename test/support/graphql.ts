import { ROUND_TRIPS_HEADER, type App } from '../../src/server/yoga.js';

export interface GraphQLAnswer<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  /** Cypher round trips the request made (the x-neo4j-round-trips header). */
  roundTrips: number;
  /** The response's headers (Retry-After of a 429, the cache's...). */
  headers: Headers;
}

/** Sends one GraphQL request to the app, as an HTTP client would, without opening a port. */
export function ask<T = Record<string, any>>(
  app: App,
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
): Promise<GraphQLAnswer<T>> {
  return send<T>(app, { query, variables, operationName }, {});
}

/** The same request with an API token (Authorization: Bearer), as an editor's client sends its writes. */
export function askWithToken<T = Record<string, any>>(app: App, token: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer<T>> {
  return send<T>(app, { query, variables }, { authorization: `Bearer ${token}` });
}

async function send<T>(app: App, request: { query: string; variables?: Record<string, unknown>; operationName?: string }, headers: Record<string, string>): Promise<GraphQLAnswer<T>> {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as Omit<GraphQLAnswer<T>, 'status' | 'roundTrips' | 'headers'>;
  return { status: response.status, ...body, roundTrips: Number(response.headers.get(ROUND_TRIPS_HEADER) ?? NaN), headers: response.headers };
}

/** What a leaderboard entry asked with `result { sourceTable reportedBy protocol {...} }` and `model { modelId }` says. */
interface BoardEntry {
  model: { modelId: string };
  result: { sourceTable: string; reportedBy: string; protocol: Record<string, unknown> };
}

/**
 * A recordBenchmarkResult input that puts `entry`'s model first on the board of `benchmark`: a score above
 * `leaderScore` in the entry's own table (same source table, reporter and protocol, so comparable with it).
 */
export function resultOutscoring(benchmark: string, entry: BoardEntry, leaderScore: number, test: string) {
  return {
    model: entry.model.modelId,
    benchmark,
    score: Math.min(100, leaderScore + 0.5),
    setting: `test: ${test}`,
    reportedBy: entry.result.reportedBy,
    sourceTable: entry.result.sourceTable,
    protocol: entry.result.protocol,
    source: { url: `https://example.org/${test.replaceAll(' ', '-')}-test`, title: `${test} test` },
  };
}

/** ModelFilter's fields whose values are enum values, written bare in GraphQL. */
const MODEL_FILTER_ENUMS = new Set(['openness', 'status', 'licenceCategory', 'domain']);

/** A ModelFilter as GraphQL input syntax: enum values bare, everything else as JSON. */
export function modelFilterLiteral(filter: Record<string, unknown>): string {
  return `{ ${Object.entries(filter)
    .map(([key, value]) => `${key}: ${MODEL_FILTER_ENUMS.has(key) ? `[${(value as string[]).join(', ')}]` : JSON.stringify(value)}`)
    .join(', ')} }`;
}
