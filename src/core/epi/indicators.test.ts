import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJhu } from '../situation-import/jhu-parse';
import { computeIndicators, type CumulativePoint } from './indicators';

const shared = (path: string) => readFileSync(new URL(`../../../../shared/data/${path}`, import.meta.url), 'utf8');
const golden = JSON.parse(readFileSync(new URL('./__golden__/rt-cori.golden.json', import.meta.url), 'utf8')) as {
  series: { iso3: string; incidence: (number | null)[]; rt: ({ mean: number; lower: number; upper: number } | null)[] }[];
};

const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
const series = (cases: number[], deaths: number[] = cases.map(() => 0)): CumulativePoint[] =>
  cases.map((c, i) => ({ date: day(i), cumulativeCases: c, cumulativeDeaths: deaths[i] }));

describe('computeIndicators', () => {
  it('returns exactly the fields of the API point, null where undefined', () => {
    const [first] = computeIndicators(series([3]), 1000);
    expect(first).toEqual({
      date: '2020-01-01', cumulativeCases: 3, cumulativeDeaths: 0, newCases: null, newDeaths: null, newCasesSmoothed: null,
      newDeathsSmoothed: null, incidence7dPer100k: null, growth7d: null, doublingTimeDays: null, rt: null, flags: [],
    });
  });

  it('computes daily, smoothed, incidence, growth and doubling time by their definitions', () => {
    // 1 new case a day for a week, then 2 a day.
    const cumulative = [0];
    for (let i = 1; i <= 14; i++) cumulative.push(cumulative[i - 1] + (i <= 7 ? 1 : 2));
    const points = computeIndicators(series(cumulative), 100_000);
    expect(points[6].newCasesSmoothed).toBeNull();
    expect(points[7]).toMatchObject({ newCases: 1, newCasesSmoothed: 1, growth7d: null });
    expect(points[7].incidence7dPer100k).toBeCloseTo(7, 12);
    expect(points[14]).toMatchObject({ newCases: 2, newCasesSmoothed: 2, growth7d: 2 });
    expect(points[14].incidence7dPer100k).toBeCloseTo(14, 12);
    expect(points[14].doublingTimeDays).toBeCloseTo(7, 12);
  });

  it('keeps negative differences as reported, flags them, and counts them as 0 elsewhere', () => {
    const cumulative = [0, 10, 20, 30, 40, 50, 60, 70, 65];
    const points = computeIndicators(series(cumulative, [0, 1, 1, 1, 1, 1, 1, 2, 1]), null);
    expect(points[8].newCases).toBe(-5);
    expect(points[8].newDeaths).toBe(-1);
    expect(points[8].flags).toEqual(['negative-new-cases', 'negative-new-deaths']);
    expect(points[8].newCasesSmoothed).toBeCloseTo((10 * 6 + 0) / 7, 12);
    expect(points[8].incidence7dPer100k).toBeNull();
  });

  it('fills days missing from the source by carrying the counts forward', () => {
    const points = computeIndicators([
      { date: '2020-03-01', cumulativeCases: 1, cumulativeDeaths: 0 },
      { date: '2020-03-04', cumulativeCases: 7, cumulativeDeaths: 0 },
    ], 1e6);
    expect(points.map((p) => [p.date, p.newCases, p.flags])).toEqual([
      ['2020-03-01', null, []],
      ['2020-03-02', 0, ['carried-forward']],
      ['2020-03-03', 0, ['carried-forward']],
      ['2020-03-04', 6, []],
    ]);
  });

  it('on real JHU series, R_t equals the scipy reference and revisions are flagged', () => {
    const parsed = parseJhu({ confirmed: shared('jhu/time_series_covid19_confirmed_global.csv'), deaths: shared('jhu/time_series_covid19_deaths_global.csv') });
    if (!parsed.ok) throw new Error('JHU files did not parse');
    for (const reference of golden.series) {
      const points = computeIndicators(parsed.value.records.filter((r) => r.iso3 === reference.iso3), 1e6);
      expect(points.length).toBe(reference.rt.length);
      points.forEach((point, t) => {
        expect(point.newCases === null ? null : Math.max(0, point.newCases)).toBe(reference.incidence[t]);
        const expected = reference.rt[t];
        if (expected === null) expect(point.rt).toBeNull();
        else for (const key of ['mean', 'lower', 'upper'] as const) expect(Math.abs(point.rt![key] - expected[key]) / expected[key]).toBeLessThan(1e-9);
      });
      const revisions = points.filter((p) => p.flags.includes('negative-new-cases'));
      revisions.forEach((p) => expect(p.newCases).toBeLessThan(0));
      if (reference.iso3 === 'USA') expect(revisions.length).toBeGreaterThan(0);
    }
  });
});
