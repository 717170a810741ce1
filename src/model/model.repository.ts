import type { GraphQLResolveInfo } from 'graphql';
import { normalize } from '../catalog/names.js';
import type { Context } from '../context.js';
import { cypher, type Choices, type CypherQuery, type ShapeCounter } from '../neo4j/cypher.js';
import type { BenchmarkRow, ResultRow } from '../benchmark/benchmark.rows.js';
import type { LicenceRow } from '../licence/licence.rows.js';
import type { OrganizationRow } from '../organization/organization.rows.js';
import type { TierRow } from '../tier/tier.rows.js';
import { keysetChoices, keysetParams, propertiesRead, rowOf, selectedAt, selectedWhole, type KeysetPage, type Position, type PositionedPage } from '../one-trip/asked.js';
import { column, grouped, keyed } from '../neo4j/rows.js';
import type { OfferingRow, PriceRow } from '../offering/offering.rows.js';
import type { LineageRow, ModelRow, SnapshotRow } from './model.rows.js';

/**
 * The only code that turns a models question (a ModelFilter, an order, a page, what the request selects)
 * into Cypher and parameters, and its rows into models. The query functions are pure, so that
 * test/unit/assembled-cypher.test.ts can look at every shape without a database; the run functions send them.
 */

/** A ModelFilter as GraphQL gives it: each field set is one condition. */
export type ModelFilterArgument = Readonly<Record<string, unknown>> | null | undefined;

/** A query ready to send: its text and its parameters. */
export interface AssembledQuery {
  query: CypherQuery;
  params: Record<string, unknown>;
}

// ---------------------------------------------------------------- what a request reads of models

/**
 * What a models list (and model(id:)) returns of each model, from the request's selection (cypher/model/picked): the
 * properties each part reads, or null for a part not asked. Results come along only when they are asked
 * without arguments (all of them); with arguments, Model.results loads them.
 */
export interface ModelPick {
  model: string[];
  organization: string[] | null;
  licence: string[] | null;
  codeLicence: string[] | null;
  tier: string[] | null;
  result: string[] | null;
  benchmark: string[] | null;
}

export function modelPick(info: GraphQLResolveInfo, nodePath: readonly string[] = ['edges', 'node']): ModelPick {
  const part = (...path: string[]) => {
    const selected = selectedAt(info, [...nodePath, ...path]);
    return selected ? propertiesRead(info, selected) : null;
  };
  const allResults = selectedWhole(info, [...nodePath, 'results']) !== null;
  return {
    model: part() ?? ['key'],
    organization: part('organization'),
    licence: part('licence'),
    codeLicence: part('codeLicence'),
    tier: part('tier'),
    result: allResults ? part('results') : null,
    benchmark: allResults ? part('results', 'benchmark') : null,
  };
}

/** Only the key: for a model found by name whose id is all that is needed. */
export const KEY_ONLY: ModelPick = { model: ['key'], organization: null, licence: null, codeLicence: null, tier: null, result: null, benchmark: null };

/**
 * What model(id:) brings of its offerings (cypher/model/by-names): the properties the request reads of each
 * offering and of its price today; null when it does not read them, or reads them priced on another day
 * (Model.offerings(asOf:) loads those).
 */
export interface OfferingPick {
  offering: string[];
  price: string[] | null;
}

export function offeringPick(info: GraphQLResolveInfo): OfferingPick | null {
  const offerings = selectedWhole(info, ['offerings']);
  if (offerings === null) return null;
  const price = selectedAt(info, ['offerings', 'price']);
  return { offering: propertiesRead(info, offerings), price: price ? propertiesRead(info, price) : null };
}

/** An offering row from what cypher/model/by-names returned for `pick`: [offering values, price values or null]. */
export function pickedOfferingRow([values, priceValues]: [unknown[], unknown[] | null], pick: OfferingPick): OfferingRow {
  const offering = rowOf<OfferingRow>(pick.offering, values);
  offering.price = pick.price && priceValues ? rowOf<PriceRow>(pick.price, priceValues) : null;
  return offering;
}

