import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_WORD_LENGTH, MAX_SEARCH_WORDS, searchQuery } from '../../src/questions/search-query.js';

/** What a person types into search, and the Lucene query the full-text index is asked. */
describe('search text', () => {
  it('asks for every word, whole or as a prefix, in lower case, or the whole text as a name of a model', () => {
    expect(searchQuery('DeepSeek R1')).toBe('((deepseek OR deepseek*) AND (r1 OR r1*)) OR aliasdeepseekr1');
  });

  it('asks for a provider id or repository id as the alias word of its normal form', () => {
    // src/catalog/names.ts: "Qwen/Qwen2.5-72B-Instruct" is qwen-2-5-72b, the alias word aliasqwen2572b.
    expect(searchQuery('Qwen/Qwen2.5-72B-Instruct')).toBe('((qwen OR qwen*) AND (qwen2.5 OR qwen2.5*) AND (72b OR 72b*) AND (instruct OR instruct*)) OR aliasqwen2572b');
  });

  it("takes Lucene's syntax literally: operators and quotes are spaces, not commands", () => {
    expect(searchQuery('llama AND -qwen')).toBe('((llama OR llama*) AND (and OR and*) AND (qwen OR qwen*)) OR aliasllamaandqwen');
    expect(searchQuery('"gpt-4o" title:(x)')).toBe('((gpt OR gpt*) AND (4o OR 4o*) AND (title OR title*) AND (x OR x*)) OR aliasgpt4otitlex');
    expect(searchQuery('a*b?c~')).toBe('((a OR a*) AND (b OR b*) AND (c OR c*)) OR aliasabc');
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
