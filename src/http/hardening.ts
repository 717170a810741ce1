import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { getNamedType, isListType, getNullableType, type GraphQLField } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { sharedRedis } from '../server/redis.js';
import { clientError } from '../errors.js';

/**
 * What a public endpoint needs against abuse, each limit a setting (see config.ts): the size of a
 * document (tokens, depth, aliases, directives), its cost counted with list sizes, field suggestions
 * (hidden in production), introspection (switchable), and requests per client per minute.
 */
export type HardeningConfig = Pick<
  Config,
  'NODE_ENV' | 'MAX_TOKENS' | 'MAX_DEPTH' | 'MAX_ALIASES' | 'MAX_DIRECTIVES' | 'MAX_COST' | 'INTROSPECTION' | 'RATE_LIMIT_PER_MINUTE' | 'TRUST_PROXY' | 'REDIS_URL'
>;

/** The header that marks a POST as not a cross-site form's (yoga's default name). */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/** How many items a list field is taken to return when its arguments do not say. */
const UNBOUNDED_LIST_GUESS = 10;

/**
 * A field costs 1, plus its selection times the number of items it can return: `first` or `limit` where
 * the field takes one (their defaults when not given), the number of `ids` for a list asked by id, a
 * guess for other lists, 1 for single objects; a field that starts from `ids` costs 1 more per id, 10 to
 * the power of its `depth` when it has one (graph's neighbourhoods).
 * Exported for the tests that pin what a query costs.
 */
export const listSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // A page's edges and a graph view's nodes and edges are already counted by the field that sized them.
  if (type.name.endsWith('Connection') || type.name === 'GraphView') return 1 + childComplexity;
  const sized = (name: string) => field.args.find((arg) => arg.name === name);
  const size = (name: string): number | undefined => {
    const arg = sized(name);
    if (!arg) return undefined;
    const value = args[name] ?? arg.defaultValue;
    return typeof value === 'number' && value >= 0 ? value : defaultSizeOf(field);
  };
  // A list of ids sizes what it asks for: nodes(ids:) answers one item per id, graph(ids:) starts from each.
  const idCount = Array.isArray(args.ids) ? args.ids.length : undefined;
  const returnsList = isListType(getNullableType(field.type));
  const items = size('first') ?? size('limit') ?? (returnsList ? (idCount ?? UNBOUNDED_LIST_GUESS) : 1);
  // Each start of a neighbourhood reaches about 10 nodes per level of depth.
  const reach = typeof args.depth === 'number' ? UNBOUNDED_LIST_GUESS ** Math.max(1, Math.min(args.depth, 3)) : 1;
  const lookups = returnsList ? 0 : (idCount ?? 0) * reach;
  return 1 + lookups + childComplexity * Math.max(items, 1);
};

/** The page size a field uses when `first` is not given: 20 for connections, 100 for benchmarkWins. */
function defaultSizeOf(field: GraphQLField<unknown, unknown>): number {
  return field.name === 'benchmarkWins' ? 100 : getNamedType(field.type).name.endsWith('Connection') ? 20 : UNBOUNDED_LIST_GUESS;
}

function useCostLimit(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = getComplexity({
        schema: args.schema,
        query: args.document,
        variables: (args.variableValues ?? {}) as Record<string, unknown>,
        operationName: args.operationName ?? undefined,
        estimators: [listSizeEstimator],
      });
      if (cost > maxCost) {
        setResultAndStopExecution({
          errors: [
            clientError(
              `This query would cost ${cost}, above the limit of ${maxCost}: ask for fewer items (smaller first or limit) or less nesting.`,
              'COST_LIMIT_EXCEEDED',
              { cost, maxCost },
            ),
          ],
        });
      }
    },
  };
}

/** "::ffff:10.0.0.1" (IPv4 on a dual-stack socket) is 10.0.0.1. */
const plainAddress = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

