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

  it('is none of these for a bad query or any other error: those are internal', () => {
    expect(databaseFailure(new Neo4jError('syntax', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A'))).toBeNull();
    expect(databaseFailure(new Error('boom'))).toBeNull();
  });
});
