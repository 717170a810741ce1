import { createHash } from 'node:crypto';
import { z } from 'zod';
import { builder } from '../graphql/builder.js';
import { slugId } from '../entity/keys.js';
import { inputError } from '../errors.js';
import { cypher } from '../neo4j/cypher.js';
import type { Transaction } from '../neo4j/database.js';

/**
 * The source every write must cite: an existing source by id, or a web page by URL and title (reused
 * when a source with that URL exists already, created otherwise).
 */
export interface SourceInputValue {
  id?: string | null;
  url?: string | null;
  title?: string | null;
}

const slug = slugId;

export const SourceInput = builder.inputType('SourceInput', {
  description: 'Where a written fact comes from: `id` of a known source, or `url` and `title` of a web page.',
  fields: (t) => ({
    id: t.string({ description: 'The id of a source the graph has (see Source.sourceId).', validate: slug.nullish() }),
    url: t.string({ description: 'The address of the page (http or https).', validate: z.url({ protocol: /^https?$/ }).max(2000).nullish() }),
    title: t.string({ description: 'The title of the page.', validate: z.string().trim().min(1).max(300).nullish() }),
  }),
  validate: z
    .looseObject({ id: z.string().nullish(), url: z.string().nullish(), title: z.string().nullish() })
    .refine((s) => (s.id ? !s.url && !s.title : Boolean(s.url && s.title)), {
      message: 'give either id, or url and title',
    }),
});

/** The id of the cited source, creating a web source where needed; an unknown id is named as `field`. */
export async function ensureSource(tx: Transaction, source: SourceInputValue, field: string): Promise<string> {
  const [found] = await tx.run(cypher('source/ensure'), { id: source.id ?? null, url: source.url ?? null });
  if (found) return found.id as string;
  if (source.id) throw inputError(`${field}.id`, `unknown source "${source.id}".`);
  const newId = `web-${createHash('sha256').update(source.url!).digest('hex').slice(0, 16)}`;
  const [created] = await tx.run(cypher('source/create'), { newId, url: source.url, title: source.title });
  return created!.id as string;
}
