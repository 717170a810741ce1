import type { Plugin } from 'graphql-yoga';

/**
 * Makes successful GraphQL reads over GET cacheable (Cache-Control: public, max-age), so that an
 * embedding's dashboards and a CDN can reuse answers. POSTs, errors and GraphiQL are never marked;
 * yoga itself refuses mutations over GET.
 */
export function useCacheableGets(maxAgeSeconds: number): Plugin {
  const failed = new WeakSet<Request>();
  return {
    // Every result passes here, validation failures included; a batch fails if any of it failed.
    onResultProcess({ request, result }) {
      const results = Array.isArray(result) ? result : [result];
      if (results.some((r) => !(Symbol.asyncIterator in r) && 'errors' in r && r.errors?.length)) failed.add(request);
    },
    onResponse({ request, response }) {
      if (maxAgeSeconds <= 0 || request.method !== 'GET' || response.status !== 200 || failed.has(request)) return;
      if (!/json/.test(response.headers.get('content-type') ?? '')) return;
      if (!new URL(request.url).pathname.endsWith('/graphql')) return;
      response.headers.set('cache-control', `public, max-age=${maxAgeSeconds}`);
    },
  };
}
