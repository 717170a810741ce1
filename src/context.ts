import type { Database } from './neo4j/database.js';

/** What every resolver gets, created fresh for each request. */
export interface Context {
  /** The database, counting this request's round trips. */
  db: Database;
  /** Round trips to Neo4j made by this request so far, sent back as the x-neo4j-round-trips header. */
  roundTrips: { count: number };
}

export function createContext(db: Database): Context {
  const roundTrips = { count: 0 };
  return {
    db: db.observed(() => {
      roundTrips.count++;
    }),
    roundTrips,
  };
}
