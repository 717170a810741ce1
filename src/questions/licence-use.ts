import type { LicenceRow } from '../licence/licence.rows.js';

/**
 * Whether a licence lets a model be used the way someone intends: the clauses that decide it, each
 * evaluated against the use. One function, so that the question and its tests read the same rule.
 */
export interface IntendedUse {
  commercial: boolean;
  monthlyActiveUsers: number;
  /** The user (a person or a company) is domiciled, or has its principal place of business, in the EU. */
  inEU: boolean;
}

export const LICENCE_CLAUSES = ['RESEARCH_ONLY', 'COMMERCIAL_USE', 'MAU_THRESHOLD', 'EU_MULTIMODAL_CARVE_OUT', 'USE_BASED_RESTRICTIONS'] as const;
export type LicenceClauseKind = (typeof LICENCE_CLAUSES)[number];

export interface Clause {
  kind: LicenceClauseKind;
  /** What the clause says, for this use. */
  says: string;
  /** Whether it stops this use (without a separate licence from the licensor). */
  blocks: boolean;
}

const MULTIMODAL = new Set(['image', 'audio', 'video']);
const count = (n: number) => n.toLocaleString('en-US');

/** The clauses of `licence` that speak to `use` of a model with these input modalities. */
export function clausesFor(licence: LicenceRow, modalities: readonly string[], use: IntendedUse): Clause[] {
  const clauses: Clause[] = [];
  if (licence.researchOnly) {
    clauses.push({ kind: 'RESEARCH_ONLY', says: 'Research and non-commercial use only.', blocks: use.commercial });
  }
  if (licence.commercialUse !== null && licence.commercialUse !== undefined) {
    clauses.push({
      kind: 'COMMERCIAL_USE',
      says: licence.commercialUse ? 'Commercial use is allowed.' : 'Commercial use is not allowed.',
      blocks: use.commercial && !licence.commercialUse,
    });
  }
  if (licence.mauThreshold !== null && licence.mauThreshold !== undefined) {
    const measured = licence.mauMeasuredAt ? ` (counted at the ${licence.mauMeasuredAt})` : '';
    clauses.push({
      kind: 'MAU_THRESHOLD',
      says: `Above ${count(licence.mauThreshold)} monthly active users${measured} a separate licence must be requested from the licensor.`,
      blocks: use.monthlyActiveUsers > licence.mauThreshold,
    });
  }
  if (licence.euMultimodalCarveOut) {
    const multimodal = modalities.some((m) => MULTIMODAL.has(m));
    clauses.push({
      kind: 'EU_MULTIMODAL_CARVE_OUT',
      says: multimodal
        ? 'The rights to multimodal models are not granted to individuals and companies domiciled in the EU (end users of products are exempt); this model is multimodal.'
        : 'The rights to multimodal models are not granted to EU-domiciled individuals and companies; this model is text-only, so it does not apply.',
      blocks: use.inEU && multimodal,
    });
  }
  if (licence.useBasedRestrictions) {
    clauses.push({ kind: 'USE_BASED_RESTRICTIONS', says: 'Some uses are prohibited (its use policy), whatever the scale.', blocks: false });
  }
  return clauses;
}
