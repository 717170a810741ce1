import { randomUUID } from 'node:crypto';
import { execute, getOperationAST } from 'graphql';
import { createGraphQLError, createYoga, maskError, useReadinessCheck, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { useAuthorizationFirst } from '../auth/authorize-first.js';
import { identify } from '../auth/tokens.js';
import { loadConfig, type Config } from '../config.js';
import { assembledQueries, keepAssembledQueries } from '../neo4j/cypher.js';
import { createContext, type Context } from '../context.js';
import { ChangeFeed } from '../landscape-change/feed.js';
import { clientError, databaseFailure } from '../errors.js';
import type { Logger } from '../logger.js';
import { ClientGoneError, type Database } from '../neo4j/database.js';
import type { DependencyHealth } from '../neo4j/supervisor.js';
import { useExports } from '../export/exports.js';
import { useOpenApi } from '../export/openapi.js';
import { useExplorePage } from '../graph-view/explore-page.js';
import { useCacheableGets } from '../http/get-cache.js';
import { renderLocalGraphiQL, useGraphiQLAssets } from '../http/graphiql.js';
import { useHardening } from '../http/hardening.js';
import { usePersistedDocuments } from '../http/persisted-operations.js';
import { exampleQuestions } from '../questions/examples.js';
import { schema } from '../graphql/schema.js';
import { useAdmission } from './admission.js';
import { CACHE_HEADER, useVersionedResponseCache } from './response-cache.js';

/** The settings the HTTP layer reads (see config.ts); defaults are the local ones. */
export type AppConfig = Config;

export interface AppOptions {
  db: Database;
  logger: Logger;
  config?: Partial<AppConfig>;
  /** /ready answers 503 until this says true (npm start warms Neo4j's query plans first); always warm by default. */
  warmedUp?: () => boolean;
  /** The Neo4j this process looks after, if any (the local one): /health answers 503 once it is given up. */
  dependency?: () => DependencyHealth | undefined;
}

export type App = YogaServerInstance<Record<string, never>, Context>;

/**
 * Reports how many Cypher round trips a request made, as the response header x-neo4j-round-trips (the
 * DataLoaders promise one per level of the query): tests and the benchmark read it, and the result body
 * stays exactly what the GraphQL specification describes.
 */
function useRoundTripHeader(roundTripsOf: WeakMap<Request, { count: number }>): Plugin<Context> {
  return {
    onResponse({ request, response }) {
      const roundTrips = roundTripsOf.get(request);
      if (roundTrips) response.headers.set(ROUND_TRIPS_HEADER, String(roundTrips.count));
    },
  };
}

export const ROUND_TRIPS_HEADER = 'x-neo4j-round-trips';

/**
 * graphql-js's own executor, in place of yoga's (@graphql-tools/executor 1.x): that one writes a field
 * into the answer when its resolver settles, so `{ id name }` could answer name before id, against the
 * spec's "ordered by the order in which they appear in the query" (pothos#1511; fixed upstream only in a
 * major yoga 5.21 does not use). graphql-js keeps the order.
 */
function useSelectionOrder(): Plugin {
  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(execute);
    },
  };
}

/** The process's memory in MB: resident, and of it V8's heap (in use and reserved) and what lives outside it (Buffers). */
function memoryMb() {
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
  return { rss: mb(rss), heapUsed: mb(heapUsed), heapTotal: mb(heapTotal), external: mb(external), arrayBuffers: mb(arrayBuffers) };
}

/**
 * GET /health: 200 while the process can do its work, with what it knows of the Neo4j it looks after
 * ({"status": "ok", "neo4j": {"state": "up", "restarts": 0}}) and its own memory (`memory`, MB); 503 once that Neo4j died and could not be
 * started again, the one failure a restart of this process may cure. (/ready says whether Neo4j answers now.)
 */
