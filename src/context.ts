import type { Caller } from './auth/tokens.js';
import { clientError } from './errors.js';
import type { ShapeCounter } from './neo4j/cypher.js';
import type { Database } from './neo4j/database.js';
import type { ChangeFeed } from './landscape-change/feed.js';

/** What every resolver gets, created fresh for each request. */
export interface Context {
  /** The database, counting this request's round trips. */
  db: Database;
  /** Round trips to Neo4j made by this request so far, sent back as the x-neo4j-round-trips header. */
  roundTrips: { count: number };
  /** Who sent the request, from its bearer token (src/auth/tokens.ts). */
  caller: Caller;
  /** Whether anyone may read ("public") or only holders of a token ("token"). */
  readAccess: 'public' | 'token';
  /** The shapes of filter, order and grouping this request has assembled, against MAX_QUERY_SHAPES. */
  queryShapes: QueryShapes;
  /** The server's reader of the feed of changes: subscriptions listen to it, writes poke it. */
  changes: ChangeFeed;
}

export function createContext(
  db: Database,
  changes: ChangeFeed,
  caller: Caller = { role: undefined },
  readAccess: Context['readAccess'] = 'public',
  maxQueryShapes = 10,
  /** The request's signal: aborted when its client goes away, which gives up its reads. */
  gone?: AbortSignal,
): Context {
  const roundTrips = { count: 0 };
  return {
    db: db.observed(() => {
      roundTrips.count++;
    }, gone),
    roundTrips,
    caller,
    readAccess,
    queryShapes: new QueryShapes(maxQueryShapes),
    changes,
  };
}

/**
 * The distinct combinations of filter, order and grouping one request has assembled, at most
 * MAX_QUERY_SHAPES: each is a query Neo4j plans on its own, so thirty aliased lists, each with another set
 * of filter fields, would otherwise push thirty cold plans into Neo4j's plan cache and thirty queries out
 * of the server's (src/neo4j/cypher.ts).
 */
export class QueryShapes implements ShapeCounter {
  private readonly seen = new Set<string>();

  constructor(readonly max: number) {}

  admit(shape: string): void {
    if (this.seen.has(shape)) return;
    if (this.seen.size >= this.max) {
      throw clientError(
        `This request combines more than ${this.max} distinct shapes of filter, order or grouping (MAX_QUERY_SHAPES): ask the others in another request, or give several lists the same filter fields.`,
        'QUERY_SHAPE_LIMIT_EXCEEDED',
        { limit: this.max },
      );
    }
    this.seen.add(shape);
  }
}
