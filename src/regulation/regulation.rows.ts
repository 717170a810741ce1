import type { EntityRow } from '../entity/keys.js';

/** How a regulation weighs on one organization, model or licence (by its global key). */
export interface EffectRow {
  targetKey: string;
  effect: 'FAVOURS' | 'BURDENS' | 'RESTRICTS';
  how: string;
}

/** A regulation as cypher/regulation/ returns it, with its effects. */
export interface RegulationRow extends EntityRow {
  name: string;
  jurisdiction: string;
  description: string;
  effects: EffectRow[];
}
