import { Repeater } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import { cypher } from '../neo4j/cypher.js';
import type { Database } from '../neo4j/database.js';
import type { ChangeKind, LandscapeChangeRow } from './changes.js';

const SINCE = cypher('landscape-change/since');
const POSITION = cypher('landscape-change/position');

interface Subscriber {
  kinds: ReadonlySet<ChangeKind> | null;
  push: (change: LandscapeChangeRow) => Promise<unknown>;
}

/**
 * The server's reader of the feed of changes (cypher/landscape-change/), for the subscription
 * landscapeChanged: while anyone listens it reads what is new, once for all listeners, every `intervalMs`
 * (changes written by another process: the import, the seed, another server) and at once when this process
 * has written (poke). Nobody listening, it reads nothing. A listener hears of the changes made after it
 * subscribed, in the order the feed numbered them.
 */
export class ChangeFeed {
  private readonly subscribers = new Set<Subscriber>();
  /** Where reading goes on from: the last change read, of which epoch of the feed; null while nobody listens. */
  private position: { epoch: string | null; after: number } | null = null;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  /** The last read failed (Neo4j unavailable): said once, and once more when reads work again. */
  private failing = false;

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly options: { intervalMs: number; maxSubscribers: number },
  ) {}

  get listening(): number {
    return this.subscribers.size;
  }

  /** The changes of these kinds (null: all) from now on, until the subscriber stops; refused past maxSubscribers. */
  subscribe(kinds: readonly ChangeKind[] | null): AsyncIterable<LandscapeChangeRow> {
    if (this.subscribers.size >= this.options.maxSubscribers) {
      throw new SubscriberLimitError(this.options.maxSubscribers);
    }
    return new Repeater<LandscapeChangeRow>(async (push, stop) => {
      const subscriber: Subscriber = { kinds: kinds ? new Set(kinds) : null, push };
      // Where the feed stands now is where this subscriber's changes start: read before it is counted in.
      if (this.position === null) await this.readPosition();
      this.subscribers.add(subscriber);
      this.schedule();
      await stop;
      this.subscribers.delete(subscriber);
      if (this.subscribers.size === 0) {
        clearTimeout(this.timer);
        this.timer = undefined;
        this.position = null;
      }
    });
  }

  /** This process wrote: read now, so that its listeners hear of it without waiting for the next interval. */
  poke(): void {
    if (this.subscribers.size > 0) void this.read();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  private async readPosition(): Promise<void> {
    const [row] = await this.db.read(POSITION);
    this.position ??= { epoch: (row?.epoch as string | null) ?? null, after: Number(row?.last ?? 0) };
  }

  private schedule(): void {
    if (this.timer || this.closed || this.subscribers.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.read().finally(() => this.schedule());
    }, this.options.intervalMs);
    this.timer.unref();
  }

  /** One read at a time; a read asked for meanwhile runs once that one is done. */
  private read(): Promise<void> {
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    this.reading = this.readOnce()
      .then(() => {
        if (this.failing) this.logger.info('the feed of changes is read again');
        this.failing = false;
      })
      .catch((error: unknown) => {
        // Once per outage, not every interval: Neo4j down would otherwise log twice a second per server.
        if (!this.failing) this.logger.warn({ err: error }, 'the feed of changes could not be read; trying again every interval');
        this.failing = true;
      })
      .finally(() => {
        this.reading = null;
        if (this.readAgain) {
          this.readAgain = false;
          void this.read();
        }
      });
    return this.reading;
  }

  private async readOnce(): Promise<void> {
    const position = this.position;
    if (!position) return;
    const [row] = await this.db.read(SINCE, { epoch: position.epoch, after: position.after });
    if (!row || this.position !== position) return;
    const changes = row.changes as LandscapeChangeRow[];
    if (row.epoch !== position.epoch) position.epoch = (row.epoch as string | null) ?? null;
    for (const change of changes) {
      position.after = change.sequence;
      for (const subscriber of this.subscribers) {
        if (!subscriber.kinds || subscriber.kinds.has(change.kind)) void subscriber.push(change);
      }
    }
    if (changes.length === 500) this.readAgain = true; // more than one read's worth: go on at once
  }
}

export class SubscriberLimitError extends Error {
  constructor(readonly limit: number) {
    super(`This server already streams changes to ${limit} subscribers (MAX_SUBSCRIPTIONS): try again later.`);
  }
}
