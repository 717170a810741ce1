import { z } from 'zod';
import { builder } from '../graphql/builder.js';
import { slugId } from '../entity/keys.js';
import { inputError } from '../errors.js';
import { cypher } from '../neo4j/cypher.js';
import { MotiveAttribution } from './motive.schema.js';
import type { AttributionRow } from './motive.rows.js';

/** linkOrganizationToMotive: attributes a strategic motive to a lab, with the reason, as one transaction. */
const slug = slugId;

const MotiveLinkInput = builder.inputType('MotiveLinkInput', {
  description: 'A strategic motive attributed to an organization, and why.',
  fields: (t) => ({
    organization: t.string({ required: true, description: 'The organization\'s id (e.g. "meta").', validate: slug }),
    motive: t.string({ required: true, description: 'The motive\'s id (e.g. "commoditize-the-complement").', validate: slug }),
    rationale: t.string({ required: true, description: 'Why the motive drives it.', validate: z.string().trim().min(1).max(2000) }),
  }),
});

builder.mutationField('linkOrganizationToMotive', (t) =>
  t.field({
    type: MotiveAttribution,
    description: 'Attributes a strategic motive to an organization with its rationale (linking again replaces the rationale).',
    args: { input: t.arg({ type: MotiveLinkInput, required: true, description: 'The organization, the motive and why.' }) },
    resolve: async (_root, { input }, ctx) =>
      ctx.db.writeTransaction(async (tx) => {
        const [check] = await tx.run(cypher('motive/link-check'), { organization: input.organization, motive: input.motive });
        if (!check!.organizationFound) {
          throw inputError('input.organization', `unknown organization "${input.organization}".`);
        }
        if (!check!.motiveFound) throw inputError('input.motive', `unknown motive "${input.motive}".`);
        const [row] = await tx.run(cypher('motive/link'), input);
        return row!.attribution as AttributionRow;
      }),
  }),
);