function useHealth(dependency: () => DependencyHealth | undefined, changes: ChangeFeed): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/health') return;
      const neo4j = dependency();
      const failed = neo4j?.state === 'failed';
      // How many assembled queries are kept (at most QUERY_CACHE_SIZE): what a flood of shapes would grow.
      const body = { status: failed ? 'failed' : 'ok', ...(neo4j ? { neo4j } : {}), assembledQueries: assembledQueries(), subscriptions: changes.listening, memory: memoryMb() };
      endResponse(fetchAPI.Response.json(body, { status: failed ? 503 : 200 }));
    },
  };
}

/**
 * The feed of changes (src/landscape-change/): read at once after each mutation of this server, so that its
 * subscribers hear of the change without waiting for the next interval; stopped with the server.
 */
function useChangeFeed(changes: ChangeFeed): Plugin {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation === 'mutation') return { onExecuteDone: () => changes.poke() };
      return undefined;
    },
    onDispose: () => changes.close(),
  };
}

/** Everything this server answers at; the plugins above own the paths below them. */
const ENDPOINTS = ['/graphql', '/explore', '/export/', '/openapi.json', '/persisted-operations.json', '/health', '/ready'];

/** Any other path: 404 with a JSON body that says what is there, instead of an empty answer. */
function useNotFound(): Plugin {
  const known = (path: string) =>
    ['/graphql', '/health', '/ready', '/persisted-operations.json', '/openapi.json'].includes(path) || /^\/(explore|export|graphiql)(\/|$)/.test(path);
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (known(url.pathname)) return;
      endResponse(
        fetchAPI.Response.json({ error: `Nothing at ${url.pathname}.`, endpoints: ENDPOINTS }, { status: 404 }),
      );
    },
  };
}

/**
 * A warning for something many requests meet at once (Neo4j down, or out of memory for transactions):
 * its first occurrence at once, then at most one line per interval with how many more there were, not a
 * line and a stack per request, which a client could otherwise turn into a flood of the log.
 */
function occurrenceCounter(logger: Logger, message: string, intervalMs = 10_000) {
  let since = 0;
  let unreported = 0;
  let timer: NodeJS.Timeout | undefined;
  return {
    count(error: unknown) {
      const detail = error instanceof Error ? error.message : String(error);
      if (Date.now() - since >= intervalMs && unreported === 0) {
        since = Date.now();
        logger.warn({ detail }, message);
        return;
      }
      unreported++;
      timer ??= setTimeout(() => {
        logger.warn({ detail, times: unreported, inLastMs: intervalMs }, `${message} (again)`);
        unreported = 0;
        since = Date.now();
        timer = undefined;
      }, intervalMs).unref();
    },
  };
}

/**
 * The GraphQL server as a fetch handler: GraphiQL and POST/GET at /graphql, GET /health (the process can
 * work) and GET /ready (Neo4j answers). Tests call app.fetch() without opening a port.
 */