/**
 * The address a request is counted against: its socket's peer, unless that peer is a trusted proxy;
 * then the last X-Forwarded-For hop that is not one (earlier hops are whatever the client chose to send).
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | null, trustedProxies: readonly string[]): string {
  const socket = plainAddress(peer ?? 'local');
  const trusted = new Set(trustedProxies.map(plainAddress));
  if (!trusted.has(socket) || !forwardedFor) return socket;
  const hops = forwardedFor.split(',').map((hop) => plainAddress(hop.trim())).filter(Boolean);
  return hops.reverse().find((hop) => !trusted.has(hop)) ?? socket;
}

/** Where Redis keeps the requests counted per client, apart from anything else stored in the same Redis. */
export const RATE_KEY_PREFIX = 'landscape-graph:requests';

/**
 * At most `perMinute` requests per client address to /graphql and /export; 429 with Retry-After beyond. With
 * REDIS_URL the count is kept in Redis, so that a client's limit holds across every instance behind the load
 * balancer, not once per instance; while Redis is down, each instance counts on its own (the insurance
 * limiter) rather than refuse or wait.
 */
function useRateLimit(perMinute: number, trustedProxies: readonly string[], shared?: { redisUrl: string; logger: Logger }): Plugin {
  const inThisProcess = new RateLimiterMemory({ points: perMinute, duration: 60 });
  const redis = shared && sharedRedis(shared.redisUrl, shared.logger, { whileDown: 'requests are counted per instance' });
  const limiter = redis
    ? new RateLimiterRedis({ storeClient: redis, keyPrefix: RATE_KEY_PREFIX, points: perMinute, duration: 60, insuranceLimiter: inThisProcess, rejectIfRedisNotReady: true })
    : inThisProcess;
  return {
    // The connection to Redis ends with the server (app.dispose(), on shutdown).
    onDispose: async () => {
      await redis?.quit().catch(() => redis.disconnect());
    },
    async onRequest({ url, request, serverContext, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith('/graphql') && !url.pathname.startsWith('/export')) return;
      const node = serverContext as { req?: { socket?: { remoteAddress?: string } } };
      const client = clientAddress(node.req?.socket?.remoteAddress, request.headers.get('x-forwarded-for'), trustedProxies);
      try {
        await limiter.consume(client);
      } catch (rejection) {
        const retryAfter = Math.ceil(((rejection as { msBeforeNext?: number }).msBeforeNext ?? 1000) / 1000);
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [{ message: `Too many requests: at most ${perMinute} a minute per client. Retry in ${retryAfter} s.`, extensions: { code: 'RATE_LIMITED' } }],
            }),
            { status: 429, headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(retryAfter) } },
          ),
        );
      }
    },
  };
}

/**
 * What an error message says of the schema beyond what the caller wrote, rewritten in production: the
 * suggestions graphql-armor does not reach ("Did you mean the enum value ...", input fields and enums in
 * variables) and the type names in "must have a selection of subfields", from which clairvoyance rebuilt
 * fields and types with introspection off.
 */
const SCHEMA_REVEALING: Array<[RegExp, string]> = [
  [/\s*Did you mean [^?]*\?/g, ''],
  [/^Field "([^"]+)" of type "[^"]+" must have a selection of subfields\.?/, 'Field "$1" must have a selection of subfields.'],
  [/^Field "([^"]+)" must not have a selection since type "[^"]+" has no subfields\.?/, 'Field "$1" must not have a selection.'],
  [/^Cannot query field "([^"]+)" on type "[^"]+"\.?/, 'Cannot query field "$1" here.'],
  [/^Unknown argument "([^"]+)" on field "[^".]+\.([^"]+)"\.?/, 'Unknown argument "$1" on field "$2".'],
];

export const withoutSchemaHints = (message: string) =>
  SCHEMA_REVEALING.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), message);

function useQuietErrorMessages(): Plugin {
  return {
    onResultProcess({ result }) {
      for (const one of Array.isArray(result) ? result : [result]) {
        const errors = (one as { errors?: Array<{ message: string }> }).errors;
        for (const error of errors ?? []) error.message = withoutSchemaHints(error.message);
      }
    },
  };
}

