import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LRUCache } from 'lru-cache';

/**
 * Named Cypher queries live in cypher/<concept>/<name>.cypher. Code refers to them by name
 * ("model/by-ids"); the text is read once and cached. User input only ever reaches Cypher as parameters.
 *
 * A query may include a shared fragment of another file with {{concept/name}} (the model projection that
 * every model-returning query ends with, say), so that the fragment is written once. Fragments are the
 * project's own files, resolved when the query is first read; nothing else is ever spliced into Cypher.
 *
 * A fragment may instead be a folder of alternatives, one file each (cypher/model/where/ holds one
 * condition per ModelFilter field, cypher/model/order/ one ORDER BY per ModelOrder value). The caller
 * names the files it needs, from the fixed values of the API's input types, and gets a query that holds
 * only those: `cypher('model/list', { 'model/where': ['openness', 'country'], 'model/order': ['NAME_ASC'] })`.
 * One file stands as it is; several are parenthesised and joined with AND (conditions), none is true. Neo4j then plans each combination on its own, with the
 * indexes of the conditions it has, instead of one plan for a predicate of every condition "or absent".
 * The same folder may fill two slots of one query, told apart by a suffix: {{model/where#winner}}.
 */
export const cypherDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');

export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

/** Named queries as written (a hundred-odd files): read once and kept. */
const written = new Map<string, CypherQuery>();

/**
 * Queries assembled from a choice of a folder's alternatives, one per combination asked. About 131k
 * combinations of `models` exist and 2^28 of benchmarkWins, so only the most recently used are kept
 * (QUERY_CACHE_SIZE); a combination asked again after it left is assembled again, from files already read.
 */
let assembled = new LRUCache<string, CypherQuery>({ max: 500 });

/** Sets how many assembled queries are kept (QUERY_CACHE_SIZE): one cache per process, read at start. */
export function keepAssembledQueries(max: number): void {
  if (assembled.max !== max) assembled = new LRUCache<string, CypherQuery>({ max });
}

/** How many assembled queries are kept now, and at most: for /health and the benchmark's flood. */
export const assembledQueries = (): { size: number; max: number } => ({ size: assembled.size, max: assembled.max });

/** For each folder fragment ("model/where", "model/where#winner") of a query, the files it takes. */
export type Choices = Readonly<Record<string, readonly string[]>>;

const INCLUDE = /\{\{([a-z0-9/-]+)(#[a-z]+)?\}\}/g;

function readCypherFile(name: string): string {
  return readFileSync(path.join(cypherDir, `${name}.cypher`), 'utf8');
}

const isFolder = (name: string) => existsSync(path.join(cypherDir, name)) && statSync(path.join(cypherDir, name)).isDirectory();

/** A fragment without its comment lines, so that it can stand inside an expression. */
function fragment(name: string, choices: Choices): string {
  return withFragments(
    readCypherFile(name)
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n')
      .trim(),
    choices,
  );
}

function withFragments(text: string, choices: Choices): string {
  return text.replace(INCLUDE, (_match, include: string, slot: string | undefined) => {
    if (!isFolder(include)) return fragment(include, choices);
    const chosen = choices[`${include}${slot ?? ''}`];
    if (!chosen) throw new Error(`Cypher fragment folder ${include}${slot ?? ''} needs a choice of its files.`);
    const known = new Set(cypherFilesIn(include).map((file) => file.slice(include.length + 1)));
    for (const name of chosen) {
      if (!known.has(name)) throw new Error(`cypher/${include}/ has no ${name}.cypher (it has ${[...known].join(', ')}).`);
    }
    if (chosen.length === 0) return 'true';
    if (chosen.length === 1) return fragment(`${include}/${chosen[0]}`, choices);
    return chosen.map((name) => `(${fragment(`${include}/${name}`, choices)})`).join('\n  AND ');
  });
}

/** The key of one combination: the query's name and, per folder, the files chosen, in name order. */
function shapeOf(name: string, choices: Choices): string {
  const entries = Object.entries(choices);
  return entries.length === 0 ? name : `${name}?${JSON.stringify(entries.map(([slot, files]) => [slot, [...files].sort()]).sort())}`;
}

/** Something that counts the distinct combinations one request assembles (Context.queryShapes). */
export interface ShapeCounter {
  /** Called with each combination's key before it is assembled; throws to refuse it. */
  admit(shape: string): void;
}

/**
 * A named query; a query with folder fragments takes the choice of their files (see above). A request's
 * own counter, when given, sees the combination before anything is assembled, and may refuse it.
 */
export function cypher(name: string, choices: Choices = {}, shapes?: ShapeCounter): CypherQuery {
  const choosing = Object.keys(choices).length > 0;
  if (!choosing) {
    let query = written.get(name);
    if (!query) {
      query = Object.freeze({ name, text: withFragments(readCypherFile(name), {}) });
      written.set(name, query);
    }
    return query;
  }
  const shape = shapeOf(name, choices);
  shapes?.admit(shape);
  let query = assembled.get(shape);
  if (!query) {
    const sorted = Object.fromEntries(Object.entries(choices).map(([slot, files]) => [slot, [...files].sort()]));
    query = Object.freeze({ name, text: withFragments(readCypherFile(name), sorted) });
    assembled.set(shape, query);
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
