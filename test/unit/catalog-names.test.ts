import { describe, expect, it } from 'vitest';
import { normalName, normalize } from '../../src/catalog/names.js';
import { Resolver } from '../../src/catalog/resolution.js';

/** How the names people and providers give a model are compared: one normal form, each step a named rule. */
describe('the normal form of a model name', () => {
  it.each([
    ['GPT-4o', 'gpt-4o'],
    ['gpt4o', 'gpt-4o'],
    ['GPT-4o-2024-08-06', 'gpt-4o'],
    ['Qwen/Qwen2.5-72B-Instruct', 'qwen-2-5-72b'],
    ['Qwen 2.5 72B', 'qwen-2-5-72b'],
    ['anthropic.claude-3-5-sonnet-20241022-v2:0', 'claude-3-5-sonnet'],
    ['claude-3-5-sonnet@20241022', 'claude-3-5-sonnet'],
    ['accounts/fireworks/models/deepseek-r1-0528', 'deepseek-r1'],
    ['hf:deepseek-ai/DeepSeek-V3-0324', 'deepseek-v3'],
    ['deepseek/deepseek-r1:free', 'deepseek-r1'],
    ['Qwen/Qwen3-235B-A22B-Instruct-2507', 'qwen-3-235b-a22b'],
    ['open-mixtral-8x22b', 'mixtral-8x22b'],
    ['mistral-7b-instruct-v0.2', 'mistral-7b'],
    ['meta/meta-llama-3.1-405b-instruct', 'llama-3-1-405b'],
    ['gemini-2.5-pro-preview-06-05', 'gemini-2-5-pro'],
    ['gemini-2.0-flash-001', 'gemini-2-0-flash'],
    ['DeepSeek R1 (0528)', 'deepseek-r1'],
    ['o3-mini', 'o3-mini'],
  ])('%s is %s', (name, normal) => {
    expect(normalize(name)).toBe(normal);
  });

  it('keeps what makes a different model: a version, a size, a variant', () => {
    expect(normalize('deepseek-ai/DeepSeek-V3.1')).toBe('deepseek-v3-1');
    expect(normalize('Qwen3-30B-A3B')).not.toBe(normalize('Qwen3-32B'));
    expect(normalize('Qwen/Qwen3-235B-A22B-Thinking-2507')).toBe('qwen-3-235b-a22b-thinking');
    expect(normalize('llama3-70b-8192')).toBe('llama-3-70b-8192'); // Groq's context suffix is no date
  });

  it('names the rules that changed a name', () => {
    expect(normalName('anthropic.claude-3-5-sonnet-20241022-v2:0').rules).toEqual(['routing-prefix', 'variant-suffix', 'snapshot-date']);
    expect(normalName('gpt-4o').rules).toEqual([]);
  });
});

describe('which model a catalog entry is', () => {
  const resolver = new Resolver(
    [
      { id: 'deepseek-r1', name: 'DeepSeek-R1' },
      { id: 'llama-4-scout', name: 'Llama 4 Scout' },
      { id: 'gpt-4o', name: 'GPT-4o' },
    ],
    {
      offerings: [{ provider: 'x', id: 'gpt-4o-mini', model: 'gpt-4o', reason: 'a test override' }],
      aliases: [],
    },
  );

  it('by its provider id, its display name, or its name without size words', () => {
    expect(resolver.resolve('openrouter', 'deepseek/deepseek-r1-0528:free', 'x')).toMatchObject({ model: 'deepseek-r1', rule: 'provider-id' });
    expect(resolver.resolve('amazon-bedrock', 'deepseek.r1-v1:0', 'DeepSeek-R1')).toMatchObject({ model: 'deepseek-r1', rule: 'display-name' });
    expect(resolver.resolve('groq', 'meta-llama/llama-4-scout-17b-16e-instruct', 'x')).toMatchObject({ model: 'llama-4-scout', rule: 'parameter-size' });
    expect(resolver.resolve('x', 'gpt-4o-mini', 'GPT-4o mini')).toMatchObject({ model: 'gpt-4o', rule: 'override' });
  });

  it('leaves the rest unmatched, with the nearest model as a suggestion only', () => {
    const unmatched = resolver.resolve('openai', 'gpt-4o-mini', 'GPT-4o mini');
    expect(unmatched).toEqual({ model: null, reason: 'no model is named gpt-4o-mini', nearest: { model: 'gpt-4o', likeness: 0.8 } });
  });
});
