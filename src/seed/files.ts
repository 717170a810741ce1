import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { releaseDate } from '../entity/calendar.js';
import { slugId } from '../entity/keys.js';
import {
  ARCHITECTURES,
  BENCHMARK_METRICS,
  CLAIM_KINDS,
  CLAIM_RULE_QUESTIONS,
  CLAIM_VERDICTS,
  DEPLOYMENT_ROLES,
  MODALITIES,
  MODEL_VARIANTS,
  ORGANIZATION_KINDS,
  REGULATORY_EFFECTS,
  RELEASE_STANCES,
  SOURCE_KINDS,
  TECHNIQUE_KINDS,
} from '../entity/vocabularies.js';
import { LICENCE_CATEGORIES, MODEL_STATUSES, OPENNESS } from '../model/openness.js';

/**
 * The seed files: what each holds, as zod schemas. A file that does not match is rejected with its
 * name, the record (position and id) and the field, before anything is written.
 */
/** A stable id: what seed records and the API's writes both use (src/entity/keys.ts). */
const id = slugId;
const text = z.string().trim().min(1);
const ids = z.array(id).default([]);
const wholeNumber = z.string().regex(/^\d+$/, 'must be a whole number').transform(Number);
/** A CSV cell that may be empty (null), else checked by `schema`. */
const optionalCell = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .trim()
    .transform((cell) => (cell === '' ? null : cell))
    .pipe(schema.nullable());
/** A reference to a node of any kind, written "<kind>:<id>" (model:deepseek-r1, organization:meta). */
const typedRef = z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/, 'must be "<kind>:<id>", e.g. model:deepseek-r1');

export const SourceRecord = z.strictObject({
  id,
  kind: z.enum(SOURCE_KINDS),
  title: text,
  url: z.url().optional(),
  section: z.number().int().positive().optional(),
  document: text.optional(),
  secondary: z.boolean().optional(),
});

export const OrganizationRecord = z.strictObject({
  id,
  name: text,
  legalName: text.optional(),
  kind: z.enum(ORGANIZATION_KINDS),
  country: text,
  businessModel: text,
  parent: id.optional(),
  competesWith: ids,
  source: id,
  notes: text.optional(),
});

const LicenceTerms = z.strictObject({
  commercialUse: z.boolean().optional(),
  researchOnly: z.boolean().optional(),
  mauThreshold: z.number().int().positive().optional(),
  mauMeasuredAt: text.optional(),
  attributionRequired: text.optional(),
  acceptableUsePolicy: z.boolean().optional(),
  useBasedRestrictions: z.boolean().optional(),
  restrictionsFlowDown: z.boolean().optional(),
  euMultimodalCarveOut: z.boolean().optional(),
  distillationAllowed: z.boolean().optional(),
  distillationIsDerivative: z.boolean().optional(),
  hostedServiceIsDistribution: z.boolean().optional(),
  remoteRestrictionReserved: z.boolean().optional(),
  terminationOnIpSuit: z.boolean().optional(),
  patentGrant: z.boolean().optional(),
  weightsReleased: z.boolean().optional(),
  governingLaw: text.optional(),
});

export const LicenceRecord = z.strictObject({
  id,
  name: text,
  spdx: text.optional(),
  category: z.enum(LICENCE_CATEGORIES),
  osiApproved: z.boolean(),
  terms: LicenceTerms,
  description: text,
  incorporates: ids,
  source: id,
});

export const ModelRecord = z.strictObject({
  id,
  name: text,
  organization: id,
  family: text,
  releaseDate: releaseDate.optional(),
  totalParamsB: z.number().positive().optional(),
  activeParamsB: z.number().positive().optional(),
  architecture: z.enum(ARCHITECTURES).optional(),
  contextWindow: z.number().int().positive().optional(),
  modalities: z.array(z.enum(MODALITIES)).min(1),
  status: z.enum(MODEL_STATUSES),
  weightsAvailable: z.boolean(),
  openTrainingData: z.boolean().default(false),
  openTrainingCode: z.boolean().default(false),
  licence: id.optional(),
  codeLicence: id.optional(),
  tier: id.optional(),
  succeeds: id.optional(),
  distilledFrom: ids,
  builtOn: id.optional(),
  strengths: z.array(text).default([]),
  limitations: z.array(text).default([]),
  assessmentSource: id.optional(),
  source: id,
  notes: text.optional(),
});

