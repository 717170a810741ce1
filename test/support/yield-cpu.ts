import { constants, getPriority, setPriority } from 'node:os';

/**
 * The unit and own-Neo4j tiers run at a lower CPU priority than the graph tier, beside it (npm test): the graph
 * tier is one Neo4j answering one request after another, the longest of the three; the own-Neo4j files wait on
 * timers, restarts and a frozen Neo4j much of their time, and their processes (vitest's workers, the servers and
 * Neo4j JVMs they start) inherit the priority. On two cores, with all three at one priority, the graph tier took
 * 291 s and the others 277 s; with these below it, 202 s and 261 s (docs/issue-15-plan.md). Alone on a machine,
 * a tier runs as fast as before: a priority only orders who waits when both want the CPU.
 */
export default function yieldCpuToTheGraphTier(): void {
  try {
    if (getPriority() < constants.priority.PRIORITY_BELOW_NORMAL) setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not allowed here (some containers): the tiers then share the CPU evenly, only slower.
  }
}
