import { describe, expect, it } from 'vitest';
import { buildFluxNetwork } from './flux-network';
import { importationRisk, prevalenceFromIncidence } from './importation-risk';

describe('prevalenceFromIncidence', () => {
  it('takes the last week’s cases as the infectious, scaled by the infectious period and ascertainment', () => {
    expect(prevalenceFromIncidence(100)).toBeCloseTo(0.001, 15);
    expect(prevalenceFromIncidence(100, { infectiousDays: 14 })).toBeCloseTo(0.002, 15);
    expect(prevalenceFromIncidence(100, { ascertainment: 0.25 })).toBeCloseTo(0.004, 15);
    expect(prevalenceFromIncidence(-5)).toBe(0);
    expect(prevalenceFromIncidence(1e7)).toBe(1);
  });
});

describe('importationRisk', () => {
  // A → B 3 routes, A → C 1, B → C 4, C → A 2: 10 routes in all.
  const network = buildFluxNetwork(['A', 'B', 'C'], [
    { from: 0, to: 1, weight: 3 },
    { from: 0, to: 2, weight: 1 },
    { from: 1, to: 2, weight: 4 },
    { from: 2, to: 0, weight: 2 },
  ]);

  it('sums prevalence × weekly travellers over the origins, highest first', () => {
    const rows = importationRisk(network, [0.01, 0.001, 0], 1000);
    // Travellers per route: 1000 / 10 = 100 a week.
    expect(rows.map((r) => r.node)).toEqual([1, 2, 0]);
    expect(rows[0]).toMatchObject({ node: 1, mainSource: 0, mainSourceShare: 1, travellersPerWeek: 300 });
    expect(rows[0].expectedPerWeek).toBeCloseTo(3, 12);
    expect(rows[1].expectedPerWeek).toBeCloseTo(0.01 * 100 + 0.001 * 400, 12);
    expect(rows[1].mainSource).toBe(0);
    expect(rows[2]).toMatchObject({ node: 0, expectedPerWeek: 0, mainSource: -1, mainSourceShare: 0 });
  });

  it('leaves out origins whose prevalence is unknown (NaN)', () => {
    const rows = importationRisk(network, [NaN, 0.001, 0], 1000);
    const c = rows.find((r) => r.node === 2);
    expect(c?.expectedPerWeek).toBeCloseTo(0.4, 12);
    expect(c?.travellersPerWeek).toBe(400);
  });
});
