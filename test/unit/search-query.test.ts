import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_WORD_LENGTH, MAX_SEARCH_WORDS, searchQuery } from '../../src/questions/search-query.js';

/** What a person types into search, and the Lucene query the full-text index is asked. */
describe('search text', () => {
  it('asks for every word, whole or as a prefix, in lower case', () => {
    expect(searchQuery('DeepSeek R1')).toBe('(deepseek OR deepseek*) AND (r1 OR r1*)');
  });

  it("takes Lucene's syntax literally: operators and quotes are spaces, not commands", () => {
    expect(searchQuery('llama AND -qwen')).toBe('(llama OR llama*) AND (and OR and*) AND (qwen OR qwen*)');
    expect(searchQuery('"gpt-4o" title:(x)')).toBe('(gpt OR gpt*) AND (4o OR 4o*) AND (title OR title*) AND (x OR x*)');
    expect(searchQuery('a*b?c~')).toBe('(a OR a*) AND (b OR b*) AND (c OR c*)');
  });

  it('refuses text with nothing to search for, naming the argument', () => {
    for (const text of ['', '   ', '*?~', '""']) {
      expect(() => searchQuery(text, 'search'), JSON.stringify(text)).toThrow('Argument "search" needs at least one letter or digit to search for.');
    }
  });

  it("refuses more words, or longer ones, than Lucene takes, with the numbers", () => {
    const many = Array.from({ length: MAX_SEARCH_WORDS + 1 }, (_, i) => `w${i}`).join(' ');
    expect(() => searchQuery(many)).toThrow(`at most ${MAX_SEARCH_WORDS} words of at most ${MAX_SEARCH_WORD_LENGTH} characters; got ${MAX_SEARCH_WORDS + 1} words`);
    expect(() => searchQuery('x'.repeat(MAX_SEARCH_WORD_LENGTH + 1))).toThrow(`the longest of ${MAX_SEARCH_WORD_LENGTH + 1}`);
    expect(searchQuery(Array.from({ length: MAX_SEARCH_WORDS }, () => 'x'.repeat(MAX_SEARCH_WORD_LENGTH)).join(' '))).toContain(' AND ');
  });
});
