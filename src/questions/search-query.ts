import { clientError } from '../errors.js';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The user's words as a Lucene query: every word must match, as a whole word or a prefix. */
export function searchQuery(text: string): string {
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(LUCENE_SPECIAL, ' ').trim())
    .flatMap((word) => word.split(/\s+/))
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
  if (words.length === 0) {
    throw clientError('Argument "text" needs at least one letter or digit.', 'BAD_USER_INPUT', { argument: 'text' });
  }
  return words.map((word) => `(${word} OR ${word}*)`).join(' AND ');
}
