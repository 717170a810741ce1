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
 * condition per ModelFilter field, cypher/model/sort/ one sort value per ModelOrder value). The caller
 * names the files it needs, from the fixed values of the API's input types, and gets a query that holds
 * only those: `cypher('model/list', { 'model/where': ['openness', 'country'], 'model/sort': ['NAME_ASC'], ... })`.
 * One file stands as it is; several are parenthesised and joined with AND (conditions), none is true. Neo4j then plans each combination on its own, with the
 * indexes of the conditions it has, instead of one plan for a predicate of every condition "or absent".
 * The same folder may fill two slots of one query, told apart by a suffix: {{model/where#winner}}.
 */
export const cypherDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');

/** The folder the files are read from: cypherDir, except inside assembleCypherIn. */
let root = cypherDir;

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

/**
 * The files' texts, read once each: they are the project's own and do not change while it runs, and a
 * new combination of a flood of shapes should cost no disk reads (keyed by full path: see assembleCypherIn).
 */
const texts = new Map<string, string>();

function readCypherFile(name: string): string {
  const file = path.join(root, `${name}.cypher`);
  let text = texts.get(file);
  if (text === undefined) {
    text = readFileSync(file, 'utf8');
    texts.set(file, text);
  }
  return text;
}

const isFolder = (name: string) => existsSync(path.join(root, name)) && statSync(path.join(root, name)).isDirectory();

/**
 * A file's Cypher without its comment lines: so that a fragment can stand inside an expression, and so that a
 * query is sent without them. Bolt carries a query's whole text with every run, and the comments were a third of
 * benchmarkWins' 10.9 KB. The comments stay in the files, for their readers.
 */
const codeOf = (text: string) =>
  text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();

/**
 * What a fragment expects of the query it is put in, from its first line: `// reads: m, modelFilter;
 * binds: o` names the variables it reads from there and those it adds for what follows it ("nothing" for
 * none). Every other variable it names is its own, and must not be one the query has bound already:
 * Cypher would read that one instead.
 */
interface Contract {
  reads: Set<string>;
  binds: Set<string>;
  /** Its Cypher without comments, as it is put in. */
  code: string;
  /** The variables it names for its own use (neither read nor bound). */
  own: string[];
}

/** Each fragment's contract, checked once (keyed by full path, as texts). */
const contracts = new Map<string, Contract>();

const HEADER = /^\/\/ reads: ([^;]*?)(?:; binds: (.*))?$/;
const names = (list: string | undefined) => new Set((list ?? '').split(',').map((name) => name.trim()).filter((name) => name && name !== 'nothing'));

function contractOf(file: string): Contract {
  const key = path.join(root, file);
  const known = contracts.get(key);
  if (known) return known;
  const text = readCypherFile(file);
  const header = HEADER.exec(text.split('\n', 1)[0]!);
  if (!header) throw new Error(`cypher/${file}.cypher is a fragment, so its first line must say what it expects: "// reads: <variables or nothing>; binds: <variables>".`);
  const reads = names(header[1]);
  const binds = names(header[2]);
  const code = codeOf(text);
  // A variable is used where the fragment's own Cypher names it, or a fragment it puts in reads it (any of a
  // folder's alternatives, for a folder: which one is chosen is known only when a query is assembled).
  const included = (include: string) => (isFolder(include) ? cypherFilesIn(include) : [include]);
  const readByIncluded = new Set(
    [...code.matchAll(INCLUDE)].flatMap((match) => included(match[1]!).flatMap((file) => [...contractOf(file).reads])),
  );
  const absent = [...reads, ...binds].filter((name) => !readByIncluded.has(name) && !new RegExp(`(?<![.\\w$])${name}(?!\\w)`).test(code));
  if (absent.length) throw new Error(`cypher/${file}.cypher's first line names ${absent.join(', ')}, which its Cypher does not use.`);
  const own = [...namesIn(code)].filter((name) => !reads.has(name) && !binds.has(name));
  const contract = { reads, binds, code, own };
  contracts.set(key, contract);
  return contract;
}

// Literals, and the subquery expressions a pattern-like "(COLLECT {" would otherwise pass for a variable.
const KEYWORDS = new Set(['true', 'false', 'null', 'TRUE', 'FALSE', 'NULL', 'COLLECT', 'EXISTS', 'COUNT']);

/**
 * The variables a piece of Cypher binds or names: in node and relationship patterns, after AS, before IN
 * (comprehensions), reduce's accumulator and the imports of CALL (...). Read as text, not parsed: it errs
 * on the side of finding more names, which makes a misfit more likely to be seen, never less.
 */
function namesIn(code: string): Set<string> {
  const found = new Set<string>();
  const add = (name: string | undefined) => name && !KEYWORDS.has(name) && found.add(name);
  for (const match of code.matchAll(/[([]\s*([A-Za-z_]\w*)\s*[:)\]{]/g)) add(match[1]);
  for (const match of code.matchAll(/\bAS\s+([A-Za-z_]\w*)/g)) add(match[1]);
  for (const match of code.matchAll(/(?<![.\w$])([A-Za-z_]\w*)\s+IN\b/g)) add(match[1]);
  for (const match of code.matchAll(/\breduce\(\s*([A-Za-z_]\w*)\s*=/g)) add(match[1]);
  for (const match of code.matchAll(/\bCALL\s*\(([^)]*)\)/g)) for (const name of match[1]!.split(',')) add(name.trim());
  for (const match of code.matchAll(/\b([A-Za-z_]\w*)\s*=\s*[([]/g)) add(match[1]); // path = (...)
  return found;
}

/**
 * A query's text up to a point, without the blocks closed before it: the variables of a CALL { } subquery,
 * a COLLECT { } or EXISTS { } stay inside it, except what a CALL returns (kept as "AS name"). A block still
 * open at the point is the one the point is in: its text stays.
 */
function outsideClosedBlocks(text: string): string {
  let outside = '';
  let depth = 0;
  let from = 0;
  let blockStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') {
      if (depth === 0) {
        outside += text.slice(from, i);
        blockStart = i + 1;
      }
      depth++;
    } else if (text[i] === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const inner = outsideClosedBlocks(text.slice(blockStart, i));
        const returned = /\bCALL\s*(\([^)]*\))?\s*$/.test(outside) ? inner.slice(Math.max(0, inner.lastIndexOf('RETURN'))) : '';
        outside += ` ${[...returned.matchAll(/\bAS\s+([A-Za-z_]\w*)/g)].map((match) => `AS ${match[1]}`).join(' ')} `;
        from = i + 1;
      }
    }
  }
  return depth > 0 ? `${outside} ${outsideClosedBlocks(text.slice(blockStart))}` : outside + text.slice(from);
}

/** Refuses a fragment that does not fit where it is put: a variable it reads is not there, or one of its own is. */
function mustFit(file: string, contract: Contract, scope: ReadonlySet<string>, into: string): void {
  const missing = [...contract.reads].filter((name) => !scope.has(name));
  if (missing.length) {
    throw new Error(
      `cypher/${file}.cypher reads ${missing.join(', ')}, which cypher/${into}.cypher has not bound where it puts the fragment (bound there: ${[...scope].join(', ') || 'nothing'}).`,
    );
  }
  const captured = contract.own.filter((name) => scope.has(name));
  if (captured.length) {
    throw new Error(
      `cypher/${file}.cypher names ${captured.join(', ')} for its own use, but cypher/${into}.cypher has bound ${captured.join(', ')} where it puts the fragment, so the fragment would read that instead: rename it in the fragment, or declare it in "// reads:".`,
    );
  }
}

/**
 * A query's text with its fragments put in, each checked against what the text has bound before it (and,
 * for a fragment, what it reads): a fragment that does not fit is an error when the query is assembled,
 * which checkCypherFiles() does at start for every query that needs no choice.
 */
function withFragments(text: string, choices: Choices, into: string, outer: ReadonlySet<string> = new Set()): string {
  const scope = new Set(outer);
  let assembledText = '';
  let last = 0;
  for (const match of text.matchAll(INCLUDE)) {
    const [whole, include, slot] = match as unknown as [string, string, string | undefined];
    const before = text.slice(last, match.index);
    assembledText += before;
    for (const name of namesIn(outsideClosedBlocks(codeOf(before)))) scope.add(name);
    const files = filesFor(include, slot, choices);
    const parts = files.map((file) => {
      const contract = contractOf(file);
      mustFit(file, contract, scope, into);
      return { contract, text: withFragments(contract.code, choices, file, contract.reads) };
    });
    for (const part of parts) for (const name of part.contract.binds) scope.add(name);
    // One file stands as it is; several are conditions, parenthesised and joined with AND; none is true.
    assembledText += parts.length === 0 ? 'true' : parts.length === 1 ? parts[0]!.text : parts.map((part) => `(${part.text})`).join('\n  AND ');
    last = match.index + whole.length;
  }
  return assembledText + text.slice(last);
}

/** The files an include stands for: itself, or the chosen files of a folder. */
function filesFor(include: string, slot: string | undefined, choices: Choices): string[] {
  if (!isFolder(include)) return [include];
  const chosen = choices[`${include}${slot ?? ''}`];
  if (!chosen) throw new Error(`Cypher fragment folder ${include}${slot ?? ''} needs a choice of its files.`);
  const known = new Set(cypherFilesIn(include).map((file) => file.slice(include.length + 1)));
  for (const name of chosen) {
    if (!known.has(name)) throw new Error(`cypher/${include}/ has no ${name}.cypher (it has ${[...known].join(', ')}).`);
  }
  return chosen.map((name) => `${include}/${name}`);
}

/** The key of one combination: the query's name and, per folder, the files chosen, in name order. */
function shapeOf(name: string, choices: Choices): string {
  const entries = Object.entries(choices);
  return entries.length === 0 ? name : `${name}?${JSON.stringify(entries.map(([slot, files]) => [slot, [...files].sort()]).sort())}`;
}

/**
 * Checks every file of cypher/ at start, so that a fragment that does not fit fails there and not on a
 * user's request: every query that needs no choice is assembled (each of its fragments checked where it is
 * put), and every alternative of a folder says what it expects; the combinations of alternatives are
 * checked when a request assembles one (test/unit/assembled-cypher.test.ts assembles one per filter field,
 * order and grouping). Returns how many files it read.
 */
export function checkCypherFiles(): number {
  const files = cypherFilesUnder('');
  for (const file of files) {
    if (file.startsWith('schema/') || file.startsWith('seed/')) continue;
    const text = readCypherFile(file);
    if (isChoiceFolder(path.posix.dirname(file)) || HEADER.test(text.split('\n', 1)[0]!)) {
      contractOf(file);
      continue;
    }
    const needsChoice = [...text.matchAll(INCLUDE)].some((match) => isFolder(match[1]!));
    if (!needsChoice) cypher(file);
  }
  return files.length;
}

/** Folders of alternatives (model/where/), as opposed to a concept's folder (model/). */
const isChoiceFolder = (folder: string) => folder.split('/').length > 1;

function cypherFilesUnder(folder: string): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const name = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return cypherFilesUnder(name);
    return entry.name.endsWith('.cypher') ? [name.slice(0, -'.cypher'.length)] : [];
  });
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
      query = Object.freeze({ name, text: withFragments(codeOf(readCypherFile(name)), {}, name) });
      written.set(name, query);
    }
    return query;
  }
  const shape = shapeOf(name, choices);
  shapes?.admit(shape);
  let query = assembled.get(shape);
  if (!query) {
    const sorted = Object.fromEntries(Object.entries(choices).map(([slot, files]) => [slot, [...files].sort()]));
    query = Object.freeze({ name, text: withFragments(codeOf(readCypherFile(name)), sorted, name) });
    assembled.set(shape, query);
  }
  return query;
}

/**
 * Assembles a query from another folder of Cypher files, with the same checks and without keeping it: for
 * the tests of the checks themselves, on fragments made to misfit.
 */
export function assembleCypherIn(dir: string, name: string, choices: Choices = {}): string {
  root = dir;
  try {
    return withFragments(readCypherFile(name), choices, name);
  } finally {
    root = cypherDir;
  }
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
  return readdirSync(path.join(root, folder))
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => `${folder}/${file.slice(0, -'.cypher'.length)}`);
}
