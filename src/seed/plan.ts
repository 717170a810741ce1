import { neo4jDate } from '../entity/calendar.js';
import { KIND_LABELS, keyOf, resultId, type Kind } from '../entity/keys.js';
import { comparisonKey, type EvaluationProtocol } from '../benchmark/comparability.js';
import { deriveOpenness } from '../model/openness.js';
import { describeRecord, SEED_FILES, SeedError, type SeedData } from './files.js';

/**
 * The seed as a graph: nodes (label, stable id, properties) and relationships between them, with every
 * reference checked. Nothing here touches the database, so a bad seed is rejected before any write.
 */

export { KIND_LABELS, keyOf, type Kind } from '../entity/keys.js';

type Value = string | number | boolean | string[] | ReturnType<typeof neo4jDate> | null;
export interface PlannedNode {
  key: string;
  label: (typeof KIND_LABELS)[Kind];
  props: Record<string, Value>;
}
export interface PlannedRelationship {
  type: string;
  from: string;
  to: string;
  props: Record<string, Value>;
}
export interface SeedPlan {
  nodes: PlannedNode[];
  relationships: PlannedRelationship[];
}

/** Drops undefined values: Neo4j stores no nulls, and an absent property reads as null anyway. */
function defined(props: Record<string, Value | undefined>): Record<string, Value> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as Record<string, Value>;
}

/** A seed row's result id (src/entity/keys.ts): the API's recordBenchmarkResult finds the same. */
/** A result row's evaluation protocol, as the result's properties, with the comparison key it gives. */
function protocolProperties(r: SeedData['benchmarkResults'][number]): Record<string, Value | undefined> {
  const protocol: EvaluationProtocol = {
    variant: r.variant,
    shots: r.shots,
    chainOfThought: r.chain_of_thought,
    sampling: r.sampling,
    tools: r.tools,
    maxOutputTokens: r.max_output_tokens,
  };
  const key = comparisonKey({ benchmark: r.benchmark, sourceTable: r.source_table, reportedBy: r.reported_by, protocol });
  return { ...Object.fromEntries(Object.entries(protocol).map(([name, value]) => [name, value ?? undefined])), comparisonKey: key };
}

const seedResultId = (row: SeedData['benchmarkResults'][number]) =>
  resultId({ model: row.model, benchmark: row.benchmark, setting: row.setting, reportedBy: row.reported_by, source: row.source, sourceTable: row.source_table });

