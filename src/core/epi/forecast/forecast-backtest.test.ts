import { describe, expect, it } from 'vitest';
import { backtestCountry, backtestOrigins, forecastSeed, summariseBacktest, type ScoredForecast } from './forecast-backtest';
import { RENEWAL_DEFAULTS } from './renewal-forecast';
import { serialIntervalWeights } from '../serial-interval';

const weights = serialIntervalWeights();

const row = (iso3: string, horizon: number, wis: number, baselineWis: number, in50: boolean, in95: boolean): ScoredForecast => ({
  iso3,
  origin: 0,
  horizon,
  observed: 0,
  wis,
  baselineWis,
  in50,
  in95,
  baselineIn50: !in50,
  baselineIn95: true,
});

describe('summariseBacktest', () => {
  it('gives the pooled ratio of WIS sums, the geometric mean of per-country ratios and the coverages, per horizon', () => {
    const rows = [row('AAA', 1, 100, 200, true, true), row('AAA', 1, 100, 200, false, true), row('BBB', 1, 30, 10, false, false), row('AAA', 2, 5, 5, true, true)];
    const [h1, h2] = summariseBacktest(rows, 2);
    expect(h1).toMatchObject({ horizon: 1, forecasts: 3, countries: 2, coverage50: 1 / 3, coverage95: 2 / 3, baselineCoverage50: 2 / 3, baselineCoverage95: 1 });
    expect(h1.relativeWis).toBeCloseTo(230 / 410, 12);
    expect(h1.geometricMeanRatio).toBeCloseTo(Math.sqrt(0.5 * 3), 12);
    expect(h1.meanWis).toBeCloseTo(230 / 3, 12);
    expect(h2.relativeWis).toBe(1);
  });
});

describe('backtestCountry', () => {
  // A year of a wave rising then falling, 200 to ~2,000 cases a day.
  const days = 365;
  const cumulative = new Float64Array(days);
  for (let t = 1; t < days; t++) cumulative[t] = cumulative[t - 1] + Math.round(200 + 1_800 * Math.exp(-(((t - 180) / 60) ** 2)));
  const series = { firstDay: 18_300, cumulative };

  it('scores four horizons at each origin with a known future, and says why it skipped the others', () => {
    const origins = backtestOrigins(18_300 + 100, 18_300 + 360, 28);
    expect(origins).toHaveLength(10);
    const result = backtestCountry('AAA', series, origins, weights, { ...RENEWAL_DEFAULTS, samples: 300 });
    expect(result.scored).toHaveLength(4 * 9);
    expect(result.refused).toEqual([{ origin: 18_300 + 352, reason: 'no-truth-yet' }]);
    for (const s of result.scored) {
      expect(s.observed).toBe(cumulative[s.origin + 7 * s.horizon - 18_300] - cumulative[s.origin + 7 * (s.horizon - 1) - 18_300]);
      expect(s.wis).toBeGreaterThanOrEqual(0);
      expect(s.baselineWis).toBeGreaterThanOrEqual(0);
    }
    // on a smooth wave the renewal model beats a random walk
    const [h1] = summariseBacktest(result.scored);
    expect(h1.relativeWis).toBeLessThan(1);
  });

  it('seeds each forecast by country and origin', () => {
    expect(forecastSeed('KEN', 18_500)).toBe(forecastSeed('KEN', 18_500));
    expect(forecastSeed('KEN', 18_500)).not.toBe(forecastSeed('KEN', 18_528));
    expect(forecastSeed('KEN', 18_500)).not.toBe(forecastSeed('UGA', 18_500));
  });
});
