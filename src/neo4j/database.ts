import neo4j, { Neo4jError, isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isRetryableError, isTime, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { Logger } from '../logger.js';
import { cypher, type CypherQuery } from './cypher.js';
import type { ProvidedNeo4j } from './provider.js';

/**
 * The one boundary between the product and Neo4j: it picks read or write routing, runs writes in managed
 * transactions (retried on transient errors by the driver) and reads as auto-commit queries (retried
 * here), converts Neo4j's temporal values to ISO strings and lets a caller count round trips.
 */
export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;
export interface WriteChanges {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

/** Called once per round trip to Neo4j; request contexts use it to count and log queries. */
export type QueryObserver = (event: { name: string; mode: 'READ' | 'WRITE'; ms: number }) => void;

export function createDriver(neo4jAt: Pick<ProvidedNeo4j, 'uri' | 'user' | 'password'>): Driver {
  // A server with authentication off accepts any credentials, so an unset password is sent as empty.
  return neo4j.driver(neo4jAt.uri, neo4j.auth.basic(neo4jAt.user, neo4jAt.password ?? ''), {
    // Counts, scores and parameter sizes all fit in a double; plain numbers are what GraphQL wants.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Transient errors (a deadlock, a leader switch) are retried for 2 s; when Neo4j is down, a request
    // fails within about that long with DATABASE_UNAVAILABLE instead of hanging.
    maxTransactionRetryTime: 2_000,
    logging: { level: 'error', logger: () => {} },
  });
}

/**
 * Waits until Neo4j answers, retrying with back-off until the deadline, then fails with a message
 * that names the URI and what to do.
 */
export async function waitForNeo4j(driver: Driver, uri: string, timeoutMs: number, logger: Logger): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 250;
  for (let attempt = 1; ; attempt++) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const authFailure = /unauthorized|authentication/i.test(message);
      if (authFailure || Date.now() + delay > deadline) {
        throw new Error(
          `Neo4j at ${uri} did not answer: ${message}. ` +
            (authFailure
              ? 'Check NEO4J_USER and NEO4J_PASSWORD.'
              : 'Check that the server is running and reachable, or unset NEO4J_URI to let `npm start` run a local Neo4j.'),
        );
      }
      logger.warn({ uri, attempt, retryInMs: delay, error: message }, 'Neo4j not answering yet');
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 4_000);
    }
  }
}

/** A transaction's handle for the work function of Database.writeTransaction. */
export interface Transaction {
  run(query: CypherQuery, params?: Params): Promise<Row[]>;
}

const READ_RETRY_MS = 2_000;
const BUMP_VERSION = cypher('graph-version/bump');
const READ_VERSION = cypher('graph-version/read');
/** How long a ping may take before Neo4j counts as not answering (/ready 503). */
const PING_DEADLINE_MS = 2_000;
/**
 * Beyond the transaction timeout, how long the server waits for Neo4j itself to answer: the driver's
 * connectionAcquisitionTimeout (10 s, a busy pool) and 5 s more, so that only a Neo4j that does not
 * answer at all meets the deadline, never a slow query among many.
 */
const DEADLINE_MARGIN_MS = 15_000;

/**
 * Neo4j did not answer within the client-side deadline: it is frozen (a long GC pause, SIGSTOP) or
 * the network drops packets without resetting the connection, so its own transaction timeout cannot act.
 * A write's outcome is then unknown: it may still commit when Neo4j wakes.
 */
export class DatabaseDeadlineError extends Error {
  constructor(
    readonly ms: number,
    readonly mode: 'READ' | 'WRITE',
  ) {
    super(`Neo4j did not answer within ${ms} ms`);
    this.name = 'DatabaseDeadlineError';
  }
}

/**
 * A session that a lost deadline lets go of without waiting (closing waits for the answer that is not
 * coming); otherwise closed as usual.
 */
