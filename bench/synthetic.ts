import neo4j from 'neo4j-driver';
import type { PlannedNode, PlannedRelationship, SeedPlan } from '../src/seed/plan.js';

/**
 * A larger landscape with the real seed's proportions, deterministic from a seed number: copy `i` of
 * every organization, model and benchmark result (keys suffixed "-s<i>"), with its own release date and
 * score drawn around the original's, and the same kinds of relationships. Licences, benchmarks, domains,
 * sources, tiers and motives stay shared, as they would in a bigger real landscape; claims and facts stay
 * as they are. Copies `from` to `to - 1` are returned, so a landscape can grow 1x -> 100x -> 1000x.
 */
const COPIED_KINDS = new Set(['organization', 'model', 'result']);

/** The seed number of the benchmark's landscapes (bench/run.ts, bench/grow.ts): the same graph every time. */
export const BENCH_SEED = 20_261_124;

/** mulberry32: a small, fast, seedable generator, so that every run builds the same graph. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const kindOf = (key: string) => key.slice(0, key.indexOf(':'));
const copyKey = (key: string, copy: number) => (COPIED_KINDS.has(kindOf(key)) ? `${key}-s${copy}` : key);

function copyNode(node: PlannedNode, copy: number, next: () => number): PlannedNode {
  const props: PlannedNode['props'] = { ...node.props, id: `${String(node.props.id)}-s${copy}` };
  if (typeof props.name === 'string') props.name = `${props.name} #${copy}`;
  if (node.label === 'Model' && props.releaseDate && typeof props.releaseDate === 'object' && !Array.isArray(props.releaseDate)) {
    const date = props.releaseDate as { year: number; month: number; day: number };
    const shifted = new Date(Date.UTC(Number(date.year), Number(date.month) - 1, Number(date.day)) + Math.round((next() - 0.5) * 720) * 86_400_000);
    props.releaseDate = new neo4j.types.Date(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
  }
  if (node.label === 'BenchmarkResult' && typeof props.score === 'number') {
    const score = props.score * (0.85 + next() * 0.3);
    props.score = Math.round((props.score <= 100 ? Math.min(score, 100) : score) * 10) / 10;
  }
  return { key: copyKey(node.key, copy), label: node.label, props };
}

export function syntheticCopies(base: SeedPlan, from: number, to: number, seed: number): SeedPlan {
  const nodes: PlannedNode[] = [];
  const relationships: PlannedRelationship[] = [];
  const copied = base.nodes.filter((node) => COPIED_KINDS.has(kindOf(node.key)));
  // Only the relationships that start at a copied node: a claim about a model is not repeated per copy.
  const outgoing = base.relationships.filter((rel) => COPIED_KINDS.has(kindOf(rel.from)));
  for (let copy = from; copy < to; copy++) {
    const next = random(seed * 1_000_003 + copy);
    for (const node of copied) nodes.push(copyNode(node, copy, next));
    for (const rel of outgoing) relationships.push({ ...rel, from: copyKey(rel.from, copy), to: copyKey(rel.to, copy) });
  }
  return { nodes, relationships };
}
