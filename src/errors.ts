import { createGraphQLError } from 'graphql-yoga';
import { Neo4jError } from 'neo4j-driver';
import { DatabaseDeadlineError } from './neo4j/database.js';

/** Error codes a client can act on; anything else is masked as an internal error. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'DATABASE_UNAVAILABLE'
  | 'DATABASE_BUSY'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'COST_LIMIT_EXCEEDED'
  | 'QUERY_SHAPE_LIMIT_EXCEEDED'
  | 'CLIENT_CLOSED_REQUEST'
  | 'OVERLOADED';

export function clientError(message: string, code: ErrorCode, extra: Record<string, unknown> = {}) {
  return createGraphQLError(message, { extensions: { code, ...extra } });
}

/** A write's input refused, naming the field by its path ("input.organization: unknown organization ..."). */
export function inputError(field: string, message: string) {
  return clientError(`${field}: ${message}`, 'BAD_USER_INPUT', { field });
}

/** Driver errors that mean "Neo4j cannot be reached now", as opposed to a bad query; or no answer in time. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return (
    error instanceof DatabaseDeadlineError ||
    (error instanceof Neo4jError &&
      ([
        'ServiceUnavailable',
        'SessionExpired',
        'Neo.ClientError.Security.AuthorizationExpired',
        // Neo4j shutting down (or starting) answers queries in flight with this one...
        'Neo.TransientError.General.DatabaseUnavailable',
        // ...and a write waiting for a lock with this one ("the transaction has been terminated... because
        // the database is shutting down"): nothing of it was committed.
        'Neo.ClientError.Transaction.LockClientStopped',
        'Neo.TransientError.Transaction.LockClientStopped',
      ].includes(error.code) ||
        // No connection within connectionAcquisitionTimeout (Neo4j frozen, every connection waiting on it):
        // the driver gives this one no code of its own.
        error.message.startsWith('Connection acquisition timed out'))) ||
    // The driver (neo4j-driver 6.3) fails a query whose connection closed under it, Neo4j going away
    // mid-transaction, with a TypeError of its own ("reading 'onCompleted'") rather than a Neo4jError.
    (error instanceof TypeError && /neo4j-driver-core[/\\]lib[/\\](?:result|transaction|connection)/.test(error.stack ?? ''))
  );
}

/**
 * Driver errors that mean "Neo4j could not answer this query now": it ran out of the memory it gives
 * transactions (dbms.memory.transaction.total.max, shared by the queries running at once) or past
 * NEO4J_TX_TIMEOUT_MS. Found when 16 clients at once asked benchmarkWins of 31,000 models.
 */
export function isDatabaseBusy(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (error.code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' || /^Neo\.ClientError\.Transaction\.TransactionTimedOut/.test(error.code))
  );
}

/** What a client is told when Neo4j could not answer: the one mapping of driver errors, for GraphQL and the exports. */
export interface DatabaseFailure {
  code: 'DATABASE_UNAVAILABLE' | 'DATABASE_BUSY';
  message: string;
}

export function databaseFailure(error: unknown): DatabaseFailure | null {
  if (isDatabaseUnavailable(error)) {
    if (error instanceof DatabaseDeadlineError && error.mode === 'WRITE') {
      return {
        code: 'DATABASE_UNAVAILABLE',
        message: `The database did not answer within ${error.ms / 1000} s, so whether this write was applied is not known: read it back before trying again.`,
      };
    }
    return { code: 'DATABASE_UNAVAILABLE', message: 'The database is unavailable; try again shortly.' };
  }
  if (isDatabaseBusy(error)) {
    return {
      code: 'DATABASE_BUSY',
      message:
        'The database could not answer this now: the query ran out of time or memory among the others running. Try again, or ask for less (a narrower filter, a smaller first).',
    };
  }
  return null;
}
