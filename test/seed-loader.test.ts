import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SeedError } from '../src/seed/files.js';
import { defaultSeedDir, loadSeed } from '../src/seed/loader.js';
import { testDatabase } from './support/neo4j.js';

const db = testDatabase();
const copies: string[] = [];
afterAll(async () => {
  copies.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  await db.close();
});

/** Node and relationship counts of the seeded landscape (other tests' probe nodes are not :Entity; the catalogs' are not the seed's). */
async function counts() {
  const [row] = await db.read({
    name: 'test/seed-counts',
    text: `MATCH (n:Entity {origin: 'seed'}) WITH count(n) AS nodes
           MATCH (:Entity)-[r]->(:Entity) RETURN nodes, count(r) AS relationships`,
  });
  return row;
}

/** A copy of seed/ with one file edited. */
function seedWith(file: string, edit: (content: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'landscape-seed-'));
  copies.push(dir);
  cpSync(defaultSeedDir, dir, { recursive: true });
  const target = path.join(dir, file);
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  expect(after, `the edit of ${file} must change it`).not.toBe(before);
  writeFileSync(target, after);
  return dir;
}

describe('loading the seed', () => {
  it('is idempotent: loading twice leaves node and relationship counts unchanged', async () => {
    const before = await counts();
    const summary = await loadSeed(db);
    expect(summary.nodesCreated).toBe(0);
    expect(summary.relationshipsCreated).toBe(0);
    expect(summary.relationshipsRemoved).toBe(0);
    expect(summary.nodesUpdated).toBe(before!.nodes);
    await loadSeed(db);
    expect(await counts()).toEqual(before);
  });

  const broken: Array<[string, string, (c: string) => string, RegExp]> = [
    [
      'an unknown organization in a model',
      'models.yaml',
      (c) => c.replace('organization: meta\n', 'organization: metta\n'),
      /^seed\/models\.yaml, record 1 \(id llama-3-1-405b\), field organization: unknown organization "metta"$/,
    ],
    [
      'a score that is not a number',
      'benchmark-results.csv',
      (c) => c.replace(/^(claude-3-5-sonnet,mmlu,)88\.3,/m, '$1eighty-eight,'),
      /^seed\/benchmark-results\.csv, line 2 \(claude-3-5-sonnet on mmlu\), field score: must be a number$/,
    ],
    [
      'a shot count that is not a whole number',
      'benchmark-results.csv',
      (c) => c.replace(/^(llama-4-scout,mmlu,.*,BASE,)5,/m, '$1five,'),
      /^seed\/benchmark-results\.csv, line \d+ \(llama-4-scout on mmlu\), field shots: must be a whole number$/,
    ],
    [
      "a result run on another model's snapshot",
      'benchmark-results.csv',
      (c) => c.replace(/^(gpt-4o,mmlu,.*)gpt-4o-2024-05-13$/m, '$1claude-3-5-sonnet-20241022'),
      /^seed\/benchmark-results\.csv, line \d+ \(gpt-4o on mmlu\), field snapshot: "claude-3-5-sonnet-20241022" is a snapshot of claude-3-5-sonnet, not of gpt-4o$/,
    ],
    [
      'a result run on a snapshot that does not exist',
      'benchmark-results.csv',
      (c) => c.replace(/^(gpt-4o,mmlu,.*)gpt-4o-2024-05-13$/m, '$1gpt-4o-2099-01-01'),
      /^seed\/benchmark-results\.csv, line \d+ \(gpt-4o on mmlu\), field snapshot: unknown snapshot "gpt-4o-2099-01-01"$/,
    ],
    [
      "a claim's rule naming a benchmark that does not exist",
      'claims.yaml',
      (c) => c.replace('benchmarks: [aime-2024, aime-2025, hmmt-2025]', 'benchmarks: [aime-2024, aime-2052, hmmt-2025]'),
      /^seed\/claims\.yaml, record \d+ \(id closed-lead-competition-math\), field rule\.benchmarks: unknown benchmark "aime-2052"$/,
    ],
    [
      'a licence without a category',
      'licences.yaml',
      (c) => c.replace('  category: PERMISSIVE\n', ''),
      /^seed\/licences\.yaml, record 7 \(id mit\), field category: /,
    ],
    [
      'a claim decided by a fact that does not exist',
      'claims.yaml',
      (c) => c.replace('decidedBy: [deepseek-r1-mit, deepseek-v3-model-licence]', 'decidedBy: [deepseek-r1-mit, deepseek-v3-licence-typo]'),
      /^seed\/claims\.yaml, record \d+ \(id deepseek-apache\), field decidedBy: unknown fact "deepseek-v3-licence-typo"$/,
    ],
    [
      'two records with the same id',
      'organizations.yaml',
      (c) => c.replace('- id: anthropic\n', '- id: openai\n'),
      /^seed\/organizations\.yaml, record \d+ \(id openai\), field id: duplicate id "openai"$/,
    ],
    [
      'a file that is not valid YAML',
      'tiers.yaml',
      (c) => c.replace('- id: tier-2\n', '- id: [tier-2\n'),
      /^seed\/tiers\.yaml: is not valid YAML/,
    ],
  ];

  it.each(broken)('rejects %s with a precise message and changes nothing', async (_what, file, edit, message) => {
    const dir = seedWith(file, edit);
    const before = await counts();
    const error = await loadSeed(db, { dir, reset: true }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeedError);
    expect((error as Error).message).toMatch(message);
    // Even with --reset asked for, nothing was deleted: validation comes before any write.
    expect(await counts()).toEqual(before);
  });
});
