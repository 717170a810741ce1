import type { GraphQLResolveInfo } from 'graphql';
import type { BenchmarkRow, ResultRow } from '../benchmark/benchmark.rows.js';
import type { LicenceRow } from '../licence/licence.rows.js';
import type { OrganizationRow } from '../organization/organization.rows.js';
import { propertiesRead, rowOf, selectedAt, selectedWhole } from './selection.js';
import type { TierRow } from '../tier/tier.rows.js';
import type { ModelRow } from '../model/model.rows.js';
import type { OfferingRow, PriceRow } from '../offering/offering.rows.js';

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
