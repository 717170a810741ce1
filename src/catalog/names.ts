/**
 * How a name of a model is compared: every spelling a person or a provider uses ("GPT-4o", "gpt4o",
 * "Qwen/Qwen2.5-72B-Instruct", "anthropic.claude-3-5-sonnet-20241022-v2:0") is reduced to one normal form,
 * and two names are the same model when their normal forms are equal. Each step is a rule with a name, so
 * that the importer's report can say which rule made a match; nothing here guesses.
 */

/** A rule that rewrote a name on its way to the normal form. */
export type NameRule =
  | 'routing-prefix' // "deepseek-ai/", "accounts/fireworks/models/", "hf:", "meta.": who routes it, not what it is
  | 'variant-suffix' // ":free", ":thinking", "-v1:0", "@20241022": a provider's variant of the same model
  | 'snapshot-date' // "-2024-08-06", "-20241022", "-0528", "-2507": a dated snapshot of the model
  | 'version-suffix' // "-v0.2", "-001": a revision of the same weights
  | 'packaging' // "-instruct", "-it", "-fp8", "-awq", "-turbo", "-latest": how it is served, not which model
  | 'vendor-prefix'; // "open-mistral-7b", "meta-llama-3-…": a vendor's naming prefix

export interface NormalName {
  /** The normal form: lower case, words and numbers joined by "-" (gpt-4o, qwen-2-5-72b). */
  normal: string;
  /** The rules that changed the name, in order. */
  rules: NameRule[];
}

const PACKAGING_WORDS = new Set(['instruct', 'it', 'fp8', 'fp16', 'int8', 'awq', 'turbo', 'latest', 'hf', 'fast']);
/** Provider routing prefixes written with a dot or colon before the model (Bedrock's "meta.", Synthetic's "hf:"). */
const DOTTED_PREFIX = /^(?:(?:us|eu|apac|global|regional)\.)?(?:meta|anthropic|deepseek|mistral|amazon|cohere|ai21|openai|qwen|google|writer)\.(?=[a-z])/;

/** Whether four digits read as a snapshot date: month-day (0528) or year-month (2507). */
function isShortDate(digits: string): boolean {
  const a = Number(digits.slice(0, 2));
  const b = Number(digits.slice(2));
  const monthDay = a >= 1 && a <= 12 && b >= 1 && b <= 31;
  const yearMonth = a >= 23 && a <= 29 && b >= 1 && b <= 12;
  return monthDay || yearMonth;
}

/** Splits a name into words at separators, then where a word of letters runs into digits ("llama3" -> llama 3, not "o1"). */
function words(name: string): string[] {
  return name.split(/[^a-z0-9]+/).filter(Boolean);
}
const splitDigits = (word: string) => word.replace(/^([a-z]{3,})(?=\d)/, '$1-').split('-');

export function normalName(raw: string): NormalName {
  const rules: NameRule[] = [];
  const apply = (rule: NameRule, next: string, current: string) => {
    if (next !== current && !rules.includes(rule)) rules.push(rule);
    return next;
  };
  let name = raw.trim().toLowerCase();
  if (/\s/.test(name)) {
    // A display name ("DeepSeek R1 (0528)", "Deepseek R1 05/28"): words, no routing path.
    name = name.replace(/[\s_()/]+/g, '-').replace(/^-+|-+$/g, '');
  } else {
    // An id. Routing: the last path segment is the model ("accounts/fireworks/models/x", "Qwen/Qwen3-32B").
    name = apply('routing-prefix', name.replace(/^hf:/, '').replace(/^.*\//, '').replace(DOTTED_PREFIX, ''), name);
  }
  // A provider's variants of the same model.
  name = apply('variant-suffix', name.replace(/-v\d+:\d+$/, '').replace(/(?::[a-z0-9]+)+$/, '').replace(/@(\d{8})$/, '-$1'), name);
  // Dated snapshots: ISO dates, compact dates, and four-digit month-day or year-month suffixes.
  name = apply(
    'snapshot-date',
    name
      .replace(/-20\d\d-\d\d-\d\d$/, '')
      .replace(/-20\d{6}$/, '')
      .replace(/-(?:preview-)?(\d\d)-(\d\d)$/, (match, a: string, b: string) => (isShortDate(a + b) ? '' : match))
      .replace(/-(\d{4})(?=$|-(?:instruct|it|fp8|turbo)\b)/, (match, digits: string) => (isShortDate(digits) ? '' : match)),
    name,
  );
  name = apply('version-suffix', name.replace(/-instruct-v\d+(?:\.\d+)+$/, '-instruct').replace(/-0\d\d$/, ''), name);
  // Fireworks writes a version's point as "p" (deepseek-v3p1, glm-4p5).
  name = apply('version-suffix', name.replace(/(\d)p(\d)/g, '$1-$2'), name);
  let parts = words(name);
  const unpackaged = parts.filter((word, i) => !(PACKAGING_WORDS.has(word) && i > 0));
  if (unpackaged.length !== parts.length) rules.push('packaging');
  parts = unpackaged.flatMap(splitDigits);
  // Vendor naming prefixes: Mistral's "open-" for its open models, Meta's "meta-llama".
  if ((parts[0] === 'open' && (parts[1] === 'mistral' || parts[1] === 'mixtral')) || (parts[0] === 'meta' && parts[1] === 'llama')) {
    parts = parts.slice(1);
    rules.push('vendor-prefix');
  }
  return { normal: parts.join('-'), rules };
}

/** The normal form alone. */
export const normalize = (raw: string): string => normalName(raw).normal;

/**
 * How alike two normal forms are, from 0 to 1 (Dice's coefficient over their words): shown in the report
 * beside an unmatched entry as the nearest model, never used to match (names differ by one number:
 * qwen-3-32b and qwen-3-30b are different models).
 */
export function likeness(a: string, b: string): number {
  const left = a.split('-');
  const right = new Set(b.split('-'));
  if (left.length + right.size === 0) return 1;
  const shared = left.filter((word) => right.has(word)).length;
  return (2 * shared) / (left.length + right.size);
}
