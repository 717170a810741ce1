import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Named Cypher queries live in cypher/<concept>/<name>.cypher. Code refers to them by name
 * ("model/by-ids"); the text is read once and cached. User input only ever reaches Cypher as parameters.
 *
 * A query may include a shared fragment of another file with {{concept/name}} (the model projection that
 * every model-returning query ends with, say), so that the fragment is written once. Fragments are the
 * project's own files, resolved when the query is first read; nothing else is ever spliced into Cypher.
 */
export const cypherDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');

export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

const cache = new Map<string, CypherQuery>();

function readCypherFile(name: string): string {
  return readFileSync(path.join(cypherDir, `${name}.cypher`), 'utf8');
}

/** A fragment without its comment lines, so that it can stand inside an expression. */
function fragment(name: string): string {
  return withFragments(
    readCypherFile(name)
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n')
      .trim(),
  );
}

function withFragments(text: string): string {
  return text.replace(/\{\{([a-z0-9/-]+)\}\}/g, (_match, include: string) => fragment(include));
}

export function cypher(name: string): CypherQuery {
  let query = cache.get(name);
  if (!query) {
    const text = withFragments(readCypherFile(name));
    query = Object.freeze({ name, text });
    cache.set(name, query);
  }
  return query;
}

/** Splits a file of several statements (schema migrations) on the semicolons that end them. */
export function statementsOf(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** The files of one cypher/ folder, in name order. */
export function cypherFilesIn(folder: string): string[] {
  return readdirSync(path.join(cypherDir, folder))
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => `${folder}/${file.slice(0, -'.cypher'.length)}`);
}
