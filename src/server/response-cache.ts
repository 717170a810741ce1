import { createRedisCache } from '@envelop/response-cache-redis';
import { createInMemoryCache, hashSHA256, useResponseCache as useYogaResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Context } from '../context.js';
import type { Logger } from '../logger.js';
import type { Database } from '../neo4j/database.js';
import { sharedRedis } from './redis.js';

/**
 * Answers to reads, kept in memory (@graphql-yoga/plugin-response-cache) under a key that starts with the
 * graph's version: every write transaction moves the version on (src/neo4j/database.ts,
 * cypher/graph-version), whichever process or server instance wrote (the API, `npm run seed`, the import),
 * and each request reads the version when it arrives (one small read, shared by the requests arriving
 * meanwhile). So a read after an acknowledged write never meets a response cached before it, with no list of
 * what each write may have changed. Only answers without errors are kept, per role (an editor's answer is
 * never served to a reader). The key is the response's ETag: If-None-Match is a 304 only when it is the key of
 * the request it comes with (the same question, variables and role, at the graph's current version) and that
 * answer is kept; any other request is answered and carried out as if it had none. (The plugin's own check
 * answers 304 to any request whose If-None-Match is a kept key, a mutation too, which then is never run.)
 *
 * With REDIS_URL the answers are kept in Redis instead (@envelop/response-cache-redis), shared by every server
 * instance that names the same Redis: an answer one instance computed is a hit on the others, and since the
 * key holds the version, a write through any of them makes it unreachable on all. Redis bounds its memory by
 * each entry's TTL (RESPONSE_CACHE_TTL_S; RESPONSE_CACHE_SIZE counts only the in-memory cache).
 */
export const CACHE_HEADER = 'x-response-cache';
/** How @graphql-yoga/plugin-response-cache marks a result it served. */
const SERVED_FROM_CACHE = Symbol.for('servedFromResponseCache');

/** Where Redis keeps this server's answers, apart from anything else stored in the same Redis. */
export const REDIS_KEY_PREFIX = 'landscape-graph:response:';

/**
 * Answers kept in Redis. A Redis that is down or slow never fails a request: a lookup that errs or takes
 * over a second is a miss (answered from Neo4j), a store that errs is dropped (src/server/redis.ts). The
 * library's entity sets (which responses name which type) are left out: freshness comes from the version,
 * and those sets would grow without bound.
 */
function redisCache(url: string, logger: Logger): { cache: Cache; close: () => Promise<void> } {
  const redis = sharedRedis(url, logger, { keyPrefix: REDIS_KEY_PREFIX, whileDown: 'answers are not cached' });
  const store = createRedisCache({ redis });
  return {
    cache: {
      get: async (key) => {
        try {
          return await store.get(key);
        } catch {
          return undefined;
        }
      },
      set: async (key, result, _entities, ttl) => {
        try {
          await store.set(key, result, [], ttl);
        } catch {
          // not kept: the next request for it asks Neo4j
        }
      },
      invalidate: () => undefined,
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** The key of what is not a read: never looked up nor kept (the cache is not enabled for its request). */
const NOT_KEPT = 'not-kept';

/**
 * Whether the operation a request names is a query. Only queries are looked up and kept: a mutation (or a
 * document that does not parse) neither waits for the graph's version nor takes a place in the cache.
 * Remembered per document, so that a document is parsed here once, not once per request.
 */
const queryOrNot = new LRUCache<string, boolean>({ max: 1000 });
function isQuery(document: string, operationName: string | undefined | null): boolean {
  const key = `${operationName ?? ''}\u0000${document}`;
  let known = queryOrNot.get(key);
  if (known === undefined) {
    try {
      known = getOperationAST(parse(document), operationName)?.operation === 'query';
    } catch {
      known = false; // refused at parse, with its own error
    }
    queryOrNot.set(key, known);
  }
  return known;
}

export function useVersionedResponseCache(
  db: Database,
  roleOf: (request: Request) => string,
  options: { size: number; ttlSeconds: number; redisUrl?: string | undefined; logger: Logger },
): Plugin<Context>[] {
  if (options.size === 0 && !options.redisUrl) return [];
  const shared = options.redisUrl ? redisCache(options.redisUrl, options.logger) : null;
  const cache = shared?.cache ?? createInMemoryCache({ max: options.size });
  const served = new WeakSet<Request>();
  // Requests that are not reads (isQuery): the cache is off for them, from the key on.
  const notKept = new WeakSet<Request>();
  // If-None-Match, taken off each request before the plugin sees it, and the requests it is the key of.
  const tags = new WeakMap<Request, string[]>();
  const revalidated = new WeakMap<Request, string>();
  return [
    {
      // The connection to Redis ends with the server (app.dispose(), on shutdown).
      onDispose: () => shared?.close(),
      // x-response-cache says whether the answer came from the cache (hit) or from Neo4j (miss).
      onResultProcess({ request, result }) {
        if ((result as Record<symbol, unknown>)[SERVED_FROM_CACHE]) served.add(request);
      },
      onResponse({ request, response }) {
        if (response.headers.get('content-type')?.includes('json') && new URL(request.url).pathname.endsWith('/graphql')) {
          response.headers.set(CACHE_HEADER, served.has(request) ? 'hit' : 'miss');
        }
      },
    },
    {
      // Before the cache plugin's own If-None-Match check, which would answer 304 to any request with a kept key.
      onRequest({ request }) {
        const tag = request.headers.get('if-none-match');
        if (!tag) return;
        // A list of tags, each maybe weak (W/...), as RFC 9110 allows; any of them may be this request's key.
        tags.set(request, tag.split(',').map((one) => one.trim().replace(/^W\//, '')));
        request.headers.delete('if-none-match');
      },
      // The request's own key, kept: the answer served from the cache is the one the client holds.
      onResponse({ request, response, setResponse, fetchAPI }) {
        const key = revalidated.get(request);
        if (!key || !served.has(request)) return;
        const headers = new fetchAPI.Headers(response.headers);
        headers.delete('content-type');
        headers.delete('content-length');
        headers.set('etag', key);
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
      },
    },
    useYogaResponseCache({
      cache,
      ttl: options.ttlSeconds * 1000,
      // From the request itself: the cache looks its answer up before the context is built.
      session: (request) => roleOf(request),
      // Freshness comes from the version, not from entities named in mutation results (a new result changes
      // leaderboards that name none of what the mutation returned).
      invalidateViaMutation: false,
      // The answer's body stays what the GraphQL specification describes: x-response-cache says hit or miss.
      includeExtensionMetadata: false,
      // The cache adds __typename to every selection; ids are not needed for anything it does here.
      idFields: [],
      // Asked after the key (which finds out whether the request is a read) and before any lookup or store.
      enabled: (request) => !notKept.has(request),
      buildResponseCacheKey: async ({ documentString, variableValues, operationName, sessionId, request }) => {
        if (!isQuery(documentString, operationName)) {
          notKept.add(request);
          return NOT_KEPT;
        }
        // Neo4j does not answer: the request ends here with what its own reads would have met
        // (DATABASE_UNAVAILABLE), rather than wait for Neo4j a second time; no answer is served from before.
        const version = await db.graphVersion();
        const key = `${version}:${await hashSHA256([documentString, operationName ?? '', JSON.stringify(variableValues ?? {}), sessionId ?? ''].join('|'))}`;
        if (tags.get(request)?.includes(key)) revalidated.set(request, key);
        return key;
      },
    }) as Plugin<Context>,
  ];
}
