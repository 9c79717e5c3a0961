import { describe, expect, it } from 'vitest';
import { renewalForecast, RENEWAL_DEFAULTS, type RenewalOptions } from './renewal-forecast';
import { createRandom } from './seeded-random';
import { serialIntervalWeights } from '../serial-interval';

const weights = serialIntervalWeights();
const firstDay = 18_000;

/** Cumulative cases of a daily incidence that follows `daily(t)` from day 0 (rounded to whole cases). */
function cumulativeOf(days: number, daily: (t: number) => number) {
  const cumulative = new Float64Array(days);
  for (let t = 1; t < days; t++) cumulative[t] = cumulative[t - 1] + Math.round(daily(t));
  return { firstDay, cumulative };
}

// The method's mechanics without the tuned damping and noise: R held, Poisson counts.
const plain: RenewalOptions = { ...RENEWAL_DEFAULTS, damping: 1, drift: 0, dispersion: Infinity, smoothing: 1, samples: 4_000 };

describe('renewalForecast', () => {
  it('continues a steady epidemic: R ≈ 1 and weekly totals ≈ 7 × the daily count', () => {
    const series = cumulativeOf(120, () => 1_000);
    const forecast = renewalForecast(series, firstDay + 119, weights, createRandom(1), plain);
    if (!forecast.ok) throw new Error(forecast.reason);
    expect(forecast.r.mean).toBeCloseTo(1, 2);
    for (const week of forecast.weeks) expect(week[11] / 7_000).toBeCloseTo(1, 1);
    expect(forecast.weeks[0][0]).toBeLessThan(forecast.weeks[0][11]);
    expect(forecast.dailyMean).toHaveLength(28);
  });

  it('continues exponential growth at its rate (R = 1 / Σ w_k e^{−rk}, the Euler–Lotka relation)', () => {
    const r = 0.05;
    const series = cumulativeOf(150, (t) => 50 * Math.exp(r * t));
    const origin = firstDay + 149;
    const forecast = renewalForecast(series, origin, weights, createRandom(2), plain);
    if (!forecast.ok) throw new Error(forecast.reason);
    let denominator = 0;
    for (let k = 1; k < weights.length; k++) denominator += weights[k] * Math.exp(-r * k);
    expect(forecast.r.mean / (1 / denominator)).toBeCloseTo(1, 2);
    for (let h = 1; h <= 4; h++) {
      let expected = 0;
      for (let t = 149 + 7 * (h - 1) + 1; t <= 149 + 7 * h; t++) expected += 50 * Math.exp(r * t);
      expect(forecast.weeks[h - 1][11] / expected, `horizon ${h}`).toBeCloseTo(1, 1);
    }
  });

  it('pulls R towards 1 when damped and widens the intervals with drift and overdispersion', () => {
    const series = cumulativeOf(150, (t) => 50 * Math.exp(0.05 * t));
    const origin = firstDay + 149;
    const held = renewalForecast(series, origin, weights, createRandom(3), plain);
    const damped = renewalForecast(series, origin, weights, createRandom(3), { ...plain, damping: 0.8 });
    const noisy = renewalForecast(series, origin, weights, createRandom(3), { ...plain, drift: 0.05, dispersion: 10 });
    if (!held.ok || !damped.ok || !noisy.ok) throw new Error('no forecast');
    expect(damped.weeks[3][11]).toBeLessThan(held.weeks[3][11]);
    const width = (q: number[]) => q[21] / q[1];
    expect(width(noisy.weeks[3])).toBeGreaterThan(width(held.weeks[3]));
  });

  it('reads only the data up to the origin, and repeats itself for a seed', () => {
    const series = cumulativeOf(150, (t) => 300 + 10 * t);
    const changedLater = { firstDay, cumulative: Float64Array.from(series.cumulative, (c, i) => (i > 120 ? c * 3 : c)) };
    const a = renewalForecast(series, firstDay + 120, weights, createRandom(4));
    const b = renewalForecast(changedLater, firstDay + 120, weights, createRandom(4));
    expect(a).toEqual(b);
    expect(a.ok).toBe(true);
  });

  it('gives a reason instead of a forecast when there is not enough to go on', () => {
    const few = cumulativeOf(100, (t) => (t % 7 === 0 ? 1 : 0));
    expect(renewalForecast(few, firstDay + 99, weights, createRandom(5))).toEqual({ ok: false, reason: 'too-few-cases' });
    const steady = cumulativeOf(100, () => 100);
    expect(renewalForecast(steady, firstDay + 100, weights, createRandom(5))).toEqual({ ok: false, reason: 'origin-outside-series' });
    expect(renewalForecast(steady, firstDay - 1, weights, createRandom(5))).toEqual({ ok: false, reason: 'origin-outside-series' });
    expect(renewalForecast(steady, firstDay + 27, weights, createRandom(5))).toEqual({ ok: false, reason: 'too-short' });
    // the first cases ever, all reported on the origin day: no earlier infectivity to estimate R from
    const burst = cumulativeOf(100, (t) => (t === 99 ? 100 : 0));
    expect(renewalForecast(burst, firstDay + 99, weights, createRandom(5), { ...RENEWAL_DEFAULTS, smoothing: 1 })).toEqual({ ok: false, reason: 'no-recent-cases' });
  });
});
