import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * How every node of the graph is named, for the seed, the importer and the API alike: a kind, an id, and
 * the key "<kind>:<id>" stored on each node (:Entity {key}), which also tells its GraphQL type.
 */

/** The kinds of node, with the Neo4j label of each. */
export const KIND_LABELS = {
  source: 'Source',
  organization: 'Organization',
  licence: 'Licence',
  tier: 'Tier',
  model: 'Model',
  snapshot: 'ModelSnapshot',
  domain: 'Domain',
  benchmark: 'Benchmark',
  result: 'BenchmarkResult',
  motive: 'StrategicMotive',
  technique: 'Technique',
  regulation: 'Regulation',
  pattern: 'DeploymentPattern',
  fact: 'Fact',
  claim: 'Claim',
  // From the catalogs (src/catalog/): who serves a model, at what price, under which names.
  provider: 'Provider',
  offering: 'Offering',
  price: 'Price',
  alias: 'Alias',
} as const;
export type Kind = keyof typeof KIND_LABELS;

export const keyOf = (kind: Kind, id: string) => `${kind}:${id}`;

/** What every node row carries: its id and its key. */
export interface EntityRow {
  id: string;
  key: string;
}

/** The id of a node written by people (seed files, mutations): a lower-case slug. */
export const slugId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case slug (letters, digits, dashes)');

/** What makes a benchmark result distinct: the same model, benchmark, setting, reporter, source and table. */
export interface ResultIdentity {
  model: string;
  benchmark: string;
  setting: string;
  reportedBy: string;
  source: string;
  sourceTable: string;
}

/** A stable id for a benchmark result, from what makes it distinct. */
export function resultId(result: ResultIdentity): string {
  const identity = [result.model, result.benchmark, result.setting, result.reportedBy, result.source, result.sourceTable].join('\u0000');
  return `r-${createHash('sha256').update(identity).digest('hex').slice(0, 16)}`;
}