/**
 * A POST whose body a web page's form could send (x-www-form-urlencoded, multipart/form-data, text/plain:
 * no CORS preflight) runs only with a header such a form cannot set, as yoga's CSRF prevention requires.
 * Harmless while writes need an Authorization header; closed before cookies ever come. GETs are left
 * alone: they cannot mutate (405), and Grafana, Observable and a plain fetch(url) send no such header.
 */
function useCSRFPreventionForPosts(): Plugin {
  const csrf = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      if (payload.request.method !== 'POST') return;
      try {
        return csrf.onRequestParse!(payload as never);
      } catch {
        const type = payload.request.headers.get('content-type')?.split(';')[0];
        throw createGraphQLError(
          `A POST with Content-Type ${type ?? '(none)'} could come from any web page's form: send application/json, or add the header ${CSRF_HEADER}.`,
          { extensions: { code: 'CSRF_HEADER_MISSING', http: { status: 403 } } },
        );
      }
    },
  };
}

/** graphql-armor's refusals, which call themselves "Syntax Error" and carry no code: what each is. */
const LIMIT_CODES: Array<[RegExp, string]> = [
  [/depth limit of/i, 'DEPTH_LIMIT_EXCEEDED'],
  [/aliases limit of/i, 'ALIAS_LIMIT_EXCEEDED'],
  [/directives limit of/i, 'DIRECTIVE_LIMIT_EXCEEDED'],
  [/token limit of/i, 'TOKEN_LIMIT_EXCEEDED'],
];

/**
 * GraphQL over HTTP with `Accept: application/graphql-response+json`: a request that never ran (no
 * `data`: a refused document, variables that do not fit their types) is a 4xx, not a 200. Armor's limits
 * are named as limits with a code, and a variable that does not fit is BAD_USER_INPUT.
 */
function useRequestErrorStatus(): Plugin {
  type MutableError = { message: string; extensions?: Record<string, unknown> };
  return {
    onResultProcess({ request, result }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || Symbol.asyncIterator in result) return;
      const single = result as { data?: unknown; errors?: MutableError[] };
      for (const error of single.errors ?? []) {
        const limit = LIMIT_CODES.find(([pattern]) => pattern.test(error.message));
        if (limit) {
          error.message = error.message.replace(/^Syntax Error: /, '');
          error.extensions = { ...error.extensions, code: limit[1] };
        } else if (/^Variable "\$[^"]+" (got invalid value|of required type|of non-null type)/.test(error.message) && !error.extensions?.code) {
          error.extensions = { ...error.extensions, code: 'BAD_USER_INPUT' };
        }
      }
      const graphqlResponse = request.headers.get('accept')?.includes('application/graphql-response+json');
      if (!graphqlResponse || single.data !== undefined || !single.errors?.length) return;
      for (const error of single.errors) {
        const http = error.extensions?.http as { status?: number } | undefined;
        if (!http?.status || http.status < 400) error.extensions = { ...error.extensions, http: { ...http, status: 400 } };
      }
    },
  };
}

export function useHardening(config: HardeningConfig, logger: Logger): Plugin[] {
  return [
    maxTokensPlugin({ n: config.MAX_TOKENS, exposeLimits: true }),
    maxDepthPlugin({ n: config.MAX_DEPTH, exposeLimits: true, flattenFragments: true }),
    maxAliasesPlugin({ n: config.MAX_ALIASES, exposeLimits: true }),
    maxDirectivesPlugin({ n: config.MAX_DIRECTIVES, exposeLimits: true }),
    ...(config.NODE_ENV === 'production' ? [blockFieldSuggestionsPlugin(), useQuietErrorMessages()] : []),
    ...(config.INTROSPECTION ? [] : [useDisableIntrospection()]),
    useCostLimit(config.MAX_COST),
    ...(config.RATE_LIMIT_PER_MINUTE > 0
      ? [useRateLimit(config.RATE_LIMIT_PER_MINUTE, config.TRUST_PROXY, config.REDIS_URL ? { redisUrl: config.REDIS_URL, logger } : undefined)]
      : []),
    useCSRFPreventionForPosts(),
    useRequestErrorStatus(),
  ] as Plugin[];
}
