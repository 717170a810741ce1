import type { EntityRow } from '../entity/keys.js';
import type { LICENCE_CATEGORIES } from '../model/openness.js';

/** Licences as cypher/licence/ returns them: below the schema files, which read them. */
export interface LicenceRow extends EntityRow {
  name: string;
  spdx: string | null;
  category: (typeof LICENCE_CATEGORIES)[number];
  osiApproved: boolean;
  description: string;
  commercialUse: boolean | null;
  researchOnly: boolean | null;
  mauThreshold: number | null;
  mauMeasuredAt: string | null;
  attributionRequired: string | null;
  acceptableUsePolicy: boolean | null;
  useBasedRestrictions: boolean | null;
  restrictionsFlowDown: boolean | null;
  euMultimodalCarveOut: boolean | null;
  distillationAllowed: boolean | null;
  distillationIsDerivative: boolean | null;
  patentGrant: boolean | null;
  governingLaw: string | null;
}