export function createApp({ db, logger, config: overrides = {}, warmedUp = () => true, dependency = () => undefined }: AppOptions): App {
  const config: AppConfig = { ...loadConfig({}), ...overrides };
  keepAssembledQueries(config.QUERY_CACHE_SIZE);
  const anyOrigin = config.CORS_ORIGINS.includes('*');
  const unavailable = occurrenceCounter(logger, 'requests fail: Neo4j is unavailable or does not answer');
  const busy = occurrenceCounter(logger, 'Neo4j could not answer a query now (memory or time limit)');
  // A batched request's operations share one count.
  const roundTripsOf = new WeakMap<Request, { count: number }>();
  const changes = new ChangeFeed(db, logger, { intervalMs: config.CHANGE_FEED_INTERVAL_MS, maxSubscribers: config.MAX_SUBSCRIPTIONS });
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // yoga's own check (200 while the process answers) moves aside: /health is useHealth's, below.
    healthCheckEndpoint: '/health/process',
    landingPage: false,
    // An allow-list of browser origins (CORS_ORIGINS); a refused origin gets no CORS headers at all, and
    // no origin gets credentials: the API uses no cookies.
    cors: (request) => {
      const origin = request.headers.get('origin');
      if (!origin || !(anyOrigin || config.CORS_ORIGINS.includes(origin))) return false;
      return { origin: [origin], credentials: false, exposedHeaders: [ROUND_TRIPS_HEADER, CACHE_HEADER, 'etag'], maxAge: 600 };
    },
    // GraphiQL follows INTROSPECTION (off by default in production): without the schema it cannot help.
    graphiql: config.INTROSPECTION && {
      title: 'landscape-graph',
      defaultTabs: exampleQuestions().map(({ document }) => ({ query: document })),
    },
    // Everything GraphiQL needs comes from this server (src/http/graphiql.ts), never from a CDN.
    renderGraphiQL: renderLocalGraphiQL,
    context: ({ request }) => {
      const context = createContext(db, changes, identify(request.headers.get('authorization'), config.API_TOKENS), config.READ_ACCESS, config.MAX_QUERY_SHAPES, request.signal);
      roundTripsOf.set(request, context.roundTrips);
      return context;
    },
    logging: {
      debug: (...args) => logger.debug(args.length === 1 ? args[0] : args),
      info: (...args) => logger.info(args.length === 1 ? args[0] : args),
      warn: (...args) => logger.warn(args.length === 1 ? args[0] : args),
      // Yoga logs every error it masks, as it is: maskError below logs those once, with their errorId, and
      // counts the database's unavailability instead of a stack per request.
      error: (...args) => {
        if (args.length === 1 && args[0] instanceof Error) return;
        logger.error(args.length === 1 ? args[0] : args);
      },
    },
    // Errors meant for clients (with extensions.code) pass; anything else becomes "Unexpected error." with
    // an error id, and its detail goes only to the log under that id.
    maskedErrors: {
      maskError(error, message): Error {
        // A resolver's error arrives wrapped (originalError); one from a hook before execution (the response
        // cache's read of the graph's version) arrives as it was thrown.
        const original = (error as { originalError?: unknown }).originalError ?? error;
        // Nobody reads this answer: its client went away, and its reads were given up on purpose.
        if (original instanceof ClientGoneError) return clientError(original.message, 'CLIENT_CLOSED_REQUEST');
        const failure = databaseFailure(original);
        if (failure) {
          (failure.code === 'DATABASE_BUSY' ? busy : unavailable).count(original);
          return clientError(failure.message, failure.code);
        }
        const masked = maskError(error, message, false);
        if (masked === error) return masked;
        const errorId = randomUUID();
        logger.error({ errorId, err: original }, 'unexpected error while answering a request');
        return createGraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } });
      },
    },
    plugins: [
      useSelectionOrder(),
      useAuthorizationFirst(),
      useRoundTripHeader(roundTripsOf),
      ...useHardening(config, logger),
      ...usePersistedDocuments(config.PERSISTED_OPERATIONS),
      // After what refuses a request before execution (authorization, limits): those take no place. Answers from
      // the cache take none either (they are served before execution). Before the cache's own execute hook, so
      // that an operation refused here never reaches it (it would warn that its execute was not called).
      useAdmission({ concurrent: config.MAX_CONCURRENT_OPERATIONS, queued: config.MAX_QUEUED_OPERATIONS, maxWaitMs: config.MAX_QUEUE_WAIT_MS }),
      // After the persisted documents (the cache keys a request by its document) and before execution.
      ...useVersionedResponseCache(db, (request) => identify(request.headers.get('authorization'), config.API_TOKENS).role ?? 'anyone', {
        size: config.RESPONSE_CACHE_SIZE,
        ttlSeconds: config.RESPONSE_CACHE_TTL_S,
        redisUrl: config.REDIS_URL,
        logger,
      }),
      useCacheableGets(config.GET_CACHE_MAX_AGE_S),
      useGraphiQLAssets(),
      useExplorePage(),
      useExports(db, logger),
      useOpenApi(),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => warmedUp() && (await db.ping()),
      }),
      useChangeFeed(changes),
      useHealth(dependency, changes),
      useNotFound(),
    ],
  });
}
