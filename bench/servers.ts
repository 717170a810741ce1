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
