import { z } from 'zod';

/**
 * Every setting of the product, read once from the environment and validated. Defaults are chosen so
 * that `npm start` on a fresh clone needs no variable at all.
 */
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A comma-separated value ("a, b,c") read as a list, each item then checked by `items`. */
export const commaSeparated = <T extends z.ZodType<unknown, string[]>>(items: T) =>
  z
    .string()
    .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean))
    .pipe(items);

/** A comma-separated list of browser origins ("https://observablehq.com,http://localhost:3000"), or "*". */
const originList = commaSeparated(
  z.array(
    z.string().refine((origin) => origin === '*' || /^https?:\/\/[^/\s]+$/.test(origin), {
      message: 'each origin must be "*" or scheme://host[:port], with no path',
    }),
  ),
);

/** Addresses of reverse proxies (IPv4 or IPv6), comma-separated. */
const addressList = commaSeparated(z.array(z.union([z.ipv4(), z.ipv6()], { message: 'each entry must be an IP address' })));

/** "role:sha256hex" entries, comma-separated: the hashes of the API's bearer tokens (see src/auth/tokens.ts). */
const tokenHashes = commaSeparated(
    z.array(
      z
        .string()
        .regex(/^(reader|editor):[0-9a-f]{64}$/, 'each entry must be "reader:<sha256 hex>" or "editor:<sha256 hex>" (npm run token makes one)')
        .transform((entry) => {
          const [role, sha256] = entry.split(':') as ['reader' | 'editor', string];
          return { role, sha256 };
        }),
    ),
  );

