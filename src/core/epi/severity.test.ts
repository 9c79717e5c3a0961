import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bySeverityDescending, DEFAULT_SEVERITY_WEIGHTS, epidemicSeverityFactors, severityIndex, type SeverityFactorInput } from './severity';

const inputs = { incidence7dPer100k: 100, growth7d: 1, deaths28dPerMillion: 10, hospitalBedsPerThousand: 2.77 };

describe('severityIndex', () => {
  it('is the weighted mean of the scores, with a breakdown that adds up', () => {
    const severity = severityIndex(epidemicSeverityFactors(inputs));
    expect(severity.factors.map((f) => f.key)).toEqual(['incidence', 'growth', 'deaths', 'health-system']);
    expect(severity.renormalised).toBe(false);
    expect(severity.factors.map((f) => f.effectiveWeight)).toEqual([0.3, 0.15, 0.25, 0.3].map((w) => expect.closeTo(w, 12)));
    const expected = 0.3 * 0.6684 + 0.15 * 0.5 + 0.25 * 0.4343 + 0.3 * 0.3826;
    expect(severity.index).toBeCloseTo(expected, 3);
    expect(severity.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(severity.index as number, 12);
    expect(severity.factors[0]).toMatchObject({ key: 'incidence', raw: 100, weight: 0.3, missing: false });
  });

  it('renormalises over the factors present and says which are missing', () => {
    const severity = severityIndex(epidemicSeverityFactors({ ...inputs, hospitalBedsPerThousand: null, growth7d: null }));
    expect(severity.renormalised).toBe(true);
    expect(severity.factors.filter((f) => f.missing).map((f) => f.key)).toEqual(['growth', 'health-system']);
    expect(severity.factors[0].effectiveWeight).toBeCloseTo(0.3 / 0.55, 12);
    expect(severity.factors[1]).toMatchObject({ contribution: 0, effectiveWeight: 0 });
  });

  it('is null when nothing is known, and sorts unknowns last', () => {
    const unknown = severityIndex(epidemicSeverityFactors({ incidence7dPer100k: null, growth7d: null, deaths28dPerMillion: null, hospitalBedsPerThousand: null }));
    expect(unknown.index).toBeNull();
    const list = [{ index: 0.2 }, unknown, { index: 0.9 }].sort(bySeverityDescending);
    expect(list.map((s) => s.index)).toEqual([0.9, 0.2, null]);
  });

  it('takes overridden weights and extra factors (the aid module adds its own)', () => {
    const factors: SeverityFactorInput[] = [
      ...epidemicSeverityFactors(inputs, { 'health-system': 0 }),
      { key: 'shortage', raw: 0.8, scaled: 0.8, weight: 0.5 },
    ];
    const severity = severityIndex(factors);
    expect(severity.factors.find((f) => f.key === 'health-system')?.contribution).toBe(0);
    expect(severity.factors.find((f) => f.key === 'shortage')?.effectiveWeight).toBeCloseTo(0.5 / 1.2, 12);
    expect(DEFAULT_SEVERITY_WEIGHTS['health-system']).toBe(0.3);
  });

  it('refuses negative weights and scores outside 0..1', () => {
    expect(() => severityIndex([{ key: 'x', raw: 1, scaled: 0.5, weight: -1 }])).toThrow(RangeError);
    expect(() => severityIndex([{ key: 'x', raw: 1, scaled: 1.5, weight: 1 }])).toThrow(RangeError);
  });

  it('stays in 0..1 whatever the inputs and weights', () => {
    const maybe = fc.option(fc.double({ min: 0, max: 1e5, noNaN: true }));
    const weight = fc.double({ min: 0, max: 10, noNaN: true });
    fc.assert(
      fc.property(maybe, maybe, maybe, maybe, fc.tuple(weight, weight, weight, weight), (i, g, d, b, [w1, w2, w3, w4]) => {
        const severity = severityIndex(
          epidemicSeverityFactors(
            { incidence7dPer100k: i, growth7d: g, deaths28dPerMillion: d, hospitalBedsPerThousand: b },
            { incidence: w1, growth: w2, deaths: w3, 'health-system': w4 },
          ),
        );
        if (severity.index !== null) {
          expect(severity.index).toBeGreaterThanOrEqual(0);
          expect(severity.index).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