function abandonable(session: Session) {
  let abandoned = false;
  return {
    session,
    abandon: () => {
      abandoned = true;
      session.close().catch(() => {});
    },
    close: async () => {
      if (!abandoned) await session.close();
    },
  };
}

/**
 * `work`, or a DatabaseDeadlineError after `ms`; `abandon` then lets go of what `work` holds (its session,
 * through abandonable, or the abort signal of executeQuery).
 */
async function withinDeadline<T>(work: Promise<T>, ms: number, mode: 'READ' | 'WRITE', abandon: () => void, gone?: AbortSignal): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let onGone: (() => void) | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      abandon();
      reject(new DatabaseDeadlineError(ms, mode));
    }, ms);
    if (gone) {
      onGone = () => {
        abandon();
        reject(new ClientGoneError());
      };
      gone.addEventListener('abort', onGone, { once: true });
    }
  });
  work.catch(() => {}); // lost the race: its late failure is nobody's
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
    if (onGone) gone!.removeEventListener('abort', onGone);
  }
}

/**
 * The client of the request a read served went away before its answer (its connection closed): the read was
 * given up, and its session closed, which makes Neo4j terminate the query, so that nobody's question holds
 * Neo4j and a place among the operations running (src/server/admission.ts).
 */
export class ClientGoneError extends Error {
  constructor() {
    super('The client went away before the answer: the read was given up.');
    this.name = 'ClientGoneError';
  }
}

export interface DatabaseOptions {
  /** Longest a transaction may run; Neo4j aborts it after that (NEO4J_TX_TIMEOUT_MS). */
  txTimeoutMs?: number;
  /** Longest this server waits for an answer from Neo4j (NEO4J_DEADLINE_MS; transaction timeout + 15 s). */
  deadlineMs?: number;
  /** The URI routes (neo4j://): reads may reach another member than the writes, so they carry bookmarks. */
  routing?: boolean;
  observer?: QueryObserver;
  /**
   * The request this database serves (observed()): once its client has gone away, reads are given up
   * (ClientGoneError). Writes run on: one that was asked is done whether or not anyone waits for the answer.
   */
  gone?: AbortSignal;
  /** Reads asked in the same turn are sent together, in one round trip (a request's reads: observed()). */
  levelReads?: boolean;
}

interface QueuedRead {
  query: CypherQuery;
  params: Params;
  resolve: (rows: Row[]) => void;
  reject: (error: unknown) => void;
}

export class Database {
  constructor(
    readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly options: DatabaseOptions = {},
  ) {}

  private get deadlineMs(): number {
    return this.options.deadlineMs ?? (this.options.txTimeoutMs ?? 15_000) + DEADLINE_MARGIN_MS;
  }

  /**
   * The same database for one request: each round trip reported to `observer` (for counting), and its reads
   * given up once `gone` aborts (the request's signal: its client went away).
   */
  observed(observer: QueryObserver, gone?: AbortSignal): Database {
    return new Database(this.driver, this.database, { ...this.options, observer, gone, levelReads: true });
  }

  /** Reads asked in this turn of the event loop, to be sent together (levelReads); undefined when none is. */
  private queued: QueuedRead[] | undefined;

  /**
   * A read. For a request (observed()), the reads asked in the same turn of the event loop are sent together:
   * they are the sibling fields of one level of the GraphQL query, each already one query for all its parents
   * (DataLoader), so a level is one round trip however many relations it selects (readTogether). Elsewhere
   * (the seed, the import, the feed of changes) each read is sent alone.
   */
  read(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    if (!this.options.levelReads) return this.readAlone(query, params);
    return new Promise<Row[]>((resolve, reject) => {
      if (!this.queued) {
        this.queued = [];
        // setImmediate runs after every promise job and nextTick of this turn, where DataLoaders dispatch.
        setImmediate(() => this.sendQueued());
      }
      this.queued.push({ query, params, resolve, reject });
    });
  }

