import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';

/**
 * Serves the graph explorer at /explore and the charts at /explore/charts (src/chart/page/): the pages, their
 * scripts and styles, Cytoscape.js with its fCoSE layout and Vega, Vega-Lite and vega-embed from the installed
 * packages. A fixed list of files, read once; nothing under /explore maps to
 * the file system.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
// fCoSE's UMD build wants its own dependencies as globals: each is resolved from the package that needs it.
const fcose = require.resolve('cytoscape-fcose');
const coseBase = createRequire(fcose).resolve('cose-base');
const layoutBase = createRequire(coseBase).resolve('layout-base');
const script = (file: string) => ({ file, type: 'text/javascript; charset=utf-8' });
// Vega's packages export only their modules: their browser builds sit beside the entry point, in build/.
const browserBuild = (pkg: string, file: string) => path.join(path.dirname(require.resolve(pkg)), file);

const FILES: Record<string, { file: string; type: string }> = {
  '/explore': { file: path.join(here, 'explore', 'index.html'), type: 'text/html; charset=utf-8' },
  '/explore/': { file: path.join(here, 'explore', 'index.html'), type: 'text/html; charset=utf-8' },
  '/explore/explore.js': { file: path.join(here, 'explore', 'explore.js'), type: 'text/javascript; charset=utf-8' },
  '/explore/explore.css': { file: path.join(here, 'explore', 'explore.css'), type: 'text/css; charset=utf-8' },
  '/explore/cytoscape.min.js': script(require.resolve('cytoscape/dist/cytoscape.min.js')),
  '/explore/layout-base.js': script(layoutBase),
  '/explore/cose-base.js': script(coseBase),
  '/explore/cytoscape-fcose.js': script(fcose),
  '/explore/charts': { file: path.join(here, '..', 'chart', 'page', 'index.html'), type: 'text/html; charset=utf-8' },
  '/explore/charts.js': script(path.join(here, '..', 'chart', 'page', 'charts.js')),
  '/explore/charts.css': { file: path.join(here, '..', 'chart', 'page', 'charts.css'), type: 'text/css; charset=utf-8' },
  '/explore/vega.min.js': script(browserBuild('vega', 'vega.min.js')),
  '/explore/vega-lite.min.js': script(browserBuild('vega-lite', 'vega-lite.min.js')),
  '/explore/vega-embed.min.js': script(browserBuild('vega-embed', 'vega-embed.min.js')),
};

export function useExplorePage(): Plugin {
  const contents = new Map(Object.entries(FILES).map(([route, { file, type }]) => [route, { body: readFileSync(file), type }]));
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith('/explore')) return;
      const page = contents.get(url.pathname);
      if (!page || (request.method !== 'GET' && request.method !== 'HEAD')) {
        endResponse(fetchAPI.Response.json({ error: `Nothing at ${url.pathname}: the explorer is at /explore.`, path: url.pathname }, { status: 404 }));
        return;
      }
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : page.body, {
          status: 200,
          headers: { 'content-type': page.type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' },
        }),
      );
    },
  };
}