export const SnapshotRecord = z.strictObject({
  id,
  model: id,
  name: text,
  releaseDate,
  source: id,
  notes: text.optional(),
});

export const DomainRecord = z.strictObject({ id, name: text, description: text });

export const BenchmarkRecord = z.strictObject({
  id,
  name: text,
  description: text,
  domains: z.array(id).min(1),
  metric: z.enum(BENCHMARK_METRICS),
});

export const BenchmarkResultRow = z.strictObject({
  model: id,
  benchmark: id,
  score: z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, 'must be a number')
    .transform(Number),
  setting: z.string().trim(),
  reported_by: text,
  source: id,
  source_table: text,
  notes: z.string().trim(),
  // The evaluation protocol (src/benchmark/comparability.ts), structured; empty cells: the source does not say.
  variant: z.enum(MODEL_VARIANTS),
  shots: optionalCell(wholeNumber),
  chain_of_thought: optionalCell(z.enum(['true', 'false']).transform((value) => value === 'true')),
  sampling: optionalCell(z.string()),
  tools: optionalCell(z.enum(['true', 'false']).transform((value) => value === 'true')),
  max_output_tokens: optionalCell(wholeNumber),
  // How the model was run: not part of the comparison rule, shown beside it.
  reasoning_effort: optionalCell(z.string()),
  snapshot: optionalCell(z.string()),
});

export const TierRecord = z.strictObject({ id, rank: z.number().int().positive(), name: text, description: text, source: id });

export const MotiveRecord = z.strictObject({
  id,
  name: text,
  drives: z.enum(RELEASE_STANCES),
  description: text,
  source: id,
  organizations: z.array(z.strictObject({ organization: id, rationale: text })).min(1),
});

export const TechniqueRecord = z.strictObject({
  id,
  name: text,
  kind: z.enum(TECHNIQUE_KINDS),
  requiresWeights: z.boolean(),
  variantOf: id.optional(),
  description: text,
  enables: z.array(text).min(1),
  exampleModels: ids,
  offeredBy: ids,
  source: id,
});

export const RegulationRecord = z.strictObject({
  id,
  name: text,
  jurisdiction: text,
  description: text,
  source: id,
  affects: z.array(z.strictObject({ target: typedRef, effect: z.enum(REGULATORY_EFFECTS), how: text })),
});

export const DeploymentPatternRecord = z.strictObject({
  id,
  name: text,
  description: text,
  source: id,
  uses: z.array(z.strictObject({ model: id, role: z.enum(DEPLOYMENT_ROLES), workloads: z.array(text).min(1) })),
});

export const FactRecord = z.strictObject({ id, statement: text, source: id, about: z.array(typedRef).min(1) });

/** One side of a claim's rule: models by id, or by openness, or both (a model must match every part given). */
const RuleSide = z
  .strictObject({ models: ids, openness: z.array(z.enum(OPENNESS)).default([]) })
  .refine((side) => side.models.length > 0 || side.openness.length > 0, 'name models or openness categories');

/**
 * The question that decides a comparison claim, as data (src/claim/rules.ts): LEADS says the `claimed`
 * side's best score beats the `other` side's in each group of comparable results on `benchmarks`.
 */
const ClaimRule = z.strictObject({
  question: z.enum(CLAIM_RULE_QUESTIONS),
  benchmarks: z.array(id).min(1),
  claimed: RuleSide,
  other: RuleSide,
});

export const ClaimRecord = z.strictObject({
  id,
  statement: text,
  section: id,
  kind: z.enum(CLAIM_KINDS),
  verdict: z.enum(CLAIM_VERDICTS),
  about: z.array(typedRef).min(1),
  decidedBy: ids,
  rule: ClaimRule.optional(),
  conflict: text.optional(),
  note: text.optional(),
});