  private async sendQueued(): Promise<void> {
    const reads = this.queued ?? [];
    this.queued = undefined;
    if (reads.length === 1) {
      const [only] = reads;
      return this.readAlone(only!.query, only!.params).then(only!.resolve, only!.reject);
    }
    try {
      const answers = await this.readTogether(reads);
      reads.forEach((read, i) => read.resolve(answers[i]!));
    } catch (error) {
      // One query's own error (a client error: its parameters, its Cypher) ends the transaction for all of them:
      // each is then asked alone, so that the others get their answers and it gets its own error.
      const ownError = error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.Statement.');
      for (const read of reads) {
        if (ownError) this.readAlone(read.query, read.params).then(read.resolve, read.reject);
        else read.reject(error);
      }
    }
  }

  /**
   * Several reads in one read transaction: BEGIN, then each query's RUN and PULL, are written without waiting
   * for an answer (the driver pipelines a transaction's messages), so Neo4j answers them all in one network
   * exchange, from one snapshot. The COMMIT that ends the transaction goes after the answers are handed on,
   * off the request's path.
   */
  private readTogether(reads: readonly QueuedRead[]): Promise<Row[][]> {
    return this.retriedRead(async () => {
      const started = performance.now();
      const session = this.readSession();
      const handle = abandonable(session);
      const tx = session.beginTransaction({ timeout: this.options.txTimeoutMs });
      const end = (ending: Promise<void>) => void ending.catch(() => {}).finally(() => handle.close().catch(() => {}));
      try {
        const results = await withinDeadline(
          Promise.all(reads.map((read) => tx.run(read.query.text, read.params))),
          this.deadlineMs,
          'READ',
          handle.abandon,
          this.options.gone,
        );
        this.options.observer?.({ name: reads.map((read) => read.query.name).join(' + '), mode: 'READ', ms: performance.now() - started });
        end(tx.commit());
        return results.map((result) => result.records.map((record) => toPlain(record.toObject()) as Row));
      } catch (error) {
        end(tx.rollback());
        throw error;
      }
    });
  }

