import type { Caller } from './auth/tokens.js';
import type { Database } from './neo4j/database.js';

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
}

export function createContext(db: Database, caller: Caller = { role: undefined }, readAccess: Context['readAccess'] = 'public'): Context {
  const roundTrips = { count: 0 };
  return {
    db: db.observed(() => {
      roundTrips.count++;
    }),
    roundTrips,
    caller,
    readAccess,
  };
}
