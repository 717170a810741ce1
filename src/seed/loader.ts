import { refreshEveryResultGroup } from '../benchmark/result-groups.js';
import { decideClaimsByRules, describeChanges, writerOf } from '../claim/rules.js';
import { recordChanges, verdictChanged } from '../landscape-change/changes.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { step, type Logger } from '../logger.js';
import { chunks, groupBy } from '../neo4j/batches.js';
import { cypher } from '../neo4j/cypher.js';
import type { Database } from '../neo4j/database.js';
import { readSeed } from './files.js';
import { planSeed, type PlannedRelationship, type SeedPlan } from './plan.js';

/**
 * Loads seed/ into Neo4j: every file is read and validated, and every reference checked, before the
 * first write; then nodes and relationships are written in batches (UNWIND, one transaction per batch),
 * MERGEd on stable keys so that loading twice changes nothing.
 */
export const defaultSeedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seed');
const BATCH_SIZE = 1000;

export interface SeedSummary {
  nodesCreated: number;
  nodesUpdated: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
  relationshipsRemoved: number;
}

export interface SeedOptions {
  dir?: string;
  /** Empty the whole graph first. */
  reset?: boolean;
  /** A line of progress (a file read, a label written). */
  progress?: (line: string) => void;
}

/** Reads and checks the seed without touching the database; throws a SeedError naming file, record and field. */
export function prepareSeed(dir: string = defaultSeedDir, progress?: (line: string) => void): SeedPlan {
  const data = readSeed(dir, (file, records) => progress?.(`read seed/${file}: ${records} records, valid`));
  return planSeed(data);
}

export async function loadSeed(db: Database, options: SeedOptions = {}): Promise<SeedSummary> {
  const progress = options.progress ?? (() => {});
  const plan = prepareSeed(options.dir ?? defaultSeedDir, progress);

  if (options.reset) progress(`reset: deleted ${await emptyGraph(db)} nodes`);
  return writePlan(db, plan, progress);
}

/** Deletes every node but the graph's version (which counts on), a batch at a time; how many it deleted. */
export async function emptyGraph(db: Database): Promise<number> {
  let deleted = 0;
  for (;;) {
    const [row] = await db.write(cypher('seed/delete-batch'));
    const batch = Number(row?.deleted ?? 0);
    deleted += batch;
    if (batch === 0) return deleted;
  }
}

/**
 * Writes a checked plan: nodes by label, then relationships by type, in batches. The benchmark's synthetic
 * landscapes (bench/synthetic.ts) are written through here too.
 */
export async function writePlan(db: Database, plan: SeedPlan, progress: (line: string) => void = () => {}): Promise<SeedSummary> {
  const summary: SeedSummary = { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0, relationshipsRemoved: 0 };

  for (const [label, nodes] of groupBy(plan.nodes, (n) => n.label)) {
    let created = 0;
    for (const batch of chunks(nodes, BATCH_SIZE)) {
      const { changes } = await db.writeCounted(cypher('seed/merge-nodes'), { rows: batch });
      created += changes.nodesCreated;
    }
    summary.nodesCreated += created;
    summary.nodesUpdated += nodes.length - created;
    progress(`wrote ${nodes.length} ${label} nodes (${created} new)`);
  }
  await db.write(cypher('seed/model-search-text'));

  for (const [type, relationships] of groupBy(plan.relationships, (r) => r.type)) {
    const groups = [...groupBy(relationships, (r) => r.from)].map(([from, rels]: [string, PlannedRelationship[]]) => ({
      from,
      type,
      targets: rels.map((r) => ({ to: r.to, props: r.props })),
    }));
    let created = 0;
    let removed = 0;
    for (const batch of chunks(groups, BATCH_SIZE)) {
      const { changes } = await db.writeCounted(cypher('seed/sync-relationships'), { groups: batch });
      created += changes.relationshipsCreated;
      removed += changes.relationshipsDeleted;
    }
    summary.relationshipsCreated += created;
    summary.relationshipsUpdated += relationships.length - created;
    summary.relationshipsRemoved += removed;
    progress(`wrote ${relationships.length} ${type} relationships (${created} new${removed ? `, ${removed} stale removed` : ''})`);
  }
  // Each model's copies of its licence's SPDX id and category follow its LICENSED_UNDER, written above.
  await db.write(cypher('seed/model-licence-copies'));
  // The kept counts of models by cell (openness, licence, country...) follow the models and relationships above.
  await db.write(cypher('model/tallies-refresh'));
  // Each result's copies of its model's openness and licence follow the model's.
  await db.write(cypher('seed/result-model-copies'));
  // Who ran each result follows from its reporter and the model's developer, both written above.
  await db.write(cypher('seed/result-evaluators'));
  // The groups of comparable results the leaderboard and benchmarkWins rank within follow the results.
  await refreshEveryResultGroup(db);
  // Claims that carry a rule follow the results just written.
  const changes = await decideClaimsByRules(writerOf(db), 'seed');
  if (changes.length > 0) progress(`claims decided by their rules: ${describeChanges(changes)}`);
  await recordChanges(writerOf(db), [
    { kind: 'SEED_LOADED', summary: describeSummary(summary), subjectKeys: [], details: { ...summary } },
    ...changes.map((change) => verdictChanged(change, 'seed')),
  ]);
  return summary;
}

export function describeSummary(s: SeedSummary): string {
  return (
    `seed loaded: ${s.nodesCreated} nodes created, ${s.nodesUpdated} updated; ` +
    `${s.relationshipsCreated} relationships created, ${s.relationshipsUpdated} updated, ${s.relationshipsRemoved} removed`
  );
}

/** `npm start` seeds a database that holds nothing at all; any existing data is left alone. */
export async function seedIfEmpty(db: Database, logger: Logger): Promise<void> {
  const [row] = await db.read(cypher('seed/is-empty'));
  if (!row?.empty) {
    logger.info('graph not empty: seed not loaded (npm run seed reloads it)');
    return;
  }
  // One progress line every few seconds (the step's heartbeat says what was written last), not a line per
  // file and label; each of those is still there at LOG_LEVEL=debug.
  let steps = 0;
  let last: string | undefined;
  const summary = await step(
    logger,
    'seeding the empty graph from seed/',
    () =>
      loadSeed(db, {
        progress: (line) => {
          steps++;
          last = line;
          logger.debug(line);
        },
      }),
    () => (last ? { steps, last } : undefined),
  );
  logger.info(describeSummary(summary));
}
