import { describe, expect, it } from 'vitest';
import { greatCircleKm } from './great-circle';
import { averageRanks, spearman } from './spearman';

describe('spearman', () => {
  it('gives tied values their mean rank', () => {
    expect(averageRanks([10, 20, 10, 30])).toEqual([1.5, 3, 1.5, 4]);
  });

  it('matches scipy.stats.spearmanr', () => {
    // scipy.stats.spearmanr([1,2,3,4,5], [5,6,7,8,7]) → 0.8207826816681233
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(0.8207826816681233, 12);
    expect(spearman([1, 2, 3], [30, 20, 10])).toBeCloseTo(-1, 12);
  });
});

describe('greatCircleKm', () => {
  it('gives about 344 km from Paris to London and half the circumference between antipodes', () => {
    // Haversine on R = 6371.0088 km: Paris (48.8566, 2.3522) – London (51.5074, −0.1278) ≈ 343.6 km.
    expect(greatCircleKm({ lat: 48.8566, lon: 2.3522 }, { lat: 51.5074, lon: -0.1278 })).toBeCloseTo(343.6, 0);
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 6);
  });
});