  private readSession(): Session {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.options.routing ? this.driver.executeQueryBookmarkManager : undefined,
    });
  }

  /**
   * A read alone is one auto-commit query: one network exchange (RUN and PULL pipelined), where a managed
   * transaction adds BEGIN and COMMIT and the shared bookmark manager a wait for bookmarks; together they
   * doubled the time of a small read (2.6 ms against 1.0 ms for RETURN 1 here). Bookmarks only matter when
   * reads may reach another cluster member than the write before them, so a routing (neo4j://) URI keeps
   * them.
   */
  private readAlone(query: CypherQuery, params: Params): Promise<Row[]> {
    return this.retriedRead(async () => {
      const started = performance.now();
      const handle = abandonable(this.readSession());
      try {
        const result = await withinDeadline(
          handle.session.run(query.text, params, { timeout: this.options.txTimeoutMs }),
          this.deadlineMs,
          'READ',
          handle.abandon,
          this.options.gone,
        );
        this.options.observer?.({ name: query.name, mode: 'READ', ms: performance.now() - started });
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      } finally {
        await handle.close();
      }
    });
  }

  /**
   * A read, tried again on a transient error for up to 2 s (as the driver retries writes), and not at all once
   * the request's client has gone away.
   */
  private async retriedRead<T>(attempt: () => Promise<T>): Promise<T> {
    const deadline = performance.now() + READ_RETRY_MS;
    for (let tries = 1; ; tries++) {
      if (this.options.gone?.aborted) throw new ClientGoneError();
      try {
        return await attempt();
      } catch (error) {
        if (!isRetryableError(error) || performance.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** tries, 500)));
      }
    }
  }

  async write(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return (await this.run(query, params)).rows;
  }

  /** A write that also reports what it changed (nodes and relationships created and deleted). */
  writeCounted(query: CypherQuery, params: Params = {}): Promise<{ rows: Row[]; changes: WriteChanges }> {
    return this.run(query, params);
  }

  /**
   * Several queries as one write transaction: all of them or none. The driver retries the whole work on
   * a transient error (a lost leader, a deadlock), so `work` must only read and write through `tx`.
   */
  async writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.inWriteTransaction((tx) =>
      work({
        run: async (query, params = {}) => {
          const started = performance.now();
          const result = await tx.run(query.text, params);
          this.options.observer?.({ name: query.name, mode: 'WRITE', ms: performance.now() - started });
          return result.records.map((record) => toPlain(record.toObject()) as Row);
        },
      }),
    );
  }

  /**
   * The one way this class writes: a managed write transaction (retried by the driver on a transient error),
   * within the deadline, with the graph's version moved on at its end (cypher/graph-version/bump).
   */
  private async inWriteTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    const handle = abandonable(session);
    try {
      return await withinDeadline(
        session.executeWrite(
          async (tx) => {
            const done = await work(tx);
            await tx.run(BUMP_VERSION.text);
            return done;
          },
          { timeout: this.options.txTimeoutMs },
        ),
        this.deadlineMs,
        'WRITE',
        handle.abandon,
      );
    } finally {
      await handle.close();
    }
  }

  /** True when Neo4j answers a trivial query now (within 2 s). */
  async ping(): Promise<boolean> {
    try {
      const abort = new AbortController();
      await withinDeadline(
        this.driver.executeQuery('RETURN 1', {}, { database: this.database, routing: neo4j.routing.READ, signal: abort.signal }),
        PING_DEADLINE_MS,
        'READ',
        () => abort.abort(),
      );
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  /**
   * A change of the schema (cypher/schema: constraints, indexes), which Neo4j runs in a transaction of its own,
   * apart from data: it does not move the graph's version.
   */
  async writeSchema(query: CypherQuery): Promise<void> {
    const abort = new AbortController();
    await withinDeadline(
      this.driver.executeQuery(query.text, {}, { database: this.database, routing: neo4j.routing.WRITE, signal: abort.signal }),
      this.deadlineMs,
      'WRITE',
      () => abort.abort(),
    );
  }

  /**
   * The graph's version (cypher/graph-version), from a read that starts after this call: every write
   * acknowledged before the call is counted in it. Callers at the same time share one read: while one is
   * on its way, the next starts when it returns and answers everyone who called meanwhile.
   */
  graphVersion(): Promise<string> {
    if (!this.versionReads.inFlight) return this.readVersion();
    this.versionReads.next ??= this.versionReads.inFlight.catch(() => undefined).then(() => {
      this.versionReads.next = undefined;
      return this.readVersion();
    });
    return this.versionReads.next;
  }

  private readonly versionReads: { inFlight?: Promise<string>; next?: Promise<string> } = {};

  private readVersion(): Promise<string> {
    const read = this.read(READ_VERSION).then(([row]) => row!.version as string);
    this.versionReads.inFlight = read;
    void read.finally(() => {
      if (this.versionReads.inFlight === read) this.versionReads.inFlight = undefined;
    }).catch(() => undefined);
    return read;
  }

  /** A write in its own transaction, with the graph's version moved on in it (inWriteTransaction). */
  private async run(query: CypherQuery, params: Params) {
    const started = performance.now();
    const result = await this.inWriteTransaction((tx) => tx.run(query.text, params));
    this.options.observer?.({ name: query.name, mode: 'WRITE', ms: performance.now() - started });
    const updates = result.summary.counters.updates();
    return {
      rows: result.records.map((record) => toPlain(record.toObject()) as Row),
      changes: {
        nodesCreated: updates.nodesCreated,
        nodesDeleted: updates.nodesDeleted,
        relationshipsCreated: updates.relationshipsCreated,
        relationshipsDeleted: updates.relationshipsDeleted,
      },
    };
  }
}

/** Neo4j temporal values become ISO strings; maps and lists are converted all the way down. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers: they are returned before the six temporal checks below.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  const plain: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) plain[key] = toPlain(v);
  return plain;
}
