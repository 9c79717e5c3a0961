import { describe, expect, it } from 'vitest';
import { QC_DISABLED } from '../parse/qc-config';
import { runQc } from './run-qc';

describe('overall QC', () => {
  it("sums each enabled rule's score squared over 100 (fixture: mixed 80, missing 1.37 -> 64.019)", () => {
    const config = {
      ...QC_DISABLED,
      missingData: { enabled: true, missingDataThreshold: 2700, scoreBias: 300 },
      mixedSites: { enabled: true, mixedSitesThreshold: 10 },
    };
    const qc = runQc({ totalMissing: 337, totalMixedSites: 8, privateMutations: { substitutions: [], deletions: [] }, frameShifts: [], stopCodons: [] }, config);
    expect(qc.overallScore).toBeCloseTo(64.018779, 6);
    expect(qc.overallStatus).toBe('mediocre');
    expect(qc.privateMutations).toBeNull();
  });
});
