// The situation module's forecasts (issue 17, docs/decisions/042): one country's renewal forecast, computed on
// request from the picture of the current data version (a few milliseconds) and kept, and the backtest of every
// country, computed once per data version by a job on the queue (situation.backtest.ts, ADR 063) and read from
// the table it fills. A page never waits for the backtest: until it is stored the forecast says so
// (backtestStatus 'computing').
import {
  BACKTEST_FIRST_ORIGIN,
  BACKTEST_LAST_ORIGIN,
  backtestOriginsFor,
  forecastSeed,
  summariseBacktest,
  type ScoredForecast,
} from '../../../core/epi/forecast/forecast-backtest';
import { HUB_QUANTILE_LEVELS } from '../../../core/epi/forecast/hub-quantiles';
import { renewalForecast, RENEWAL_DEFAULTS } from '../../../core/epi/forecast/renewal-forecast';
import { createRandom } from '../../../core/epi/forecast/seeded-random';
import { weekTotal, type DailyCumulative } from '../../../core/epi/forecast/weekly-totals';
import { dayToIsoDate, isoDateToDay } from '../../../core/epi/iso-day';
import { cumulativeAt } from '../../../core/epi/packed-indicators';
import { serialIntervalWeights } from '../../../core/epi/serial-interval';
import type { CountryBacktestScore, Forecast } from '../../../shared/schemas/situation-forecast';
import type { BacktestReply, BacktestRequest } from '../../workers/forecast/forecast.worker';
import type { CumulativeSeries } from '../../../core/situation/series-columns';
import type { CountryIndicators, SourcePicture } from '../../../core/situation/picture';

const FORECASTS_KEPT = 256;
const OBSERVED_WEEKS_BEFORE = 26;
const weights = serialIntervalWeights();

export const FORECAST_METHOD: Forecast['method'] = {
  name: 'renewal-cori',
  window: RENEWAL_DEFAULTS.window,
  smoothing: RENEWAL_DEFAULTS.smoothing,
  damping: RENEWAL_DEFAULTS.damping,
  drift: RENEWAL_DEFAULTS.drift,
  dispersion: Number.isFinite(RENEWAL_DEFAULTS.dispersion) ? RENEWAL_DEFAULTS.dispersion : null,
  samples: RENEWAL_DEFAULTS.samples,
  minWeeklyCases: RENEWAL_DEFAULTS.minWeeklyCases,
};

/** What the aid module's needs model takes from a forecast (docs/decisions/042). */
export interface CaseForecastForNeeds {
  origin: string;
  /** Mean simulated cases per day over the 4 weeks after the origin. */
  dailyMean: number[];
  /** Per week: the median and the 95% interval of the weekly total. */
  weeks: { weekEnd: string; median: number; lower: number; upper: number }[];
  /** The country's backtest: relative WIS over horizons 1–4 (below 1). */
  relativeWis: number;
}

interface ForecastState {
  daily: Map<string, DailyCumulative>;
  forecasts: Map<string, Forecast>;
  dailyMeans: Map<string, number[]>;
}

/** The stored backtest of the picture's data version, as the forecasts report it. */
export interface BacktestView {
  status: Forecast['backtestStatus'];
  /** Every country's score once ready; null while computing or after a failure. */
  scores: ReadonlyMap<string, CountryBacktestScore> | null;
}

export type RunBacktest = (request: BacktestRequest) => Promise<BacktestReply>;

/** One value per calendar day of a country's cumulative cases, from the packed indicators. */
function dailyOf(picture: SourcePicture, iso3: string): DailyCumulative | null {
  const country = picture.byIso3.get(iso3);
  if (country === undefined) return null;
  const { packed } = country;
  const cumulative = new Float64Array(packed.length);
  for (let i = 0; i < packed.length; i++) cumulative[i] = cumulativeAt(packed, 'cases', i);
  return { firstDay: packed.firstDay, cumulative };
}

/** Every country's cumulative cases as the worker's columns (packed indicators hold one point per day). */
function seriesOf(picture: SourcePicture): CumulativeSeries {
  const countries = [...picture.byIso3.keys()].sort();
  const total = countries.reduce((n, iso3) => n + (picture.byIso3.get(iso3)?.packed.length ?? 0), 0);
  const day = new Int32Array(total);
  const cases = new Float64Array(total);
  const start = new Int32Array(countries.length + 1);
  let at = 0;
  countries.forEach((iso3, k) => {
    start[k] = at;
    const { packed } = picture.byIso3.get(iso3) as CountryIndicators;
    for (let i = 0; i < packed.length; i++, at++) {
      day[at] = packed.firstDay + i;
      cases[at] = cumulativeAt(packed, 'cases', i);
    }
  });
  start[countries.length] = at;
  return { iso3: countries, population: countries.map(() => null), start, day, cases, deaths: new Float64Array(total) };
}

/** A country's score: per horizon, and over horizons 1–4 together, Σ WIS / Σ baseline WIS (ADR 042). */
export function countryScore(scored: readonly ScoredForecast[], origins: readonly number[]): CountryBacktestScore | null {
  if (scored.length === 0) return null;
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  const horizons = summariseBacktest(scored).map((h) => ({ horizon: h.horizon, forecasts: h.forecasts, relativeWis: finite(h.relativeWis), coverage50: finite(h.coverage50), coverage95: finite(h.coverage95) }));
  const wis = scored.reduce((sum, s) => sum + s.wis, 0);
  const baseline = scored.reduce((sum, s) => sum + s.baselineWis, 0);
  const relativeWis = baseline > 0 ? wis / baseline : null;
  return { firstOrigin: dayToIsoDate(origins[0]), lastOrigin: dayToIsoDate(origins[origins.length - 1]), horizons, relativeWis, beatsBaseline: relativeWis !== null && relativeWis < 1 };
}

