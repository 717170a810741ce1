import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { exampleQuestions } from '../questions/examples.js';

/**
 * Persisted operations: the trusted documents an embedding may call by the SHA-256 of their text
 * (extensions.persistedQuery.sha256Hash, as Apollo clients send it). They are the example questions
 * and the explorer's operations; GET /persisted-operations.json lists them with their hashes.
 * PERSISTED_OPERATIONS=only refuses every other document.
 */
export interface TrustedDocument {
  hash: string;
  operationNames: string[];
  document: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const operationNamesOf = (document: string) => [...document.matchAll(/^\s*(?:query|mutation)\s+(\w+)/gm)].map((m) => m[1]!);

export const explorerOperationsFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '../graph-view/explore/operations.graphql');

export function trustedDocuments(): TrustedDocument[] {
  const documents = [...exampleQuestions().map((example) => example.document), readFileSync(explorerOperationsFile, 'utf8')];
  return documents.map((document) => ({ hash: sha256(document), operationNames: operationNamesOf(document), document }));
}

export function usePersistedDocuments(mode: 'allow' | 'only'): Plugin[] {
  const documents = trustedDocuments();
  const byHash = new Map(documents.map((d) => [d.hash, d.document]));
  const listing = JSON.stringify(documents, null, 2);
  return [
    usePersistedOperations({
      allowArbitraryOperations: mode === 'allow',
      getPersistedOperation: (hash) => byHash.get(hash) ?? null,
      customErrors: {
        persistedQueryOnly: {
          message:
            'This server runs only persisted operations: send extensions.persistedQuery {version: 1, sha256Hash} ' +
            'of a trusted document instead of a query (GET /persisted-operations.json lists them).',
          extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
        },
        notFound: {
          message: 'No trusted document has this sha256Hash (GET /persisted-operations.json lists them).',
          extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
        },
        keyNotFound: {
          message: 'Send a query, or extensions.persistedQuery {version: 1, sha256Hash}.',
          extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
        },
      },
    }),
    {
      onRequest({ url, request, endResponse, fetchAPI }) {
        if (url.pathname !== '/persisted-operations.json' || request.method !== 'GET') return;
        endResponse(new fetchAPI.Response(listing, { headers: { 'content-type': 'application/json; charset=utf-8' } }));
      },
    },
  ];
}
