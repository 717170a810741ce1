import { decideClaimsByRules } from '../claim/rules.js';
import { recordChanges, verdictChanged } from '../landscape-change/changes.js';
import { z } from 'zod';
import { builder } from '../graphql/builder.js';
import { releaseDate } from '../entity/calendar.js';
import { slugId } from '../entity/keys.js';
import { MODALITIES } from '../entity/vocabularies.js';
import { inputError } from '../errors.js';
import { cypher } from '../neo4j/cypher.js';
import { ensureSource, SourceInput } from '../source/source.input.js';
import type { ModelRow } from './model.rows.js';
import { Architecture, Model, ModelStatusEnum } from './model.schema.js';
import { deriveOpenness, type LicenceCategory, type ModelStatus } from './openness.js';

/**
 * upsertModel: adds a model, or changes some of its facts, in one transaction. Openness is derived
 * again from the result, never written by hand; a new model must cite a source, and an edit may add one
 * (sources are only ever added, so an edit never loses where a fact came from).
 */
const slug = slugId;
const text = (max: number) => z.string().trim().min(1).max(max);

const ModelInput = builder.inputType('ModelInput', {
  description: 'A model\'s facts. To add a model give at least name, organization, family, status, weightsAvailable and source; to change one, its id and what changes.',
  fields: (t) => ({
    id: t.string({ required: true, description: 'Its stable id, a lower-case slug (e.g. "qwen3-max").', validate: slug.max(100) }),
    name: t.string({ description: 'Its name, as its developer writes it.', validate: text(200).nullish() }),
    organization: t.string({ description: 'The developer\'s id (e.g. "alibaba-cloud").', validate: slug.nullish() }),
    family: t.string({ description: 'Its family: Llama, Qwen, DeepSeek, GPT...', validate: text(100).nullish() }),
    status: t.field({ type: ModelStatusEnum, description: 'Released, announced or unreleased.' }),
    weightsAvailable: t.boolean({ description: 'Its weights can be downloaded.' }),
    openTrainingData: t.boolean({ description: 'Its training data is released too.' }),
    openTrainingCode: t.boolean({ description: 'Its training code is released too.' }),
    licence: t.string({ description: 'The id of its weights\' licence (or the vendor terms of a closed model).', validate: slug.nullish() }),
    tier: t.string({ description: "The id of the analysis's tier it belongs to.", validate: slug.nullish() }),
    releaseDate: t.string({
      description: 'When it was released: YYYY-MM-DD, or YYYY-MM when only the month is known.',
      validate: releaseDate.nullish(),
    }),
    totalParamsB: t.float({ description: 'Total parameters, in billions.', validate: z.number().positive().max(100_000).nullish() }),
    activeParamsB: t.float({ description: 'Parameters active per token, in billions.', validate: z.number().positive().max(100_000).nullish() }),
    architecture: t.field({ type: Architecture, description: 'Dense or mixture-of-experts.' }),
    contextWindow: t.int({ description: 'Native context window, in tokens.', validate: z.number().int().positive().max(100_000_000).nullish() }),
    modalities: t.stringList({
      description: 'Input modalities: text, image, audio, video.',
      validate: z.array(z.enum(MODALITIES)).min(1).nullish(),
    }),
    notes: t.string({ description: 'Sourcing notes.', validate: z.string().trim().max(2000).nullish() }),
    source: t.field({ type: SourceInput, description: 'Where these facts come from (required for a new model).' }),
  }),
  // looseObject: an input-level check must pass every field through, not strip the ones it does not name.
  validate: z
    .looseObject({ totalParamsB: z.number().nullish(), activeParamsB: z.number().nullish() })
    .refine((m) => !(m.totalParamsB && m.activeParamsB && m.activeParamsB > m.totalParamsB), {
      message: 'activeParamsB cannot exceed totalParamsB',
      path: ['activeParamsB'],
    }),
});

const REQUIRED_FOR_NEW = ['name', 'organization', 'family', 'status', 'weightsAvailable', 'source'] as const;

builder.mutationField('upsertModel', (t) =>
  t.field({
    type: Model,
    description: 'Adds a model, or changes some of its facts; its openness is derived again from its status, weights and licence.',
    args: { input: t.arg({ type: ModelInput, required: true, description: 'The model: its id, and the facts to set.' }) },
    resolve: async (_root, { input }, ctx) =>
      ctx.db.writeTransaction(async (tx) => {
        const [check] = await tx.run(cypher('model/upsert-check'), {
          id: input.id,
          organization: input.organization ?? null,
          licence: input.licence ?? null,
          tier: input.tier ?? null,
        });
        const existing = check!.existing as { status: ModelStatus; weightsAvailable: boolean; openTrainingData?: boolean; openTrainingCode?: boolean } | null;
        const bad = (field: string, message: string) => inputError(`input.${field}`, message);
        if (!existing) {
          const missing = REQUIRED_FOR_NEW.filter((field) => input[field] === null || input[field] === undefined);
          if (missing.length > 0) throw bad(missing[0]!, `required to add the new model "${input.id}" (missing: ${missing.join(', ')})`);
        }
        if (check!.organizationFound === false) throw bad('organization', `unknown organization "${input.organization}"`);
        if (input.licence && check!.licenceCategory === null) throw bad('licence', `unknown licence "${input.licence}"`);
        if (check!.tierFound === false) throw bad('tier', `unknown tier "${input.tier}"`);

        let openness;
        try {
          openness = deriveOpenness({
            status: input.status ?? existing!.status,
            weightsAvailable: input.weightsAvailable ?? existing!.weightsAvailable,
            licenceCategory: ((input.licence ? check!.licenceCategory : check!.currentLicenceCategory) ?? undefined) as LicenceCategory | undefined,
            openTrainingData: input.openTrainingData ?? existing?.openTrainingData ?? false,
            openTrainingCode: input.openTrainingCode ?? existing?.openTrainingCode ?? false,
          });
        } catch (error) {
          throw bad('licence', (error as Error).message);
        }
        const source = input.source ? await ensureSource(tx, input.source, 'input.source') : null;
        const props = Object.fromEntries(
          Object.entries({
            name: input.name,
            family: input.family,
            status: input.status,
            weightsAvailable: input.weightsAvailable,
            openTrainingData: input.openTrainingData,
            openTrainingCode: input.openTrainingCode,
            totalParamsB: input.totalParamsB,
            activeParamsB: input.activeParamsB,
            architecture: input.architecture,
            contextWindow: input.contextWindow,
            modalities: input.modalities,
            notes: input.notes,
          }).filter(([, value]) => value !== null && value !== undefined),
        );
        // The kept counts by cell (cypher/model/tally-cell): the model leaves its old cell and joins its new one.
        await tx.run(cypher('model/tally-leave'), { id: input.id });
        const [row] = await tx.run(cypher('model/upsert'), {
          id: input.id,
          props,
          openness,
          releaseDate: input.releaseDate ?? null,
          organization: input.organization ?? null,
          licence: input.licence ?? null,
          tier: input.tier ?? null,
          source,
        });
        await tx.run(cypher('model/tally-join'), { id: input.id });
        // A model's openness decides which side of a claim's rule its results are on.
        const cause = `upsertModel: ${input.id}`;
        const verdicts = await decideClaimsByRules(tx, cause);
        await recordChanges(tx, [
          { kind: 'MODEL_CHANGED', summary: `model ${input.id} (${input.name}) written`, subjectKeys: [`model:${input.id}`], details: { openness } },
          ...verdicts.map((change) => verdictChanged(change, cause)),
        ]);
        return row!.model as ModelRow;
      }),
  }),
);
