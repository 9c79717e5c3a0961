import { describe, expect, it } from 'vitest';
import { ruleMixedSites } from './rule-mixed-sites';

describe('mixed-sites rule', () => {
  it('scores 100 * mixed sites / threshold (fixture: 8 of 10 -> 80, mediocre)', () => {
    expect(ruleMixedSites(8, { enabled: true, mixedSitesThreshold: 10 })).toEqual({ score: 80, status: 'mediocre', totalMixedSites: 8, mixedSitesThreshold: 10 });
    expect(ruleMixedSites(8, { enabled: false, mixedSitesThreshold: 10 })).toBeNull();
  });
});
