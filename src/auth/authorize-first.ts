import { getOperationAST, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { clientError } from '../errors.js';

/** The error for a field the caller may not use, saying what is missing. */
export function unauthorized(ctx: Pick<Context, 'caller'>, field: string) {
  const { caller } = ctx;
  if (caller.role === undefined && caller.problem === 'invalid-token') {
    return clientError(`The bearer token is not valid, so "${field}" is refused.`, 'UNAUTHENTICATED');
  }
  if (caller.role === undefined && caller.problem === 'malformed-header') {
    return clientError('The Authorization header must read "Bearer <token>".', 'UNAUTHENTICATED');
  }
  if (caller.role === undefined) {
    return clientError(`"${field}" needs a bearer token (Authorization: Bearer <token>).`, 'UNAUTHENTICATED');
  }
  return clientError(`"${field}" needs an editor token; this one is a ${caller.role} token.`, 'FORBIDDEN');
}

/**
 * The root types' scopes (a mutation needs an editor; a read, with READ_ACCESS=token, a reader), checked
 * before execution. Pothos's scope-auth runs inside each resolver, after the validation plugin has read
 * the arguments, so a caller without the right was told what is wrong with the input instead of refused.
 * (Scope-auth stays: it is the policy, this is its order.)
 */
export function useAuthorizationFirst(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const ctx = args.contextValue as Context;
      const allowed = operation.operation === 'mutation' ? ctx.caller.role === 'editor' : ctx.readAccess === 'public' || ctx.caller.role !== undefined;
      if (allowed) return;
      const first = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
      const field = first?.kind === Kind.FIELD ? first.name.value : operation.operation;
      // Introspection stays open to a reader-less caller only where reads are public (checked above).
      setResultAndStopExecution({ data: null, errors: [unauthorized(ctx, field)] });
    },
  };
}
