import { DECIDED_VERDICTS } from '../entity/vocabularies.js';
import { z } from 'zod';
import { builder } from '../graphql/builder.js';
import { slugId } from '../entity/keys.js';
import { inputError } from '../errors.js';
import { cypher } from '../neo4j/cypher.js';
import type { ClaimRow } from './claim.rows.js';
import { Claim, ClaimKind, ClaimVerdict } from './claim.schema.js';
import { recordChanges } from '../landscape-change/changes.js';

/** addClaim: a statement of the analysis with its section, subjects and verdict, as one transaction. */
const slug = slugId;
const key = z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/, 'must be a key "<kind>:<id>", e.g. model:deepseek-r1');

const ClaimInput = builder.inputType('ClaimInput', {
  description: 'A claim of the analysis: what it says, where, about what, and how it stands against the sourced facts.',
  fields: (t) => ({
    id: t.string({ required: true, description: 'A new stable id, a lower-case slug.', validate: slug.max(100) }),
    statement: t.string({ required: true, description: 'What the analysis says.', validate: z.string().trim().min(1).max(2000) }),
    section: t.int({ required: true, description: 'The section of the analysis it comes from, 1 to 7.', validate: z.number().int().min(1).max(7) }),
    kind: t.field({ type: ClaimKind, required: true, description: 'Fact, comparison or projection.' }),
    verdict: t.field({ type: ClaimVerdict, required: true, description: 'Its standing against the sourced facts.' }),
    about: t.stringList({ required: true, description: 'Keys of the nodes it is about ("model:deepseek-r1").', validate: z.array(key).min(1).max(50) }),
    decidedBy: t.stringList({ description: 'Ids of the sourced facts that decide it (required for SUPPORTED, PARTLY_SUPPORTED, MIXED and CONTRADICTED).', validate: z.array(slug).max(50).nullish() }),
    conflict: t.string({ description: 'The conflict with primary sources, for a contradicted claim.', validate: z.string().trim().min(1).max(2000).nullish() }),
    note: t.string({ description: 'Why the verdict is what it is.', validate: z.string().trim().min(1).max(2000).nullish() }),
  }),
  validate: z
    .looseObject({ verdict: z.string(), decidedBy: z.array(z.string()).nullish() })
    .refine((c) => !(DECIDED_VERDICTS as readonly string[]).includes(c.verdict) || (c.decidedBy?.length ?? 0) > 0, {
      message: `a ${DECIDED_VERDICTS.join(', ')} claim needs the facts that decide it`,
      path: ['decidedBy'],
    }),
});

builder.mutationField('addClaim', (t) =>
  t.field({
    type: Claim,
    description: 'Adds a claim of the analysis, linked to its section, its subjects and the facts that decide it.',
    args: { input: t.arg({ type: ClaimInput, required: true, description: 'The claim, its section, subjects and verdict.' }) },
    resolve: async (_root, { input }, ctx) =>
      ctx.db.writeTransaction(async (tx) => {
        const decidedBy = input.decidedBy ?? [];
        const [check] = await tx.run(cypher('claim/add-check'), { id: input.id, section: input.section, about: input.about, decidedBy });
        const bad = (field: string, message: string) => inputError(`input.${field}`, message);
        if (check!.taken) throw bad('id', `a claim "${input.id}" exists already`);
        if (!check!.sectionSourceId) throw bad('section', `the analysis has no section ${input.section}`);
        const unknownAbout = check!.unknownAbout as string[];
        if (unknownAbout.length > 0) throw bad('about', `unknown node(s) ${unknownAbout.map((k) => `"${k}"`).join(', ')}`);
        const unknownFacts = check!.unknownFacts as string[];
        if (unknownFacts.length > 0) throw bad('decidedBy', `unknown fact(s) ${unknownFacts.map((k) => `"${k}"`).join(', ')}`);
        const props = Object.fromEntries(
          Object.entries({ statement: input.statement, kind: input.kind, verdict: input.verdict, conflict: input.conflict, note: input.note }).filter(
            ([, value]) => value !== null && value !== undefined,
          ),
        );
        const [row] = await tx.run(cypher('claim/add'), {
          id: input.id,
          props,
          sectionSourceId: check!.sectionSourceId,
          about: input.about,
          decidedBy,
        });
        await recordChanges(tx, [
          {
            kind: 'CLAIM_ADDED',
            summary: `claim ${input.id} added to section ${input.section}${input.verdict ? `, ${input.verdict}` : ''}`,
            subjectKeys: [`claim:${input.id}`, ...input.about],
            details: { verdict: input.verdict ?? null, section: input.section },
          },
        ]);
        return row!.claim as ClaimRow;
      }),
  }),
);
