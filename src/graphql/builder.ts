import SchemaBuilder from '@pothos/core';
import { JSONObjectResolver } from 'graphql-scalars';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { Context } from '../context.js';
import { unauthorized } from '../auth/authorize-first.js';
import { isCalendarDay } from '../entity/calendar.js';
import { clientError } from '../errors.js';

/** The Pothos builder: its plugins, context and scalar types. Types are defined in each concept's folder. */
/**
 * The Node type of each kind of key ("model" for "model:deepseek-r1") and the kind of each Node type, from
 * the types' extensions.nodeKind, filled in by schema.ts once the schema is built. A row's key tells its
 * type, so object types need no isTypeOf (which GraphQL would call for every object of every answer): only
 * a field typed Node asks, through resolveType.
 */
export const nodeTypeByKind = new Map<string, string>();
export const kindOfNodeType = new Map<string, string>();

function nodeTypeOf(value: unknown): string | undefined {
  const key = (value as { key?: unknown } | null)?.key;
  return typeof key === 'string' ? nodeTypeByKind.get(key.slice(0, key.indexOf(':'))) : undefined;
}

/** A global id that is not one of this graph's is the caller's mistake: say so, with what was sent. */
export function decodeNodeId(globalID: string): { typename: string; id: string } {
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(globalID);
  } catch {
    decoded = undefined;
  }
  if (!decoded || !kindOfNodeType.has(decoded.typename)) {
    throw clientError(
      `${JSON.stringify(globalID)} is not a global id of this graph: use the \`id\` field of a node (e.g. Model.id).`,
      'BAD_USER_INPUT',
      { globalId: globalID },
    );
  }
  return decoded;
}

/**
 * What node(id:) and nodes(ids:) receive for an id that is not this graph's: Relay's nodes(ids:) answers
 * null for it (with an error naming it at that position), not a failure of the whole list.
 */
const UNRECOGNISED = '__unrecognised';

/**
 * At most this many ids in one nodes(ids:) or graph(ids:): the cost limit bounds what is selected below
 * them, this bounds the answer itself (8,000 ids of `{ id name }` cost little yet take the event loop
 * for a second to write out).
 */
export const MAX_IDS = 1_000;

export function checkIdCount(count: number, argument = 'ids'): void {
  if (count > MAX_IDS) {
    throw clientError(`Argument "${argument}" takes at most ${MAX_IDS} ids; got ${count}. Ask in several requests.`, 'BAD_USER_INPUT', { argument });
  }
}

function decodeRelayId(globalID: string): { typename: string; id: string } {
  try {
    return decodeNodeId(globalID);
  } catch {
    return { typename: UNRECOGNISED, id: globalID };
  }
}