const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** "auto": readable lines in a terminal, JSON lines otherwise; "json" or "pretty" to choose. */
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  /** An existing Neo4j (bolt://, neo4j://, neo4j+s://...). When unset, one is started for you. */
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  /** Force one way of getting a Neo4j instead of trying them in order. */
  NEO4J_PROVIDER: z.enum(['auto', 'uri', 'docker', 'local']).default('auto'),
  /** Where the local Neo4j keeps its data and logs (git-ignored). */
  NEO4J_LOCAL_DIR: z.string().min(1).default('.neo4j-local/dev'),
  /** Bolt port of the local Neo4j; 0 picks a free one. */
  NEO4J_LOCAL_BOLT_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  NEO4J_LOCAL_HEAP_MB: z.coerce.number().int().min(128).default(512),
  NEO4J_LOCAL_PAGECACHE_MB: z.coerce.number().int().min(16).default(128),
  /**
   * More options for the local Neo4j's JVM, separated by spaces (none by default). The tests give a Neo4j that
   * lives for seconds "-XX:TieredStopAtLevel=1": the JIT's first tier only, about half the CPU of a start.
   */
  NEO4J_LOCAL_JVM_OPTIONS: z
    .string()
    .default('')
    .transform((options) => options.split(/\s+/).filter(Boolean))
    .refine((options) => options.every((option) => option.startsWith('-')), { message: 'each option starts with "-" (e.g. -XX:TieredStopAtLevel=1)' }),
  /**
   * Whether the local Neo4j keys its plan cache by the sizes of string and list parameters too (Neo4j's default).
   * With "true", a benchmark id of another length, or a list of another size, is planned again: 0.5 to 1 s each
   * for the larger questions (measured: 43 of 128 cold plans in four test files). The tests' graph tier sets "false".
   */
  NEO4J_LOCAL_PARAMETER_SIZE_HINTS: booleanFromEnv.default(true),
  /** How long the local Neo4j may take to start (the first start downloads it), in seconds. */
  NEO4J_STARTUP_TIMEOUT_S: z.coerce.number().int().min(1).default(600),
  /** How many times a local Neo4j that died is started again (after 1, 2, 5, 10, 20 s) before /health says failed. */
  NEO4J_LOCAL_RESTART_ATTEMPTS: z.coerce.number().int().min(0).max(5).default(5),
  /** How long to keep retrying an existing server (NEO4J_URI) before giving up, in seconds. */
  NEO4J_CONNECT_TIMEOUT_S: z.coerce.number().int().min(1).default(20),
  /** Seed the graph from seed/ when the database holds no landscape data. */
  SEED_ON_START: booleanFromEnv.default(true),
  /** Merge the model catalogs (npm run import) at every start: idempotent, a few seconds when nothing changed. */
  IMPORT_ON_START: booleanFromEnv.default(true),
  /** Ask the example questions and common lists once at start, so that Neo4j has planned them before traffic; /ready waits for it. */
  WARM_UP_ON_START: booleanFromEnv.default(true),
  /** Browser origins allowed to call the API cross-origin (CORS); "*" allows any, without credentials. */
  CORS_ORIGINS: originList.default(['*']),
  /**
   * Persisted operations (trusted documents, by SHA-256 hash): "allow" accepts them beside any other
   * document; "only" refuses every document that is not in the trusted list.
   */
  PERSISTED_OPERATIONS: z.enum(['allow', 'only']).default('allow'),
  /** Cache-Control max-age of successful GraphQL reads over GET, in seconds (0: no caching). */
  GET_CACHE_MAX_AGE_S: z.coerce.number().int().min(0).default(60),
  /** Hashes of the bearer tokens that may write (editor) or read when reads need a token (reader). */
  API_TOKENS: tokenHashes.default([]),
  /** "public": anyone may read; "token": reads need a reader or editor token too. */
  READ_ACCESS: z.enum(['public', 'token']).default('public'),
  /** Longest a Neo4j transaction may run before the server abandons it, in milliseconds. */
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  /**
   * Longest the server waits for Neo4j to answer at all, in milliseconds (unset: the transaction timeout
   * plus 15 s): a frozen Neo4j cannot enforce its own timeout.
   */
  NEO4J_DEADLINE_MS: z.coerce.number().int().min(100).optional(),
  /** Limits on a GraphQL document: lexical tokens, depth, aliases, directives, and its cost counted with list sizes. */
  MAX_TOKENS: z.coerce.number().int().min(10).default(5_000),
  MAX_DEPTH: z.coerce.number().int().min(2).default(12),
  MAX_ALIASES: z.coerce.number().int().min(0).default(30),
  MAX_DIRECTIVES: z.coerce.number().int().min(0).default(20),
  MAX_COST: z.coerce.number().int().min(1).default(100_000),
  /** Distinct filter, order or grouping shapes one request may combine (each is its own Neo4j plan). */
  MAX_QUERY_SHAPES: z.coerce.number().int().min(1).default(10),
  /** Assembled queries (one per shape) kept in memory, least recently used dropped first. */
  QUERY_CACHE_SIZE: z.coerce.number().int().min(1).default(500),
  /** Responses to reads kept in memory (src/server/response-cache.ts); 0 turns the response cache off. */
  RESPONSE_CACHE_SIZE: z.coerce.number().int().min(0).default(1000),
  /** Longest a cached response is kept, in seconds; a write makes it unreachable at once, whatever this says. */
  RESPONSE_CACHE_TTL_S: z.coerce.number().int().min(1).default(600),
  /**
   * A Redis (redis://host:6379) where the answers are kept instead of in memory, shared by every server
   * instance that names it. Unset: each instance keeps its own, in memory.
   */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// address, e.g. redis://localhost:6379' }).optional(),
  /** Subscriptions to landscapeChanged this server streams at once; past it, a new one is refused (OVERLOADED). */
  MAX_SUBSCRIPTIONS: z.coerce.number().int().min(0).default(1_000),
  /** How often the feed of changes is read while anyone subscribes, in ms (this server's own writes are heard at once). */
  CHANGE_FEED_INTERVAL_MS: z.coerce.number().int().min(50).default(500),
  /** Whether the schema may be introspected and GraphiQL served (unset: yes, unless NODE_ENV=production). */
  INTROSPECTION: booleanFromEnv.optional(),
  /** Largest request body accepted, in bytes (413 beyond). */
  MAX_BODY_BYTES: z.coerce.number().int().min(1_024).default(262_144),
  /**
   * Reverse proxies in front of this server: for a request from one of them, the client is the last
   * X-Forwarded-For address that is not a trusted proxy (rate limits key on it). Unset: the socket's peer.
   */
  TRUST_PROXY: addressList.default([]),
  /** Requests per minute per client address to /graphql and /export (0: no limit). */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(1_200),
  /** GraphQL operations that may run against Neo4j at once (src/server/admission.ts); 0: no limit. */
  MAX_CONCURRENT_OPERATIONS: z.coerce.number().int().min(0).default(16),
  /** Operations that may wait for a place beyond those; past it, 503 at once. */
  MAX_QUEUED_OPERATIONS: z.coerce.number().int().min(0).default(64),
  /** Longest an operation waits for a place, in milliseconds; then 503 with Retry-After. */
  MAX_QUEUE_WAIT_MS: z.coerce.number().int().min(1).default(500),
  /** How long a graceful shutdown may take before in-flight requests are cut, in milliseconds. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
}).transform((config) => ({
  ...config,
  // Introspection, and GraphiQL with it (its docs and completion need it), are on for development and off
  // in production unless INTROSPECTION=true says otherwise: one setting, a stated production default.
  INTROSPECTION: config.INTROSPECTION ?? config.NODE_ENV !== 'production',
}));

export type Config = Readonly<z.output<typeof ConfigSchema>>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses an environment into a frozen Config; a bad variable is named with what was wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset" (docker-compose and shells often pass VAR= through).
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = ConfigSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const [name, item] = issue.path;
      const value = env[String(name)];
      // A list variable (CORS_ORIGINS) names the item that is wrong, not only the whole value.
      const which = typeof item === 'number' ? ` (item ${item + 1}, ${JSON.stringify(value?.split(',')[item]?.trim())})` : '';
      return `  ${String(name)}=${JSON.stringify(value)}${which}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration in the environment:\n${lines.join('\n')}`);
  }
  return Object.freeze(result.data);
}