/** What cypher/model/picked returns for one model. */
export interface PickedModel {
  model: unknown[];
  organization?: unknown[] | null;
  licence?: unknown[] | null;
  codeLicence?: unknown[] | null;
  tier?: unknown[] | null;
  /** [values, benchmark id, source id, benchmark values, domain ids, result count] per result. */
  results?: Array<[unknown[], string, string | null, unknown[] | null, string[] | null, number | null]> | null;
}

/**
 * A result row from the values of the properties `properties` (a [p IN $properties | r[p]] list) and
 * the ids the query found beside them: what a model list, a leaderboard and the wins all return.
 */
export function pickedResultRow(properties: readonly string[], values: unknown[], modelId: string, benchmarkId: string, sourceId: string | null): ResultRow {
  const result = rowOf<ResultRow>(properties, values);
  result.modelId = modelId;
  result.benchmarkId = benchmarkId;
  result.sourceId = sourceId as string;
  return result;
}

/** A model row from what cypher/model/picked returned for `pick`. */
export function pickedModelRow(picked: PickedModel, pick: ModelPick): ModelRow {
  const model = rowOf<ModelRow>(pick.model, picked.model);
  const neighbour = <T>(properties: string[] | null, values: unknown[] | null | undefined) =>
    properties && values ? rowOf<T>(properties, values) : null;
  model.organization = neighbour<OrganizationRow>(pick.organization, picked.organization);
  model.licence = neighbour<LicenceRow>(pick.licence, picked.licence);
  model.codeLicence = neighbour<LicenceRow>(pick.codeLicence, picked.codeLicence);
  model.tier = neighbour<TierRow>(pick.tier, picked.tier);
  if (pick.result && picked.results) {
    // A page of models repeats the same few benchmarks hundreds of times: one row each.
    const benchmarks = new Map<string, BenchmarkRow>();
    model.results = picked.results.map(([values, benchmarkId, sourceId, benchmarkValues, domainIds, resultCount]) => {
      const result = pickedResultRow(pick.result!, values, model.id, benchmarkId, sourceId);
      let benchmark = benchmarks.get(benchmarkId) ?? null;
      if (!benchmark && pick.benchmark && benchmarkValues) {
        benchmark = rowOf<BenchmarkRow>(pick.benchmark, benchmarkValues);
        benchmark.domainIds = domainIds ?? [];
        benchmark.resultCount = resultCount ?? 0;
        benchmarks.set(benchmarkId, benchmark);
      }
      result.benchmark = benchmark;
      return result;
    });
  }
  return model;
}

/** One pick for the models of several paths (a win's winner and loser): what any of them reads. */
export function mergedPick(picks: ModelPick[]): ModelPick {
  const merge = (part: keyof ModelPick) => {
    const lists = picks.map((pick) => pick[part]).filter((list): list is string[] => list !== null);
    return lists.length === 0 ? null : [...new Set(lists.flat())];
  };
  return {
    model: merge('model')!,
    organization: merge('organization'),
    licence: merge('licence'),
    codeLicence: merge('codeLicence'),
    tier: merge('tier'),
    result: picks.every((pick) => pick.result !== null) ? merge('result') : null,
    benchmark: picks.every((pick) => pick.result !== null) ? merge('benchmark') : null,
  };
}

// ---------------------------------------------------------------- lists

/** The filter as the conditions of cypher/model/where/ read it (modelFilter.<field>): only the fields set. */
export function modelFilterParam(filter: ModelFilterArgument): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter ?? {}).filter(([, value]) => value !== null && value !== undefined));
}

/** The conditions (files of cypher/model/where/, one per ModelFilter field) a filter needs. */
export const modelConditions = (filter: ModelFilterArgument): string[] => Object.keys(modelFilterParam(filter));

