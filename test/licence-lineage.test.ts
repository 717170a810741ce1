import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/server/yoga.js';
import { ask } from './support/graphql.js';
import { quietLogger, testDatabase } from './support/neo4j.js';

/**
 * A model's use is bound by its own licence and by the licences of what it was built on or distilled from:
 * "which models may I use commercially, for more than 700M monthly users, in the EU?" counts both.
 */
const db = testDatabase();
const app = createApp({ db, logger: quietLogger });
afterAll(() => db.close());

interface Binding {
  licence: { licenceId: string };
  through: Array<{ modelId: string }>;
  inherited: boolean;
  incorporatedBy: { licenceId: string } | null;
}
interface Usability {
  model: { modelId: string };
  usable: boolean;
  blockedBy: Array<{ kind: string; licence: { licenceId: string }; says: string; source: { sourceId: string } | null; facts: Array<{ factId: string }> }>;
}

async function usableFor(args: string): Promise<Map<string, Usability>> {
  const { data, errors } = await ask<{ modelsUsableFor: Usability[] }>(
    app,
    `{ modelsUsableFor(${args}) { model { modelId } usable blockedBy { kind licence { licenceId } says source { sourceId } facts { factId } } } }`,
  );
  expect(errors).toBeUndefined();
  return new Map(data!.modelsUsableFor.map((u) => [u.model.modelId, u]));
}

describe('the licences that bind a model', () => {
  it("DeepSeek-R1-Distill-Llama-8B is MIT, and bound by the Llama 3.1 licence through the Llama 3.1 8B it was built on", async () => {
    const { data } = await ask<{ model: { bindingLicences: Binding[] } }>(
      app,
      '{ model(id: "deepseek-r1-distill-llama-8b") { bindingLicences { licence { licenceId } through { modelId } inherited incorporatedBy { licenceId } } } }',
    );
    expect(data!.model.bindingLicences).toEqual([
      { licence: { licenceId: 'mit' }, through: [], inherited: false, incorporatedBy: null },
      { licence: { licenceId: 'llama-3-1-community' }, through: [{ modelId: 'llama-3-1-8b' }], inherited: true, incorporatedBy: null },
    ]);
  });

  it('DeepSeek-R1 is bound by MIT alone: the DeepSeek-V3 it was built on is its own developer\'s, who released R1 under MIT', async () => {
    const { data } = await ask<{ model: { bindingLicences: Binding[] } }>(app, '{ model(id: "deepseek-r1") { bindingLicences { licence { licenceId } through { modelId } } } }');
    expect(data!.model.bindingLicences).toEqual([{ licence: { licenceId: 'mit' }, through: [] }]);
  });

  it("Llama 4 Scout is bound by its licence and by the Acceptable Use Policy the licence incorporates", async () => {
    const { data } = await ask<{ model: { bindingLicences: Binding[] } }>(app, '{ model(id: "llama-4-scout") { bindingLicences { licence { licenceId } incorporatedBy { licenceId } } } }');
    expect(data!.model.bindingLicences).toEqual([
      { licence: { licenceId: 'llama-4-community' }, incorporatedBy: null },
      { licence: { licenceId: 'llama-4-aup' }, incorporatedBy: { licenceId: 'llama-4-community' } },
    ]);
  });

  it('a closed model is bound by no open licence', async () => {
    const { data } = await ask<{ model: { bindingLicences: Binding[] } }>(app, '{ model(id: "o3") { bindingLicences { licence { licenceId } } } }');
    expect(data!.model.bindingLicences).toEqual([]);
  });
});

describe('"models usable commercially, for more than 700M monthly users, in the EU, with the terms inherited from their base models"', () => {
  it('keeps MIT and Apache models, and stops the Llama, Qwen-licence and research-licence ones, each by the clause that decides it', async () => {
    const answers = await usableFor('commercial: true, monthlyActiveUsers: 800000000, inEU: true');
    const clauses = (id: string) => answers.get(id)!.blockedBy.map((c) => `${c.licence.licenceId} ${c.kind}`).sort();
    expect(answers.get('deepseek-r1')!.usable).toBe(true);
    expect(answers.get('qwen3-235b-a22b')!.usable).toBe(true); // Apache 2.0
    expect(answers.get('mixtral-8x22b')!.usable).toBe(true); // Apache 2.0
    // inherited: the distillation is MIT, its Llama base is not
    expect(answers.get('deepseek-r1-distill-llama-8b')!.usable).toBe(false);
    expect(clauses('deepseek-r1-distill-llama-8b')).toEqual(['llama-3-1-community MAU_THRESHOLD']);
    // Llama 4 Scout: above 700M users, and multimodal in the EU (the licence and its use policy both say so)
    expect(clauses('llama-4-scout')).toEqual(['llama-4-aup EU_MULTIMODAL_CARVE_OUT', 'llama-4-community EU_MULTIMODAL_CARVE_OUT', 'llama-4-community MAU_THRESHOLD']);
    expect(clauses('qwen-2-5-72b')).toEqual(['qwen-licence MAU_THRESHOLD']); // 100M
    expect(clauses('mistral-large-2')).toEqual(expect.arrayContaining([expect.stringMatching(/^mistral-research (RESEARCH_ONLY|COMMERCIAL_USE)$/)]));
    // every blocking clause names the licence text and the sourced facts about the licence
    const mau = answers.get('deepseek-r1-distill-llama-8b')!.blockedBy[0]!;
    expect(mau.says).toContain('700,000,000 monthly active users');
    expect(mau.source).toEqual({ sourceId: 'llama-3-1-community-license-agreement' });
    expect(mau.facts.map((f) => f.factId)).toEqual(expect.arrayContaining(['deepseek-r1-distill-llama-licence', 'llama-mau-clause']));
  });

  it('for a small product outside the EU, the Llama models are usable too; usable: false lists what is not', async () => {
    const small = await usableFor('commercial: true, monthlyActiveUsers: 1000000, inEU: false');
    expect(small.get('deepseek-r1-distill-llama-8b')!.usable).toBe(true);
    expect(small.get('llama-4-scout')!.usable).toBe(true);
    const notUsable = await usableFor('commercial: true, monthlyActiveUsers: 1000000, inEU: false, usable: false');
    expect([...notUsable.values()].every((u) => !u.usable && u.blockedBy.length > 0)).toBe(true);
    expect(notUsable.has('mistral-large-2')).toBe(true); // research licence
  });

  it('says which argument is wrong', async () => {
    const { errors } = await ask(app, '{ modelsUsableFor(monthlyActiveUsers: -5) { usable } }');
    expect(errors![0]).toMatchObject({ message: expect.stringContaining('monthlyActiveUsers'), extensions: { code: 'BAD_USER_INPUT' } });
  });
});