const unrecognisedId = (globalID: string, index?: number) =>
  clientError(
    `${JSON.stringify(globalID)} is not a global id of this graph: use the \`id\` field of a node (e.g. Model.id).`,
    'BAD_USER_INPUT',
    index === undefined ? { globalId: globalID } : { globalId: globalID, argument: `ids[${index}]` },
  );

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    Date: { Input: string; Output: string };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
  };
  Connection: { totalCount: number };
  AuthScopes: { reader: boolean; editor: boolean };
}>({
  // The policy; src/auth/authorize-first.ts applies the root types' scopes before arguments are validated.
  plugins: [ScopeAuthPlugin, ValidationPlugin, RelayPlugin, DataloaderPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({
      reader: ctx.readAccess === 'public' || ctx.caller.role !== undefined,
      editor: ctx.caller.role === 'editor',
    }),
    unauthorizedError: (_parent, ctx, info) => unauthorized(ctx, info.fieldName),
  },
  validation: {
    // Every failed check is named with the path of the input it concerns: "input.score: ...".
    validationError: (failure) => {
      const issues = failure.issues.map((issue) => ({
        path: (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)).join('.'),
        message: issue.message,
      }));
      return clientError(
        `Invalid input: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
        'BAD_USER_INPUT',
        { issues },
      );
    },
  },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    decodeGlobalID: decodeRelayId,
    nodeQueryOptions: {
      description: 'Any node of the graph by its global id (null when no node has it).',
      args: { id: { description: 'A global id, as the `id` field of any node gives it.' } },
      resolve: (_root, args, _ctx, _info, resolveNode) => {
        if (args.id.typename === UNRECOGNISED) throw unrecognisedId(args.id.id);
        return resolveNode(args.id);
      },
    },
    nodesQueryOptions: {
      description:
        'Several nodes by their global ids (at most 1000), in the order asked: null where no node has the id, and null with an error naming it (path nodes.<position>) where the id is not one of this graph\'s.',
      args: { ids: { description: 'Global ids, as the `id` field of any node gives them.' } },
      resolve: async (_root, args, _ctx, _info, resolveNodes) => {
        checkIdCount(args.ids.length);
        // Pothos's resolver reads args.ids itself: unrecognised ids become null there, and an error here.
        const unrecognised = new Map<number, string>();
        const ids = args.ids as Array<{ typename: string; id: string } | null>;
        ids.forEach((id, index) => {
          if (id?.typename === UNRECOGNISED) {
            unrecognised.set(index, id.id);
            ids[index] = null;
          }
        });
        const nodes = await resolveNodes(args.ids);
        // graphql-js answers an Error in a list as null at that position, with the error at its path.
        return nodes.map((node, index) => (unrecognised.has(index) ? unrecognisedId(unrecognised.get(index)!, index) : node));
      },
    },
    // GraphiQL's docs pane is the manual: the Relay plumbing is described too.
    nodeTypeOptions: { description: 'Any node of the graph, refetchable by its global id (node(id:)).', resolveType: nodeTypeOf },
    idFieldOptions: { description: 'Global id: opaque, stable, accepted by node(id:) and nodes(ids:).' },
    pageInfoTypeOptions: { description: 'Where a page sits in its list, and the cursors to move on from it.' },
    hasNextPageFieldOptions: { description: 'True when items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
    startCursorFieldOptions: { description: "The first item's cursor (null for an empty page)." },
    endCursorFieldOptions: { description: "The last item's cursor: pass it as `after` for the next page." },
    defaultConnectionTypeOptions: { description: 'A page of a list, with its total count and the cursors to page on.' },
    defaultEdgeTypeOptions: { description: 'One item of a page, with its cursor.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    edgesFieldOptions: { nullable: false, description: 'The items of this page, in order.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Pass as `after` (or `before`) to page from this item.' },
    firstArgOptions: { description: 'Page size from the start or from `after` (default 20, at most 500).' },
    afterArgOptions: { description: 'A cursor: the page starts after this item.' },
    lastArgOptions: { description: 'Page size counted back from `before`, or from the end of the list.' },
    beforeArgOptions: { description: 'A cursor: the page ends before this item.' },
  },
});

builder.queryType({
  description: 'Questions about the open- versus closed-source AI landscape.',
  // Public unless the operator sets READ_ACCESS=token.
  authScopes: { reader: true },
});

builder.mutationType({
  description: 'Curating the graph: every mutation needs an editor token and is one all-or-nothing Neo4j transaction.',
  authScopes: { editor: true },
});

builder.scalarType('Date', {
  description: 'A calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) => value,
  parseValue: (value) => {
    // A calendar day that exists: 2025-02-30 is refused, not rolled over to March. A GraphQLError with its
    // code, so that graphql-js keeps it (naming the variable) and the mask does not call it internal.
    if (!isCalendarDay(value)) {
      throw clientError(`a Date is a calendar day written YYYY-MM-DD, got ${JSON.stringify(value)}.`, 'BAD_USER_INPUT');
    }
    return value;
  },
});

builder.addScalarType('JSONObject', JSONObjectResolver);

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'How many items the whole list holds, across all pages.', resolve: (parent) => parent.totalCount }),
);