/** Whether a filter sets any condition (lists without one take cheaper queries). */
export const hasFilter = (filter: ModelFilterArgument): boolean => modelConditions(filter).length > 0;

/**
 * The choices of the queries that match models by a filter (model/list, questions/model-counts,
 * benchmark-wins' sides, by slot): with a condition on the developer, they match through it
 * (cypher/model/match/developer) and test it directly, so that Neo4j can start from its index; every other
 * condition is one of cypher/model/where/ (the licence's through the model's own copies of it).
 */
export function modelMatchChoices(filter: ModelFilterArgument, slot = ''): Choices {
  const conditions = modelConditions(filter);
  const byDeveloper = conditions.includes('country') || conditions.includes('organization');
  const direct: Record<string, string> = byDeveloper ? { country: 'developerCountry', organization: 'developerOrganization' } : {};
  return {
    [`model/match${slot}`]: [byDeveloper ? 'developer' : 'models'],
    [`model/where${slot}`]: conditions.map((condition) => direct[condition] ?? condition),
  };
}

export interface ModelListArguments {
  where?: ModelFilterArgument;
  orderBy?: string | null;
}

/** The ModelFilter fields whose models are counted by cell (cypher/model/tally-cell, cypher/model/tally-where/). */
const TALLIED = new Set(['openness', 'licenceSpdx', 'licenceCategory', 'status', 'curated', 'country', 'tier']);

/** The orders a list can be walked in, each from an index of its sort value (cypher/model/walk-index/). */
const WALKABLE = new Set(['NAME_ASC', 'NAME_DESC', 'RELEASE_DATE_DESC']);

/**
 * How a filtered list gets its total and its page. The total (cypher/model/count/): from the kept counts when
 * every condition of the filter is on a field they are kept for; else by counting the matches, or not at all
 * when the request does not select it. The page (cypher/model/page/): found from the filter, or, when the
 * total is kept and the order has an index, from the filter or by walking the order, as the total decides.
 */
export function modelPageChoices(filter: ModelFilterArgument, order: string, counted: boolean): Choices {
  const conditions = modelConditions(filter);
  if (conditions.every((condition) => TALLIED.has(condition))) {
    const tallied = { 'model/count': ['tallies'], 'model/tally-where': conditions };
    return WALKABLE.has(order)
      ? { ...tallied, 'model/page': ['filtered-or-walked'], 'model/walk-index': [order], 'model/where#walk': conditions }
      : { ...tallied, 'model/page': ['filtered'] };
  }
  return { 'model/count': [counted ? 'matches' : 'unasked'], 'model/page': ['filtered'] };
}

/**
 * The range of sort values a walked page reads from its index (cypher/model/page/walked): from the cursor's
 * position on, in the list's direction; the walkable orders' values are text, so '' and U+FFFF bound them.
 */
function walkRange(order: string, page: KeysetPage): { low: string; high: string } {
  const after = (page.after?.[0] as string | undefined) ?? null;
  const before = (page.before?.[0] as string | undefined) ?? null;
  const [low, high] = order.endsWith('_DESC') ? [before, after] : [after, before];
  return { low: low ?? '', high: high ?? '\uffff' };
}

/** The list a models cursor belongs to: one per order (a cursor holds a position in that order). */
export const modelList = (orderBy: string | null | undefined): string => `Model:${orderBy ?? 'RELEASE_DATE_DESC'}`;

/**
 * One page of a models list: the total count (when `counted`: the request selects it) and the page's models with
 * what `pick` reads of them.
 */
