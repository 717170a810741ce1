import { builder } from '../graphql/builder.js';
import type { Context } from '../context.js';
import { Fact } from '../claim/claim.schema.js';
import { mustBeBetween } from '../one-trip/asked.js';
import { Licence } from '../licence/licence.schema.js';
import { Model } from '../model/model.schema.js';
import { Source } from '../source/source.schema.js';
import { clausesFor, type Clause, type IntendedUse, type LicenceClauseKind } from './licence-use.js';
import { licencesBinding, type BindingRow, type ModelBindingRow } from './licences.repository.js';

/**
 * Licences along a model's lineage: what binds its use through what it was built on or distilled from,
 * and the question "which models may I use, this way?", each answer with the clauses that decide it.
 */
const SMALL_COMMERCIAL_USE: IntendedUse = { commercial: true, monthlyActiveUsers: 0, inEU: false };

interface BindingSeen extends BindingRow {
  modalities: string[];
  use: IntendedUse;
}
interface ClauseSeen extends Clause {
  binding: BindingSeen;
}

const LicenceClauseKindEnum = builder.enumType('LicenceClauseKind', {
  description: 'A clause of a licence that can stop a use.',
  values: {
    RESEARCH_ONLY: { description: 'Research and non-commercial use only.' },
    COMMERCIAL_USE: { description: 'Whether commercial use is allowed.' },
    MAU_THRESHOLD: { description: 'Above a number of monthly active users a separate licence must be requested (Llama: 700M, Qwen: 100M).' },
    EU_MULTIMODAL_CARVE_OUT: { description: "Rights to multimodal models withheld from EU-domiciled individuals and companies (Llama 4's use policy)." },
    USE_BASED_RESTRICTIONS: { description: 'Some uses are prohibited whatever the scale (never blocks by itself here).' },
  } satisfies Record<LicenceClauseKind, { description: string }>,
});

const LicenceClause = builder.objectRef<ClauseSeen>('LicenceClause').implement({
  description: 'One clause of a binding licence, read against the use asked, with the sourced text it comes from.',
  fields: (t) => ({
    kind: t.field({ type: LicenceClauseKindEnum, description: 'Which clause.', resolve: (c) => c.kind }),
    licence: t.field({ type: Licence, description: 'The licence it belongs to.', resolve: (c) => c.binding.licence }),
    says: t.exposeString('says', { description: 'What it says, for this model and use.' }),
    blocks: t.exposeBoolean('blocks', { description: 'Whether it stops this use (without a separate licence from the licensor).' }),
    source: t.field({ type: Source, nullable: true, description: 'The licence text it is read from.', resolve: (c) => c.binding.sourceId }),
    facts: t.field({ type: [Fact], description: 'The sourced facts about the licence.', resolve: (c) => c.binding.factIds }),
  }),
});

const clausesOf = (b: BindingSeen): ClauseSeen[] => clausesFor(b.licence, b.modalities, b.use).map((clause) => ({ ...clause, binding: b }));

const BindingLicence = builder.objectRef<BindingSeen>('BindingLicence').implement({
  description: "A licence that binds a model's use: its own, one inherited through a model it was built on or distilled from, or a document one of them incorporates.",
  fields: (t) => ({
    licence: t.field({ type: Licence, description: 'The licence.', resolve: (b) => b.licence }),
    through: t.field({
      type: [Model],
      description: 'The models it binds through, nearest first: empty for the model\'s own licence; [Llama 3.1 8B] for DeepSeek-R1-Distill-Llama-8B.',
      resolve: (b) => b.throughIds,
    }),
    inherited: t.boolean({ description: 'Whether it comes from a base model rather than the model itself.', resolve: (b) => b.throughIds.length > 0 }),
    incorporatedBy: t.field({ type: Licence, nullable: true, description: 'The licence that incorporates it by reference, if it is such a document.', resolve: (b) => b.incorporatedBy }),
    clauses: t.field({
      type: [LicenceClause],
      description: 'Its clauses that speak to the use (in modelsUsableFor, the use asked; elsewhere, commercial use by a product with few users outside the EU).',
      resolve: clausesOf,
    }),
  }),
});

interface UsabilitySeen {
  modelId: string;
  binding: BindingSeen[];
}
const blockingOf = (u: UsabilitySeen) => u.binding.flatMap(clausesOf).filter((c) => c.blocks);

const ModelUsability = builder.objectRef<UsabilitySeen>('ModelUsability').implement({
  description: 'Whether a model may be used the way asked, counting the terms inherited from its base models, and which clauses decide it.',
  fields: (t) => ({
    model: t.field({ type: Model, description: 'The model.', resolve: (u) => u.modelId }),
    usable: t.boolean({ description: 'True when no clause of a binding licence stops the use.', resolve: (u) => blockingOf(u).length === 0 }),
    blockedBy: t.field({ type: [LicenceClause], description: 'The clauses that stop the use (empty when usable).', resolve: blockingOf }),
    binding: t.field({ type: [BindingLicence], description: 'Every licence that binds it, its own first.', resolve: (u) => u.binding }),
  }),
});

const seen = (row: ModelBindingRow, use: IntendedUse): UsabilitySeen => ({
  modelId: row.modelId,
  binding: row.binding.map((b) => ({ ...b, modalities: row.modalities, use })),
});

/** The binding licences of the models asked, in one query; none for a model that is not a released open-weight one. */
async function bindingOfModels(ctx: Context, ids: readonly string[]): Promise<BindingSeen[][]> {
  const rows = new Map((await licencesBinding(ctx, ids)).map((row) => [row.modelId, row]));
  return ids.map((id) => {
    const row = rows.get(id);
    return row ? seen(row, SMALL_COMMERCIAL_USE).binding : [];
  });
}

builder.objectField(Model, 'bindingLicences', (t) =>
  t.loadableList({
    type: BindingLicence,
    description:
      'The licences that bind its use (released open-weight models): its own, those of the models it was built on or distilled from whose developer is not its own, and the documents they incorporate.',
    load: (ids: string[], ctx) => bindingOfModels(ctx, ids),
    resolve: (m) => m.id,
  }),
);

builder.queryField('modelsUsableFor', (t) =>
  t.field({
    type: [ModelUsability],
    description:
      'Released open-weight models with a known licence, and whether each may be used the way described, counting the terms inherited from its base models; each with the clauses that decide it. ' +
      'Example: modelsUsableFor(commercial: true, monthlyActiveUsers: 800000000, inEU: true, usable: true).',
    args: {
      commercial: t.arg.boolean({ defaultValue: true, description: 'Commercial use.' }),
      monthlyActiveUsers: t.arg.int({ defaultValue: 0, description: 'The monthly active users of the product that uses it.' }),
      inEU: t.arg.boolean({ defaultValue: false, description: 'The user (a person or company) is domiciled, or has its principal place of business, in the EU.' }),
      usable: t.arg.boolean({ description: 'Only the models usable this way (true) or only those that are not (false).' }),
    },
    resolve: async (_root, args, ctx) => {
      mustBeBetween('monthlyActiveUsers', args.monthlyActiveUsers ?? 0, 0, 2_000_000_000);
      const use: IntendedUse = { commercial: args.commercial ?? true, monthlyActiveUsers: args.monthlyActiveUsers ?? 0, inEU: args.inEU ?? false };
      const answers = (await licencesBinding(ctx, null)).map((row) => seen(row, use));
      return args.usable === null || args.usable === undefined ? answers : answers.filter((a) => (blockingOf(a).length === 0) === args.usable);
    },
  }),
);
