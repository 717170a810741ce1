import { createGraphQLError } from 'graphql-yoga';
import { Neo4jError } from 'neo4j-driver';

/** Error codes a client can act on; anything else is masked as an internal error. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'DATABASE_UNAVAILABLE' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'COST_LIMIT_EXCEEDED';

export function clientError(message: string, code: ErrorCode, extra: Record<string, unknown> = {}) {
  return createGraphQLError(message, { extensions: { code, ...extra } });
}

/** A write's input refused, naming the field by its path ("input.organization: unknown organization ..."). */
export function inputError(field: string, message: string) {
  return clientError(`${field}: ${message}`, 'BAD_USER_INPUT', { field });
}

/** Driver errors that mean "Neo4j cannot be reached now", as opposed to a bad query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    ['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.AuthorizationExpired'].includes(error.code)
  );
}
