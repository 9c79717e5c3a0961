import { describe, expect, it } from 'vitest';
import { ruleMissingData } from './rule-missing-data';

const config = { enabled: true, missingDataThreshold: 2700, scoreBias: 300 };

describe('missing-data rule', () => {
  it('scores Ns beyond the bias against the threshold (fixture: 1615 N -> 48.70, mediocre)', () => {
    const r = ruleMissingData(1615, config)!;
    expect(r.score).toBeCloseTo(48.703704, 6);
    expect(r.status).toBe('mediocre');
    expect(r.missingDataThreshold).toBe(3000); // Nextclade reports threshold + bias
  });

  it('is 0 under the bias, and off when disabled', () => {
    expect(ruleMissingData(10, config)!.score).toBe(0);
    expect(ruleMissingData(10, { ...config, enabled: false })).toBeNull();
  });
});