/**
 * Every country's backtest score on the picture's data (ADR 042): a computation of minutes, run by the backtest
 * job in a worker thread through `run`; countries without a scored forecast are left out.
 */
export async function computeBacktest(picture: SourcePicture, run: RunBacktest): Promise<Map<string, CountryBacktestScore>> {
  const first = picture.firstDate === null ? null : isoDateToDay(picture.firstDate);
  const last = picture.lastDate === null ? null : isoDateToDay(picture.lastDate);
  const origins = first === null || last === null ? [] : backtestOriginsFor(first, last, isoDateToDay(BACKTEST_FIRST_ORIGIN) as number, isoDateToDay(BACKTEST_LAST_ORIGIN) as number);
  const reply = origins.length === 0 ? [] : await run({ series: seriesOf(picture), origins });
  const scores = new Map<string, CountryBacktestScore>();
  for (const country of reply) {
    const score = countryScore(country.scored, origins);
    if (score !== null) scores.set(country.iso3, score);
  }
  return scores;
}

export function createForecasts() {
  const states = new WeakMap<SourcePicture, ForecastState>();
  const stateOf = (picture: SourcePicture): ForecastState => {
    let state = states.get(picture);
    if (state === undefined) {
      state = { daily: new Map(), forecasts: new Map(), dailyMeans: new Map() };
      states.set(picture, state);
    }
    return state;
  };

  function forecast(picture: SourcePicture, iso3: string, origin: string | undefined, stored: BacktestView): Forecast {
    const state = stateOf(picture);
    const backtestFields = () => ({ backtest: stored.scores?.get(iso3) ?? null, backtestStatus: stored.status });
    const key = `${iso3}:${origin ?? 'latest'}`;
    const kept = state.forecasts.get(key);
    if (kept !== undefined) return { ...kept, ...backtestFields() };

    let daily = state.daily.get(iso3) ?? null;
    if (daily === null) {
      daily = dailyOf(picture, iso3);
      if (daily !== null) state.daily.set(iso3, daily);
    }
    const empty = { iso3, horizons: [], method: FORECAST_METHOD, rt: null, observed: [] };
    let lastOutcomeDaily: number[] | null = null;
    let result: Forecast;
    if (daily === null || daily.cumulative.length === 0) {
      result = { ...empty, origin: origin ?? null, reason: 'no-series', ...backtestFields() };
    } else {
      const originDay = origin === undefined ? daily.firstDay + daily.cumulative.length - 1 : (isoDateToDay(origin) as number);
      const outcome = renewalForecast(daily, originDay, weights, createRandom(forecastSeed(iso3, originDay)));
      if (outcome.ok) lastOutcomeDaily = outcome.dailyMean;
      const observed: Forecast['observed'] = [];
      for (let week = -OBSERVED_WEEKS_BEFORE + 1; week <= 4; week++) {
        const value = weekTotal(daily, originDay + 7 * week);
        if (value !== null) observed.push({ weekEnd: dayToIsoDate(originDay + 7 * week), value });
      }
      result = outcome.ok
        ? {
            iso3,
            origin: dayToIsoDate(originDay),
            horizons: outcome.weeks.map((values, h) => ({
              horizon: h + 1,
              weekEnd: dayToIsoDate(originDay + 7 * (h + 1)),
              quantiles: values.map((value, i) => ({ level: HUB_QUANTILE_LEVELS[i], value })),
            })),
            reason: null,
            method: FORECAST_METHOD,
            rt: outcome.r,
            observed,
            ...backtestFields(),
          }
        : { ...empty, origin: dayToIsoDate(originDay), reason: outcome.reason, observed, ...backtestFields() };
    }
    if (state.forecasts.size >= FORECASTS_KEPT) {
      const oldest = state.forecasts.keys().next().value as string;
      state.forecasts.delete(oldest);
      state.dailyMeans.delete(oldest);
    }
    state.forecasts.set(key, result);
    if (lastOutcomeDaily !== null) state.dailyMeans.set(key, lastOutcomeDaily);
    return result;
  }

  /**
   * The latest forecast of a country whose backtest beats the baseline, for the needs model; null when the
   * backtest is not stored yet (its job runs, nobody waits), the country does not beat the baseline, or no
   * forecast can be made now.
   */
  function forNeeds(picture: SourcePicture, iso3: string, stored: BacktestView): CaseForecastForNeeds | null {
    const score = stored.scores?.get(iso3);
    if (score === undefined || !score.beatsBaseline || score.relativeWis === null) return null;
    const result = forecast(picture, iso3, undefined, stored);
    const dailyMean = stateOf(picture).dailyMeans.get(`${iso3}:latest`);
    if (result.horizons.length === 0 || result.origin === null || dailyMean === undefined) return null;
    const value = (h: Forecast['horizons'][number], level: number) => h.quantiles.find((q) => q.level === level)?.value ?? 0;
    return {
      origin: result.origin,
      dailyMean,
      weeks: result.horizons.map((h) => ({ weekEnd: h.weekEnd, median: value(h, 0.5), lower: value(h, 0.025), upper: value(h, 0.975) })),
      relativeWis: score.relativeWis,
    };
  }

  return { forecast, forNeeds };
}
