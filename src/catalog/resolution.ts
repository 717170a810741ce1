import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { slugId } from '../entity/keys.js';
import { likeness, normalName, normalize, type NameRule } from './names.js';

/**
 * Which model of the graph a catalog entry is: deterministic rules a person can audit (the normal form
 * of its provider-side id, then of its display name, then the same without parameter-size words), and
 * seed/catalog-resolution.yaml for what the rules get wrong. No guess: an entry no rule places is left
 * unmatched, with the nearest model and its likeness in the report for a curator to confirm.
 */

export const ResolutionFile = z.strictObject({
  offerings: z
    .array(
      z.strictObject({
        provider: z.string().min(1),
        id: z.string().min(1),
        /** The seed model it is, or null: no model (a rule would place it wrongly). */
        model: slugId.nullable(),
        reason: z.string().min(1),
      }),
    )
    .default([]),
  aliases: z.array(z.strictObject({ model: slugId, names: z.array(z.string().min(1)).min(1), reason: z.string().min(1) })).default([]),
});
export type ResolutionFile = z.infer<typeof ResolutionFile>;

export function readResolutionFile(file: string): ResolutionFile {
  const parsed = ResolutionFile.safeParse(parseYaml(readFileSync(file, 'utf8')) ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  return parsed.data;
}

export interface KnownModel {
  id: string;
  name: string;
  /** What the seed says of what a catalog also gives (absent: not compared). */
  releaseDate?: string | null;
  releaseDatePrecision?: 'DAY' | 'MONTH' | null;
  contextWindow?: number | null;
  weightsAvailable?: boolean | null;
  organizationId?: string | null;
  sourceId?: string | null;
}

export type MatchRule = 'override' | 'provider-id' | 'display-name' | 'parameter-size';

export type Resolution =
  | { model: string; rule: MatchRule; nameRules: NameRule[]; detail: string }
  | { model: null; reason: string; nearest: { model: string; likeness: number } | null; overridden?: true };

/** Words that only say a model's size (17b, 16e, a22b, 0.5b): dropped by the parameter-size rule. */
const SIZE_WORD = /^(a?\d+(?:\.\d+)?[bm]|\d+e)$/;

export class Resolver {
  /** Normal form -> the models known by it (more than one: ambiguous, never used). */
  private readonly byName = new Map<string, Set<string>>();
  private readonly overrides = new Map<string, ResolutionFile['offerings'][number]>();

  constructor(
    readonly models: readonly KnownModel[],
    readonly file: ResolutionFile,
  ) {
    for (const model of models) {
      this.know(model.id, model.id);
      this.know(model.name, model.id);
    }
    for (const alias of file.aliases) for (const name of alias.names) this.know(name, alias.model);
    for (const override of file.offerings) this.overrides.set(`${override.provider}/${override.id}`, override);
  }

  private know(name: string, model: string) {
    const normal = normalize(name);
    const set = this.byName.get(normal) ?? new Set();
    set.add(model);
    this.byName.set(normal, set);
  }

  resolve(provider: string, id: string, displayName: string): Resolution {
    const override = this.overrides.get(`${provider}/${id}`);
    if (override) {
      return override.model
        ? { model: override.model, rule: 'override', nameRules: [], detail: override.reason }
        : { model: null, reason: `seed/catalog-resolution.yaml: ${override.reason}`, nearest: null, overridden: true };
    }
    const byId = normalName(id);
    const ambiguous: string[] = [];
    const tryName = (normal: string) => {
      const models = this.byName.get(normal);
      if (models && models.size > 1) ambiguous.push(`${normal} names ${[...models].join(', ')}`);
      return models?.size === 1 ? [...models][0]! : null;
    };
    const found = tryName(byId.normal);
    if (found) return { model: found, rule: 'provider-id', nameRules: byId.rules, detail: `${id} -> ${byId.normal}` };
    const byName = normalName(displayName);
    const named = tryName(byName.normal);
    if (named) return { model: named, rule: 'display-name', nameRules: byName.rules, detail: `"${displayName}" -> ${byName.normal}` };
    const words = byId.normal.split('-');
    let unsized = words.length;
    while (unsized > 1 && SIZE_WORD.test(words[unsized - 1]!)) unsized--;
    if (unsized < words.length) {
      const sized = tryName(words.slice(0, unsized).join('-'));
      if (sized) return { model: sized, rule: 'parameter-size', nameRules: byId.rules, detail: `${id} -> ${byId.normal} -> ${words.slice(0, unsized).join('-')}` };
    }
    if (ambiguous.length > 0) return { model: null, reason: `ambiguous: ${ambiguous.join('; ')}`, nearest: null };
    return { model: null, reason: `no model is named ${byId.normal}`, nearest: this.nearest(byId.normal) };
  }

  private nearest(normal: string): { model: string; likeness: number } | null {
    let best: { model: string; likeness: number } | null = null;
    for (const [name, models] of this.byName) {
      if (models.size !== 1) continue;
      const score = likeness(normal, name);
      if (!best || score > best.likeness) best = { model: [...models][0]!, likeness: Math.round(score * 100) / 100 };
    }
    return best && best.likeness >= 0.5 ? best : null;
  }
}