export function planSeed(data: SeedData): SeedPlan {
  const nodes: PlannedNode[] = [];
  const relationships: PlannedRelationship[] = [];
  const known = new Set<string>();

  const addNode = (kind: Kind, id: string, props: Record<string, Value | undefined>) => {
    const key = keyOf(kind, id);
    known.add(key);
    nodes.push({ key, label: KIND_LABELS[kind], props: defined({ id, ...props }) });
  };
  // References are checked after every node is known; each remembers where it was written.
  const pending: Array<{ rel: PlannedRelationship; file: string; record: string; field: string }> = [];
  const link = (
    where: { file: string; index: number; raw: unknown; field: string },
    type: string,
    from: string,
    to: string,
    props: Record<string, Value | undefined> = {},
  ) => {
    pending.push({
      rel: { type, from, to, props: defined(props) },
      file: where.file,
      record: describeRecord(where.file, where.index, where.raw),
      field: where.field,
    });
  };
  const at = (name: keyof typeof SEED_FILES, index: number, raw: unknown, field: string) => ({
    file: SEED_FILES[name].file,
    index,
    raw,
    field,
  });
  const sourced = (name: keyof typeof SEED_FILES, kind: Kind, id: string, index: number, raw: unknown, source: string) =>
    link(at(name, index, raw, 'source'), 'SOURCED_FROM', keyOf(kind, id), keyOf('source', source));

  data.sources.forEach((s) => addNode('source', s.id, { ...s }));

  data.organizations.forEach((o, i) => {
    addNode('organization', o.id, { name: o.name, legalName: o.legalName, kind: o.kind, country: o.country, businessModel: o.businessModel, notes: o.notes });
    sourced('organizations', 'organization', o.id, i, o, o.source);
    if (o.parent) link(at('organizations', i, o, 'parent'), 'SUBSIDIARY_OF', keyOf('organization', o.id), keyOf('organization', o.parent));
    o.competesWith.forEach((c) =>
      link(at('organizations', i, o, 'competesWith'), 'COMPETES_WITH', keyOf('organization', o.id), keyOf('organization', c)),
    );
  });

  const licenceCategory = new Map<string, SeedData['licences'][number]['category']>();
  data.licences.forEach((l, i) => {
    licenceCategory.set(l.id, l.category);
    addNode('licence', l.id, { name: l.name, spdx: l.spdx, category: l.category, osiApproved: l.osiApproved, description: l.description, ...l.terms });
    sourced('licences', 'licence', l.id, i, l, l.source);
    l.incorporates.forEach((other) =>
      link(at('licences', i, l, 'incorporates'), 'INCORPORATES', keyOf('licence', l.id), keyOf('licence', other)),
    );
  });

  data.tiers.forEach((t, i) => {
    addNode('tier', t.id, { rank: t.rank, name: t.name, description: t.description });
    sourced('tiers', 'tier', t.id, i, t, t.source);
  });

  data.models.forEach((m, i) => {
    const where = (field: string) => at('models', i, m, field);
    if (m.licence && !licenceCategory.has(m.licence)) {
      throw new SeedError(SEED_FILES.models.file, describeRecord(SEED_FILES.models.file, i, m), 'licence', `unknown licence "${m.licence}"`);
    }
    let openness;
    try {
      openness = deriveOpenness({
        status: m.status,
        weightsAvailable: m.weightsAvailable,
        licenceCategory: m.licence ? licenceCategory.get(m.licence) : undefined,
        openTrainingData: m.openTrainingData,
        openTrainingCode: m.openTrainingCode,
      });
    } catch (error) {
      throw new SeedError(SEED_FILES.models.file, describeRecord(SEED_FILES.models.file, i, m), 'licence', (error as Error).message);
    }
    addNode('model', m.id, {
      name: m.name,
      family: m.family,
      releaseDate: m.releaseDate ? neo4jDate(m.releaseDate) : undefined,
      releaseDatePrecision: m.releaseDate ? (m.releaseDate.length === 7 ? 'MONTH' : 'DAY') : undefined,
      totalParamsB: m.totalParamsB,
      activeParamsB: m.activeParamsB,
      architecture: m.architecture,
      contextWindow: m.contextWindow,
      modalities: m.modalities,
      status: m.status,
      weightsAvailable: m.weightsAvailable,
      openTrainingData: m.openTrainingData,
      openTrainingCode: m.openTrainingCode,
      openness,
      strengths: m.strengths,
      limitations: m.limitations,
      notes: m.notes,
    });
    sourced('models', 'model', m.id, i, m, m.source);
    const modelKey = keyOf('model', m.id);
    link(where('organization'), 'DEVELOPS', keyOf('organization', m.organization), modelKey);
    if (m.licence) link(where('licence'), 'LICENSED_UNDER', modelKey, keyOf('licence', m.licence));
    if (m.codeLicence) link(where('codeLicence'), 'CODE_LICENSED_UNDER', modelKey, keyOf('licence', m.codeLicence));
    if (m.tier) link(where('tier'), 'IN_TIER', modelKey, keyOf('tier', m.tier));
    if (m.succeeds) link(where('succeeds'), 'SUCCEEDS', modelKey, keyOf('model', m.succeeds));
    if (m.builtOn) link(where('builtOn'), 'BUILT_ON', modelKey, keyOf('model', m.builtOn));
    m.distilledFrom.forEach((d) => link(where('distilledFrom'), 'DISTILLED_FROM', modelKey, keyOf('model', d)));
    if (m.assessmentSource) link(where('assessmentSource'), 'ASSESSED_IN', modelKey, keyOf('source', m.assessmentSource));
  });

  const snapshotModels = new Map(data.snapshots.map((s) => [s.id, s.model]));
  data.snapshots.forEach((s, i) => {
    addNode('snapshot', s.id, { name: s.name, releaseDate: neo4jDate(s.releaseDate), notes: s.notes });
    link(at('snapshots', i, s, 'model'), 'SNAPSHOT_OF', keyOf('snapshot', s.id), keyOf('model', s.model));
    sourced('snapshots', 'snapshot', s.id, i, s, s.source);
  });

  data.domains.forEach((d) => addNode('domain', d.id, { name: d.name, description: d.description }));

  data.benchmarks.forEach((b, i) => {
    addNode('benchmark', b.id, { name: b.name, description: b.description, metric: b.metric });
    b.domains.forEach((d) => link(at('benchmarks', i, b, 'domains'), 'MEASURES', keyOf('benchmark', b.id), keyOf('domain', d)));
  });

  const resultIds = new Map<string, number>();
  data.benchmarkResults.forEach((r, i) => {
    const id = seedResultId(r);
    const file = SEED_FILES.benchmarkResults.file;
    if (resultIds.has(id)) {
      throw new SeedError(file, describeRecord(file, i, r), undefined, `repeats ${describeRecord(file, resultIds.get(id)!, r)} (same model, benchmark, setting, reporter and source table)`);
    }
    resultIds.set(id, i);
    addNode('result', id, {
      score: r.score,
      setting: r.setting,
      reportedBy: r.reported_by,
      sourceTable: r.source_table,
      notes: r.notes || undefined,
      ...protocolProperties(r),
      reasoningEffort: r.reasoning_effort ?? undefined,
    });
    const key = keyOf('result', id);
    link(at('benchmarkResults', i, r, 'model'), 'HAS_RESULT', keyOf('model', r.model), key);
    link(at('benchmarkResults', i, r, 'benchmark'), 'ON_BENCHMARK', key, keyOf('benchmark', r.benchmark));
    link(at('benchmarkResults', i, r, 'source'), 'REPORTED_IN', key, keyOf('source', r.source));
    if (r.snapshot) {
      // A result runs on a snapshot of its own model: another model's snapshot is a slip of the pen.
      const snapshotOf = snapshotModels.get(r.snapshot);
      if (snapshotOf !== undefined && snapshotOf !== r.model) {
        throw new SeedError(file, describeRecord(file, i, r), 'snapshot', `"${r.snapshot}" is a snapshot of ${snapshotOf}, not of ${r.model}`);
      }
      link(at('benchmarkResults', i, r, 'snapshot'), 'RUN_ON', key, keyOf('snapshot', r.snapshot));
    }
  });

  data.motives.forEach((m, i) => {
    addNode('motive', m.id, { name: m.name, drives: m.drives, description: m.description });
    sourced('motives', 'motive', m.id, i, m, m.source);
    m.organizations.forEach((o) =>
      link(at('motives', i, m, 'organizations.organization'), 'DRIVEN_BY', keyOf('organization', o.organization), keyOf('motive', m.id), {
        rationale: o.rationale,
        source: m.source,
      }),
    );
  });

  data.techniques.forEach((t, i) => {
    addNode('technique', t.id, { name: t.name, kind: t.kind, requiresWeights: t.requiresWeights, description: t.description, enables: t.enables });
    sourced('techniques', 'technique', t.id, i, t, t.source);
    const key = keyOf('technique', t.id);
    if (t.variantOf) link(at('techniques', i, t, 'variantOf'), 'VARIANT_OF', key, keyOf('technique', t.variantOf));
    t.exampleModels.forEach((m) => link(at('techniques', i, t, 'exampleModels'), 'EXAMPLE_MODEL', key, keyOf('model', m)));
    t.offeredBy.forEach((o) => link(at('techniques', i, t, 'offeredBy'), 'OFFERED_BY', key, keyOf('organization', o)));
  });

  data.regulations.forEach((r, i) => {
    addNode('regulation', r.id, { name: r.name, jurisdiction: r.jurisdiction, description: r.description });
    sourced('regulations', 'regulation', r.id, i, r, r.source);
    r.affects.forEach((a) =>
      link(at('regulations', i, r, 'affects.target'), 'AFFECTS', keyOf('regulation', r.id), a.target, { effect: a.effect, how: a.how }),
    );
  });

  data.deploymentPatterns.forEach((p, i) => {
    addNode('pattern', p.id, { name: p.name, description: p.description });
    sourced('deploymentPatterns', 'pattern', p.id, i, p, p.source);
    p.uses.forEach((u) =>
      link(at('deploymentPatterns', i, p, 'uses.model'), 'USES', keyOf('pattern', p.id), keyOf('model', u.model), {
        role: u.role,
        workloads: u.workloads,
      }),
    );
  });

  data.facts.forEach((f, i) => {
    addNode('fact', f.id, { statement: f.statement });
    sourced('facts', 'fact', f.id, i, f, f.source);
    f.about.forEach((ref) => link(at('facts', i, f, 'about'), 'ABOUT', keyOf('fact', f.id), ref));
  });

  const modelIds = new Set(data.models.map((m) => m.id));
  const benchmarkIds = new Set(data.benchmarks.map((b) => b.id));
  /** A claim's rule as the claim's properties (Cypher reads them: cypher/claim/rule-evidence.cypher), its ids checked. */
  const ruleProperties = (c: SeedData['claims'][number], i: number): Record<string, Value | undefined> => {
    if (!c.rule) return {};
    const file = SEED_FILES.claims.file;
    const unknown = (field: string, what: string) => new SeedError(file, describeRecord(file, i, c), field, what);
    for (const b of c.rule.benchmarks) if (!benchmarkIds.has(b)) throw unknown('rule.benchmarks', `unknown benchmark "${b}"`);
    for (const side of ['claimed', 'other'] as const) {
      for (const m of c.rule[side].models) if (!modelIds.has(m)) throw unknown(`rule.${side}.models`, `unknown model "${m}"`);
    }
    return {
      ruleQuestion: c.rule.question,
      ruleBenchmarks: c.rule.benchmarks,
      ruleClaimedModels: c.rule.claimed.models,
      ruleClaimedOpenness: c.rule.claimed.openness,
      ruleOtherModels: c.rule.other.models,
      ruleOtherOpenness: c.rule.other.openness,
    };
  };
  data.claims.forEach((c, i) => {
    const section = data.sources.find((s) => s.id === c.section);
    addNode('claim', c.id, {
      statement: c.statement,
      section: section?.title,
      sectionNumber: section?.section,
      kind: c.kind,
      verdict: c.verdict,
      // A claim with a rule keeps the review's verdict apart: src/claim/rules.ts decides its verdict from the graph.
      reviewVerdict: c.rule ? c.verdict : undefined,
      ...ruleProperties(c, i),
      conflict: c.conflict,
      note: c.note,
    });
    const key = keyOf('claim', c.id);
    link(at('claims', i, c, 'section'), 'FROM_SECTION', key, keyOf('source', c.section));
    c.about.forEach((ref) => link(at('claims', i, c, 'about'), 'ABOUT', key, ref));
    c.decidedBy.forEach((f) => link(at('claims', i, c, 'decidedBy'), 'DECIDED_BY', key, keyOf('fact', f)));
  });

  for (const { rel, file, record, field } of pending) {
    for (const end of [rel.from, rel.to]) {
      if (!known.has(end)) {
        const [kind, id] = end.split(':');
        const what = kind && kind in KIND_LABELS ? `unknown ${kind} "${id}"` : `unknown kind "${kind}" in "${end}"`;
        throw new SeedError(file, record, field, what);
      }
    }
    relationships.push(rel);
  }
  return { nodes, relationships };
}
