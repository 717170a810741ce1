import type { ResultRow } from '../benchmark/benchmark.rows.js';
import type { EntityRow } from '../entity/keys.js';
import type { LicenceRow } from '../licence/licence.rows.js';
import type { OfferingRow } from '../offering/offering.rows.js';
import type { OrganizationRow } from '../organization/organization.rows.js';
import type { TierRow } from '../tier/tier.rows.js';
import type { ModelStatus, Openness as OpennessValue } from './openness.js';

/** A model as the Cypher of cypher/model/ returns it: below the schema files, which all read it. */
export interface ModelRow extends EntityRow {
  name: string;
  family: string;
  releaseDate: string | null;
  releaseDatePrecision: 'DAY' | 'MONTH' | null;
  totalParamsB: number | null;
  activeParamsB: number | null;
  architecture: 'DENSE' | 'MIXTURE_OF_EXPERTS' | null;
  contextWindow: number | null;
  modalities: string[];
  status: ModelStatus;
  weightsAvailable: boolean;
  openTrainingData: boolean;
  openTrainingCode: boolean;
  openness: OpennessValue | null;
  strengths: string[];
  limitations: string[];
  notes: string | null;
  /** 'seed', 'api' or 'catalog' (made from the model catalogs). */
  origin?: string | null;
  organization: OrganizationRow | null;
  licence: LicenceRow | null;
  codeLicence: LicenceRow | null;
  tier: TierRow | null;
  /** Its results, when a model list was asked for them with the models (cypher/model/picked). */
  results?: ResultRow[] | null;
  /** Its offerings priced today, when model(id:) was asked for them with the model (cypher/model/by-names). */
  offerings?: OfferingRow[] | null;
}

/** The ids of the models a model succeeds, is distilled from or built on, and of those that came from it. */
export interface LineageRow {
  id: string;
  succeeds: string[];
  succeededBy: string[];
  distilledFrom: string[];
  distilledInto: string[];
  builtOn: string[];
}

/**
 * A version of a model with its own id and release date (an API snapshot such as
 * claude-3-5-sonnet-20241022), from seed/snapshots.yaml.
 */
export interface SnapshotRow extends EntityRow {
  name: string;
  releaseDate: string;
  notes: string | null;
  modelId: string;
}
