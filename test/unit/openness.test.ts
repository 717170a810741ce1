import { describe, expect, it } from 'vitest';
import { deriveOpenness, type OpennessFacts } from '../../src/model/openness.js';

const released: OpennessFacts = {
  status: 'RELEASED',
  weightsAvailable: true,
  licenceCategory: 'PERMISSIVE',
  openTrainingData: false,
  openTrainingCode: false,
};

describe('openness, derived from the facts', () => {
  it('is FULLY_OPEN for permissive weights with open data and code', () => {
    expect(deriveOpenness({ ...released, openTrainingData: true, openTrainingCode: true })).toBe('FULLY_OPEN');
  });
  it('is OPEN_WEIGHTS for permissive weights alone', () => {
    expect(deriveOpenness(released)).toBe('OPEN_WEIGHTS');
    expect(deriveOpenness({ ...released, openTrainingData: true })).toBe('OPEN_WEIGHTS');
  });
  it('is RESTRICTED_OPEN for weights under a restricted licence, whatever else is open', () => {
    expect(deriveOpenness({ ...released, licenceCategory: 'RESTRICTED_OPEN', openTrainingData: true, openTrainingCode: true })).toBe(
      'RESTRICTED_OPEN',
    );
  });
  it('is CLOSED when the weights are not released', () => {
    expect(deriveOpenness({ ...released, weightsAvailable: false, licenceCategory: 'PROPRIETARY' })).toBe('CLOSED');
  });
  it('is null for a model that is not released at all', () => {
    expect(deriveOpenness({ ...released, status: 'ANNOUNCED', weightsAvailable: false })).toBeNull();
    expect(deriveOpenness({ ...released, status: 'UNRELEASED', weightsAvailable: false })).toBeNull();
  });
  it('refuses released weights without a licence, or under proprietary terms', () => {
    expect(() => deriveOpenness({ ...released, licenceCategory: undefined })).toThrow(/no licence/);
    expect(() => deriveOpenness({ ...released, licenceCategory: 'PROPRIETARY' })).toThrow(/proprietary/);
  });
});