export function modelPageQuery(args: ModelListArguments, page: KeysetPage, pick: ModelPick, shapes?: ShapeCounter, counted = true): AssembledQuery {
  const order = args.orderBy ?? 'RELEASE_DATE_DESC';
  const choices = { 'model/sort': [order], ...keysetChoices(order.endsWith('_DESC') ? 'DESC' : 'ASC', page.inverted) };
  const query = hasFilter(args.where)
    ? cypher('model/list', { ...modelMatchChoices(args.where), ...modelPageChoices(args.where, order, counted), ...choices }, shapes)
    : cypher('model/list-all', choices, shapes);
  return { query, params: { where: modelFilterParam(args.where), ...keysetParams(page), ...walkRange(order, page), pick } };
}

export async function modelPage(ctx: Context, args: ModelListArguments, page: KeysetPage, pick: ModelPick, counted = true): Promise<PositionedPage<ModelRow>> {
  const { query, params } = modelPageQuery(args, page, pick, ctx.queryShapes, counted);
  const [row] = await ctx.db.read(query, params);
  const models = (row?.models ?? []) as Array<{ at: Position; node: PickedModel }>;
  return { totalCount: row?.totalCount as number, items: models.map(({ at, node }) => ({ at, node: pickedModelRow(node, pick) })) };
}

/**
 * Models by what people call them: an id or any alias (compared by normal form), null where none; with what
 * `pick` reads of each, and their offerings priced today when `offerings` says what to read of them.
 */
export async function modelsByNames(ctx: Pick<Context, 'db'>, names: readonly string[], pick: ModelPick, offerings: OfferingPick | null = null): Promise<Array<ModelRow | null>> {
  const rows = await ctx.db.read(cypher('model/by-names'), { names: names.map((name) => ({ name, normal: normalize(name) })), pick, offeringPick: offerings });
  const byName = new Map(
    rows.map((row) => {
      const model = pickedModelRow(row.model as PickedModel, pick);
      if (offerings) model.offerings = (row.offerings as Array<[unknown[], unknown[] | null]>).map((offering) => pickedOfferingRow(offering, offerings));
      return [row.name as string, model];
    }),
  );
  return names.map((name) => byName.get(name) ?? null);
}

export const modelsByIds = (ctx: Pick<Context, 'db'>, ids: readonly string[]) => column<ModelRow>(ctx, 'model/by-ids', { ids }, 'model');

/** What each model asked succeeds, is distilled from or built on, and what came from it; null where unknown. */
export const lineagesOf = (ctx: Context, ids: readonly string[]) => keyed<LineageRow>(ctx, 'model/lineage-by-ids', ids);

/** The models each organization asked develops, newest first. */
export const modelsOfOrganizations = (ctx: Context, ids: readonly string[]) => grouped<ModelRow>(ctx, 'model/by-organization-ids', ids, 'model');

/** The models whose weights each licence asked covers, newest first. */
export const modelsOfLicences = (ctx: Context, ids: readonly string[]) => grouped<ModelRow>(ctx, 'model/by-licence-ids', ids, 'model');

/** The models the analysis places in each tier asked. */
export const modelsOfTiers = (ctx: Context, ids: readonly string[]) => grouped<ModelRow>(ctx, 'model/by-tier-ids', ids, 'model');

export const snapshotsByIds = (ctx: Context, ids: readonly string[]) => column<SnapshotRow>(ctx, 'model/snapshots-by-ids', { ids }, 'snapshot');

/** The snapshots of each model asked, oldest first. */
export const snapshotsOfModels = (ctx: Context, ids: readonly string[]) => grouped<SnapshotRow>(ctx, 'model/snapshots-of-models', ids, 'snapshot');

/** The snapshot each result asked was run on, where its source says; null where not. */
export const snapshotsOfResults = async (ctx: Context, ids: readonly string[]) =>
  (await grouped<SnapshotRow>(ctx, 'model/snapshots-of-results', ids, 'snapshot')).map((rows) => rows[0] ?? null);

/** The catalog offerings that serve each snapshot asked by its id, priced today, cheapest first. */
export const offeringsOfSnapshots = (ctx: Context, ids: readonly string[]) => grouped<OfferingRow>(ctx, 'model/snapshot-offerings', ids, 'offering');
