import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Named Cypher queries live in cypher/<concept>/<name>.cypher. Code refers to them by name
 * ("model/by-ids"); the text is read once and cached. User input only ever reaches Cypher as parameters.
 */
export const cypherDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');

export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

const cache = new Map<string, CypherQuery>();

export function cypher(name: string): CypherQuery {
  let query = cache.get(name);
  if (!query) {
    const text = readFileSync(path.join(cypherDir, `${name}.cypher`), 'utf8');
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
