import { readFileSync } from 'node:fs';
import { summariseBacktest, backtestOrigins, type ScoredForecast } from '../src/core/epi/forecast/forecast-backtest';
import { renewalForecast, RENEWAL_DEFAULTS, type RenewalOptions } from '../src/core/epi/forecast/renewal-forecast';
import { createRandom } from '../src/core/epi/forecast/seeded-random';
import { serialIntervalWeights } from '../src/core/epi/serial-interval';
import { dayToIsoDate, isoDateToDay } from '../src/core/epi/iso-day';
import { parseJhu } from '../src/core/situation-import/jhu-parse';
import { backtestInWorker, type BacktestReply } from '../src/server/workers/forecast/forecast.worker';
import { packSeries } from '../src/core/situation/series-columns';
import { JHU_SEED_DIR } from '../src/server/modules/situation/situation.seed';

// Forecast backtest (issue 17, docs/decisions/042): renewal forecasts against the Forecast Hub baseline on the
// shipped JHU series, origins every 4 weeks from the first Saturday of June 2020 to December 2022, every
// country with enough cases. Runs in `workers` worker threads (countries split between them) and prints JSON.
// `npx tsx bench/run.ts forecast`; `FORECAST_OPTIONS='{"damping":0.9}'` overrides the method's settings.

export const FIRST_ORIGIN = '2020-06-06';
export const LAST_ORIGIN = '2022-12-31';

const round = (x: number, digits = 4) => Number(x.toPrecision(digits));

export async function runForecastBench(workers = 2, options: Partial<RenewalOptions> = JSON.parse(process.env.FORECAST_OPTIONS ?? '{}') as Partial<RenewalOptions>) {
  const files = {
    confirmed: readFileSync(new URL('time_series_covid19_confirmed_global.csv', JHU_SEED_DIR), 'utf8'),
    deaths: readFileSync(new URL('time_series_covid19_deaths_global.csv', JHU_SEED_DIR), 'utf8'),
  };
  const parsed = parseJhu(files);
  if (!parsed.ok) throw new Error('the shipped JHU files do not parse');
  const rows = parsed.value.records.map((r) => ({ iso3: r.iso3, date: r.date, cumulative_cases: r.cumulativeCases, cumulative_deaths: r.cumulativeDeaths }));
  const countries = [...new Set(rows.map((r) => r.iso3))];
  const origins = backtestOrigins(isoDateToDay(FIRST_ORIGIN) as number, isoDateToDay(LAST_ORIGIN) as number);
  const started = performance.now();
  // Countries dealt round-robin so that each worker gets a share of the large series.
  const parts = Array.from({ length: workers }, (_, w) => new Set(countries.filter((_, i) => i % workers === w)));
  const replies = await Promise.all(parts.map((part) => backtestInWorker({ series: packSeries(rows.filter((r) => part.has(r.iso3)), () => null), origins, options })));
  const seconds = (performance.now() - started) / 1000;
  const single = singleForecastMs(rows, { ...RENEWAL_DEFAULTS, ...options });
  const results: BacktestReply = replies.flat();
  const scored: ScoredForecast[] = results.flatMap((c) => c.scored);
  const refusals: Record<string, number> = {};
  for (const c of results) for (const r of c.refused) refusals[r.reason] = (refusals[r.reason] ?? 0) + 1;
  const split = (from: string, to: string) => scored.filter((s) => s.origin >= (isoDateToDay(from) as number) && s.origin <= (isoDateToDay(to) as number));
  const figures = (rowsIn: ScoredForecast[]) =>
    summariseBacktest(rowsIn).map((h) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v])));
  return {
    method: { ...RENEWAL_DEFAULTS, ...options },
    origins: { first: dayToIsoDate(origins[0]), last: dayToIsoDate(origins[origins.length - 1]), count: origins.length },
    countries: { inFile: countries.length, forecast: new Set(scored.map((s) => s.iso3)).size },
    refusals,
    seconds: round(seconds),
    workers,
    /** One forecast on the request loop (the route computes it there): USA at its last date, median of 21 runs. */
    singleForecastMs: round(single),
    horizons: figures(scored),
    byPeriod: {
      '2020-06..2021-06': figures(split('2020-06-01', '2021-06-30')),
      '2021-07..2022-12': figures(split('2021-07-01', '2022-12-31')),
    },
  };
}

function singleForecastMs(rows: { iso3: string; date: string; cumulative_cases: number }[], options: RenewalOptions): number {
  const usa = rows.filter((r) => r.iso3 === 'USA');
  const series = { firstDay: isoDateToDay(usa[0].date) as number, cumulative: Float64Array.from(usa, (r) => r.cumulative_cases) };
  const origin = series.firstDay + usa.length - 1;
  const weights = serialIntervalWeights();
  const times: number[] = [];
  for (let run = 0; run < 21; run++) {
    const started = performance.now();
    renewalForecast(series, origin, weights, createRandom(run), options);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[10];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(await runForecastBench(), null, 2)}\n`);
}
