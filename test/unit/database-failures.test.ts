import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { databaseFailure } from '../../src/errors.js';
import { DatabaseDeadlineError } from '../../src/neo4j/database.js';

/** What a client is told when Neo4j could not answer, the same through GraphQL and the exports. */
describe('a database failure, as a client is told it', () => {
  it('is DATABASE_BUSY when Neo4j ran out of time or memory for the query', () => {
    for (const code of ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError']) {
      expect(databaseFailure(new Neo4jError('busy', code, 'N/A', 'N/A'))).toMatchObject({ code: 'DATABASE_BUSY', message: expect.stringContaining('ask for less') });
    }
  });

  it('is DATABASE_UNAVAILABLE when Neo4j cannot be reached or does not answer, and a write says its outcome is not known', () => {
    expect(databaseFailure(new Neo4jError('down', 'ServiceUnavailable', 'N/A', 'N/A'))).toEqual({ code: 'DATABASE_UNAVAILABLE', message: 'The database is unavailable; try again shortly.' });
    expect(databaseFailure(new DatabaseDeadlineError(30_000, 'READ'))?.code).toBe('DATABASE_UNAVAILABLE');
    expect(databaseFailure(new DatabaseDeadlineError(30_000, 'WRITE'))?.message).toContain('within 30 s, so whether this write was applied is not known');
  });

  it('is DATABASE_UNAVAILABLE when Neo4j shuts down under a transaction, as the load test saw it', () => {
    // A write waiting for a lock while Neo4j stops:
    expect(databaseFailure(new Neo4jError('The transaction has been terminated.', 'Neo.ClientError.Transaction.LockClientStopped', 'N/A', 'N/A'))?.code).toBe('DATABASE_UNAVAILABLE');
    // The driver's own failure of a query whose connection closed under it:
    const closed = new TypeError("Cannot read properties of undefined (reading 'onCompleted')");
    closed.stack = `TypeError: ${closed.message}\n    at captureStacktrace (/app/node_modules/neo4j-driver-core/lib/result.js:101:17)\n    at new Result (/app/node_modules/neo4j-driver-core/lib/result.js:738:42)`;
    expect(databaseFailure(closed)?.code).toBe('DATABASE_UNAVAILABLE');
    // A TypeError of our own code stays internal:
    expect(databaseFailure(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBeNull();
  });

  it('is none of these for a bad query or any other error: those are internal', () => {
    expect(databaseFailure(new Neo4jError('syntax', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A'))).toBeNull();
    expect(databaseFailure(new Error('boom'))).toBeNull();
  });
});