/** Every seed file, in load order, with the schema of its records. */
export const SEED_FILES = {
  sources: { file: 'sources.yaml', schema: SourceRecord },
  organizations: { file: 'organizations.yaml', schema: OrganizationRecord },
  licences: { file: 'licences.yaml', schema: LicenceRecord },
  tiers: { file: 'tiers.yaml', schema: TierRecord },
  models: { file: 'models.yaml', schema: ModelRecord },
  snapshots: { file: 'snapshots.yaml', schema: SnapshotRecord },
  domains: { file: 'domains.yaml', schema: DomainRecord },
  benchmarks: { file: 'benchmarks.yaml', schema: BenchmarkRecord },
  benchmarkResults: { file: 'benchmark-results.csv', schema: BenchmarkResultRow },
  motives: { file: 'motives.yaml', schema: MotiveRecord },
  techniques: { file: 'techniques.yaml', schema: TechniqueRecord },
  regulations: { file: 'regulations.yaml', schema: RegulationRecord },
  deploymentPatterns: { file: 'deployment-patterns.yaml', schema: DeploymentPatternRecord },
  facts: { file: 'facts.yaml', schema: FactRecord },
  claims: { file: 'claims.yaml', schema: ClaimRecord },
} as const;

type SeedFiles = typeof SEED_FILES;
export type SeedData = { [K in keyof SeedFiles]: Array<z.output<SeedFiles[K]['schema']>> };

/** A seed file that cannot be loaded: says which file, which record and which field, and why. */
export class SeedError extends Error {
  override name = 'SeedError';
  constructor(
    readonly file: string,
    readonly record: string | undefined,
    readonly field: string | undefined,
    readonly problem: string,
  ) {
    super(`seed/${file}${record ? `, ${record}` : ''}${field ? `, field ${field}` : ''}: ${problem}`);
  }
}

/** How a record is named in errors: its position in the file (its line, for CSV) and its id. */
export function describeRecord(file: string, index: number, raw: unknown): string {
  const record = raw as Record<string, unknown> | null;
  if (file.endsWith('.csv')) {
    // Line 1 is the header.
    const key = record ? `${String(record.model)} on ${String(record.benchmark)}` : '';
    return `line ${index + 2}${key ? ` (${key})` : ''}`;
  }
  const id = record && typeof record === 'object' && 'id' in record ? ` (id ${String(record.id)})` : '';
  return `record ${index + 1}${id}`;
}

function readRecords(dir: string, file: string): unknown[] {
  const full = path.join(dir, file);
  let content: string;
  try {
    content = readFileSync(full, 'utf8');
  } catch (error) {
    throw new SeedError(file, undefined, undefined, `cannot be read (${(error as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = file.endsWith('.csv')
      ? parseCsv(content, { columns: true, skip_empty_lines: true, trim: true })
      : parseYaml(content);
  } catch (error) {
    throw new SeedError(file, undefined, undefined, `is not valid ${file.endsWith('.csv') ? 'CSV' : 'YAML'}: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new SeedError(file, undefined, undefined, 'must be a list of records');
  return parsed;
}

/** Reads and validates every seed file of `dir`; the first problem found is thrown as a SeedError. */
export function readSeed(dir: string, onFile?: (file: string, records: number) => void): SeedData {
  const data: Partial<Record<keyof SeedFiles, unknown[]>> = {};
  for (const [name, { file, schema }] of Object.entries(SEED_FILES) as Array<[keyof SeedFiles, SeedFiles[keyof SeedFiles]]>) {
    const records = readRecords(dir, file).map((raw, index) => {
      const result = (schema as z.ZodType).safeParse(raw);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        const field = issue.path.length > 0 ? issue.path.join('.') : undefined;
        const problem =
          issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message;
        throw new SeedError(file, describeRecord(file, index, raw), field, problem);
      }
      return result.data;
    });
    const seen = new Set<string>();
    records.forEach((record, index) => {
      const recordId = (record as { id?: string }).id;
      if (recordId === undefined) return;
      if (seen.has(recordId)) {
        throw new SeedError(file, describeRecord(file, index, record), 'id', `duplicate id "${recordId}"`);
      }
      seen.add(recordId);
    });
    data[name] = records;
    onFile?.(file, records.length);
  }
  return data as SeedData;
}
