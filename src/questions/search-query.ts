import { normalize } from '../catalog/names.js';
import { clientError } from '../errors.js';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Lucene's limits (1024 clauses a query, each word being two; an automaton per prefix) fail deep in
 * Neo4j; a search of more, or of longer words, is refused here with these numbers instead.
 */
export const MAX_SEARCH_WORDS = 32;
export const MAX_SEARCH_WORD_LENGTH = 100;

/**
 * The user's words as a Lucene query: every word must match, as a whole word or a prefix; or the whole
 * text is a name a model is known by, in its normal form run together (the "aliasKey" words of
 * cypher/model/search-text.cypher): "Qwen/Qwen2.5-72B-Instruct" finds Qwen 2.5 72B though no other
 * text of it says "instruct".
 */
export function searchQuery(text: string, argument = 'text'): string {
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(LUCENE_SPECIAL, ' ').trim())
    .flatMap((word) => word.split(/\s+/))
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
  if (words.length === 0) {
    throw clientError(`Argument "${argument}" needs at least one letter or digit to search for.`, 'BAD_USER_INPUT', { argument });
  }
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  if (words.length > MAX_SEARCH_WORDS || longest.length > MAX_SEARCH_WORD_LENGTH) {
    throw clientError(
      `Argument "${argument}": a search takes at most ${MAX_SEARCH_WORDS} words of at most ${MAX_SEARCH_WORD_LENGTH} characters; ` +
        `got ${words.length} words, the longest of ${longest.length}.`,
      'BAD_USER_INPUT',
      { argument },
    );
  }
  const all = words.map((word) => `(${word} OR ${word}*)`).join(' AND ');
  const aliasKey = normalize(text).replace(/-/g, '');
  return /^[a-z0-9]+$/.test(aliasKey) ? `(${all}) OR alias${aliasKey}` : all;
}
