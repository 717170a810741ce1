import type { ChildProcess } from 'node:child_process';

/**
 * Waits until a server the benchmark started answers GraphQL at `url` and, for this server (`ready`, its
 * /ready), until it has warmed its query plans: it answers before that, but the warm-up, running beside the
 * first question's measurement, took the CPU from it (page 2 at 1x measured at 140 req/s as the first question
 * of a run, 1012 as the second).
 */
export async function waitUntilAnswering(url: string, child: ChildProcess, ready?: string): Promise<void> {
  const answers = (probe: string, init?: RequestInit) => fetch(probe, init).then((response) => response.ok, () => false);
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})`);
    const answering = await answers(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    if (answering && (!ready || (await answers(ready)))) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} was not ready within 5 minutes`);
}

/** The code a GraphQL answer's first error names (extensions.code: OVERLOADED, DATABASE_BUSY...), if any. */
export const errorCodeOf = (body: string): string | undefined => /"code":"([A-Z_]+)"/.exec(body)?.[1];

/**
 * The whole mix as autocannon's requests (every question in turn on each connection), each answer counted in
 * `tally`: how many, and the failures by question and code (an error in the body, or a status other than 200).
 */
export function mixRequests(questions: ReadonlyArray<{ name: string; ours: string }>, tally: MixTally = newMixTally()) {
  return questions.map((question) => ({
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: question.ours }),
    onResponse: (status: number, body: string) => {
      tally.answers++;
      if (status !== 200 || body.includes('"errors"')) {
        tally.failures++;
        const code = errorCodeOf(body) ?? `HTTP ${status}`;
        const counts = (tally.failuresByQuestion[question.name] ??= {});
        counts[code] = (counts[code] ?? 0) + 1;
      }
    },
  }));
}

export interface MixTally {
  answers: number;
  failures: number;
  failuresByQuestion: Record<string, Record<string, number>>;
}

export const newMixTally = (): MixTally => ({ answers: 0, failures: 0, failuresByQuestion: {} });
