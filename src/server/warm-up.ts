import type { Logger } from '../logger.js';
import { exampleQuestions } from '../questions/examples.js';
import type { App } from './yoga.js';

/**
 * Neo4j plans a query the first time it sees it, and clients that hit a cold query at once each wait for
 * planning (seconds for the larger ones on two cores). Asking the example questions and the common lists
 * once each, one after another, right after start fills the plan cache before real traffic does.
 */
const COMMON_QUERIES = [
  '{ models(first: 20) { edges { node { name organization { name } licence { spdx } tier { name } results { score benchmark { name } source { title } } claims { verdict } } } } }',
  '{ benchmark(id: "aime-2025") { results(first: 20) { totalCount edges { node { score model { name } } } } } }',
  '{ leaderboard(benchmark: "gpqa-diamond") { score model { name } } }',
  '{ graph { nodes { id } edges { id } } }',
  '{ claims(first: 20) { edges { node { statement about { id } decidedBy { source { url } } } } } }',
];

/** How far the warm-up has got, for the start's progress line. */
export interface WarmUpProgress {
  done: number;
  total: number;
}

export async function warmQueryPlans(app: App, logger: Logger, progress: WarmUpProgress = { done: 0, total: 0 }): Promise<void> {
  const started = performance.now();
  const documents = [...exampleQuestions().map((example) => example.document), ...COMMON_QUERIES];
  progress.total = documents.length;
  let failed = 0;
  for (const query of documents) {
    const response = await app.fetch('http://warm-up/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    if (((await response.json()) as { errors?: unknown[] }).errors) failed++;
    progress.done++;
  }
  if (failed > 0) logger.warn({ queries: documents.length, failed, ms: Math.round(performance.now() - started) }, 'some warm-up queries failed');
}
