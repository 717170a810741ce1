import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import { css, editorWorkerService, favicon, graphqlWorker, js, jsonWorker } from '@graphql-yoga/render-graphiql/graphiql';

/**
 * GraphiQL served by this server alone. graphql-yoga's built-in page loads its script, style and editor
 * workers from a public CDN, so behind a firewall it stays "Loading..." forever. The same GraphiQL, built
 * by the yoga team as @graphql-yoga/render-graphiql, is served here from node_modules: a small page, and
 * its assets under a versioned path (cacheable for good, since a new version is a new path), gzipped once
 * on first request for browsers that accept it.
 */
const { version } = createRequire(import.meta.url)('@graphql-yoga/render-graphiql/package.json') as { version: string };

export const GRAPHIQL_ASSETS_PATH = `/graphiql/${version}`;

const ASSETS: Record<string, { body: string; type: string }> = {
  'yoga-graphiql.js': { body: js, type: 'text/javascript; charset=utf-8' },
  'graphiql.css': { body: css, type: 'text/css; charset=utf-8' },
  'editor.worker.js': { body: editorWorkerService, type: 'text/javascript; charset=utf-8' },
  'json.worker.js': { body: jsonWorker, type: 'text/javascript; charset=utf-8' },
  'graphql.worker.js': { body: graphqlWorker, type: 'text/javascript; charset=utf-8' },
};

/** JSON inside a <script>: "</script>" or "<!--" in a string (an example's comment) must not end it. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Yoga's page puts its welcome text in the open tab unless given a `query` (graphql-yoga#3979, fixed in
 * #4578 after 5.21): the first tab's own question is that query, so the page opens on it.
 */
const withFirstTabQuery = (options: GraphiQLOptions) => ({ ...options, query: options.defaultTabs?.[0]?.query ?? options.defaultQuery });

/** The page yoga answers a browser's GET /graphql with: GraphiQL's options, and links to its local assets. */
export function renderLocalGraphiQL(options: GraphiQLOptions = {}): string {
  const assets = GRAPHIQL_ASSETS_PATH;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${escapeHtml(options.favicon ?? favicon)}" />
    <link rel="stylesheet" href="${assets}/graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root"></div>
    <script>
      // Monaco's workers load from this server too (same origin), never from a CDN.
      const workers = {
        editorWorkerService: '${assets}/editor.worker.js',
        json: '${assets}/json.worker.js',
        graphql: '${assets}/graphql.worker.js',
      };
      self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (moduleId, label) => workers[label] };
    </script>
    <script src="${assets}/yoga-graphiql.js"></script>
    <script>
      YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${scriptSafeJson(withFirstTabQuery(options))});
    </script>
  </body>
</html>`;
}

/** Serves GraphiQL's assets (GET and HEAD) under GRAPHIQL_ASSETS_PATH. */
export function useGraphiQLAssets(): Plugin {
  const gzipped = new Map<string, Buffer<ArrayBuffer>>();
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith('/graphiql/')) return;
      const name = url.pathname.startsWith(`${GRAPHIQL_ASSETS_PATH}/`) ? url.pathname.slice(GRAPHIQL_ASSETS_PATH.length + 1) : '';
      const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
      if (!asset || (request.method !== 'GET' && request.method !== 'HEAD')) {
        endResponse(
          fetchAPI.Response.json(
            { error: `No GraphiQL asset at ${url.pathname}; GraphiQL is at /graphql.`, path: url.pathname },
            { status: 404 },
          ),
        );
        return;
      }
      const headers: Record<string, string> = {
        'content-type': asset.type,
        'cache-control': 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
        vary: 'accept-encoding',
      };
      let body: string | Buffer<ArrayBuffer> = asset.body;
      if (/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) {
        let zipped = gzipped.get(name);
        if (!zipped) gzipped.set(name, (zipped = gzipSync(asset.body)));
        body = zipped;
        headers['content-encoding'] = 'gzip';
      }
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
    },
  };
}
