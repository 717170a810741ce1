import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../context.js';

/**
 * A relation that its parent's own query may have brought along (a model list with its results, a model with
 * its offerings: the level costs no trip), and otherwise is loaded: one DataLoader per request and per argument
 * set, so that the parents of one level are one query. Pothos' loadable fields cannot take a value already
 * there, which is why these relations are plain fields that call this.
 */
export function loadedPerArguments<Args, Row>(load: (ctx: Context, ids: readonly string[], args: Args) => Promise<readonly Row[]>) {
  const loaders = createContextCache(() => new Map<string, DataLoader<string, Row>>());
  return (ctx: Context, args: Args): DataLoader<string, Row> => {
    const ofRequest = loaders(ctx);
    const key = JSON.stringify(args);
    let loader = ofRequest.get(key);
    if (!loader) {
      loader = new DataLoader((ids: readonly string[]) => load(ctx, ids, args));
      ofRequest.set(key, loader);
    }
    return loader;
  };
}
