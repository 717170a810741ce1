import PQueue from 'p-queue';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Overload is answered, not suffered: at most `concurrent` GraphQL operations run against Neo4j at once
 * (p-queue), at most `queued` wait for a place, each for at most `maxWaitMs`. Past that the answer is a 503
 * with Retry-After and the code OVERLOADED, decided at once, instead of a slow answer or DATABASE_BUSY
 * after seconds. An operation refused never started, so a refused write wrote nothing. Answers from the
 * response cache never reach execution and take no place.
 */
export function useAdmission(options: { concurrent: number; queued: number; maxWaitMs: number }): Plugin {
  if (options.concurrent === 0) return {};
  const queue = new PQueue({ concurrency: options.concurrent });
  const overloaded = (why: string) => ({
    errors: [
      createGraphQLError(`The server is at capacity (${why}): retry in a second.`, {
        extensions: { code: 'OVERLOADED', http: { status: 503, headers: { 'retry-after': '1' } } },
      }),
    ],
  });

  /**
   * A place to run in (its release), or why there is none within maxWaitMs. An operation whose client goes
   * away (`gone`) while it waits leaves the queue at once, making room for the next.
   */
  function place(gone?: AbortSignal): Promise<{ release: () => void } | { refused: string }> {
    if (gone?.aborted) return Promise.resolve({ refused: 'the client went away' });
    if (queue.size >= options.queued) return Promise.resolve({ refused: `${options.queued} operations already wait` });
    const waited = new AbortController();
    const timer = setTimeout(() => waited.abort(), options.maxWaitMs);
    return new Promise((resolve) => {
      queue
        .add(
          () =>
            new Promise<void>((done) => {
              // Started: the wait is over (and no abort can free this place while the operation runs).
              clearTimeout(timer);
              let released = false;
              resolve({
                release: () => {
                  if (!released) (released = true), done();
                },
              });
            }),
          { signal: gone ? AbortSignal.any([waited.signal, gone]) : waited.signal },
        )
        .catch(() => {
          clearTimeout(timer);
          resolve({ refused: gone?.aborted ? 'the client went away' : `no place within ${options.maxWaitMs} ms` });
        });
    });
  }

  // Released when execution is done, or at the latest when the response goes (an execution that threw).
  const heldBy = new WeakMap<Request, () => void>();
  // Where GraphQL requests arrive: yoga's own setting (src/server/yoga.ts), read when it starts.
  let graphqlEndpoint = '/graphql';
  return {
    onYogaInit({ yoga }) {
      graphqlEndpoint = yoga.graphqlEndpoint;
    },
    // A GraphQL request that arrives when the queue is already full is refused before it is read: under several
    // times the load that can be served, parsing, validating and costing requests only to refuse them took the
    // CPU the admitted ones needed. (One that arrives with room is checked again when it is to run, below.)
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (queue.size < options.queued || url.pathname !== graphqlEndpoint) return;
      if (request.method !== 'POST' && !(request.method === 'GET' && url.searchParams.has('query'))) return;
      // The same error, status and Retry-After as a refusal at execution, written as yoga writes an answer.
      const { message, extensions } = overloaded(`${options.queued} operations already wait`).errors[0]!;
      const { http, ...shown } = extensions as { http: { status: number; headers: Record<string, string> } };
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: shown }] }), {
          status: http.status,
          headers: { 'content-type': 'application/graphql-response+json; charset=utf-8', ...http.headers },
        }),
      );
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const request = (args.contextValue as { request?: Request }).request;
      const got = await place(request?.signal);
      if ('refused' in got) {
        setResultAndStopExecution(overloaded(got.refused));
        return;
      }
      if (request) heldBy.set(request, got.release);
      return { onExecuteDone: () => got.release() };
    },
    onResponse({ request }) {
      heldBy.get(request)?.();
    },
  };
}
