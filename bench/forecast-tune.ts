import { readFileSync } from 'node:fs';
import { backtestOrigins, forecastSeed } from '../src/core/epi/forecast/forecast-backtest';
import { hubBaseline } from '../src/core/epi/forecast/hub-baseline';
import { HUB_QUANTILE_LEVELS } from '../src/core/epi/forecast/hub-quantiles';
import { renewalForecast, RENEWAL_DEFAULTS, type RenewalOptions } from '../src/core/epi/forecast/renewal-forecast';
import { createRandom } from '../src/core/epi/forecast/seeded-random';
import { weightedIntervalScore } from '../src/core/epi/forecast/weighted-interval-score';
import { weekTotal, weeklyTotalsEndingAt, type DailyCumulative } from '../src/core/epi/forecast/weekly-totals';
import { isoDateToDay } from '../src/core/epi/iso-day';
import { serialIntervalWeights } from '../src/core/epi/serial-interval';
import { parseJhu } from '../src/core/situation-import/jhu-parse';
import { runInWorker, serveInWorker } from '../src/server/workers/run-in-worker';
import { JHU_SEED_DIR } from '../src/server/modules/situation/situation.seed';
import { FIRST_ORIGIN, LAST_ORIGIN } from './forecast';

// How the method's settings were chosen (docs/decisions/042): each candidate is scored on the origins of the
// tuning period (June 2020 – June 2021) only, with fewer simulated paths; the chosen one is then reported by
// bench/forecast.ts on every origin, the later period (July 2021 – December 2022) being out of sample.
// `npx tsx bench/forecast-tune.ts '[{"damping":0.9},{"damping":0.8}]'` prints one line of JSON per candidate.

const TUNING_END = isoDateToDay('2021-06-30') as number;

interface Job {
  options: Partial<RenewalOptions>;
}

function loadSeries(): Map<string, DailyCumulative> {
  const files = {
    confirmed: readFileSync(new URL('time_series_covid19_confirmed_global.csv', JHU_SEED_DIR), 'utf8'),
    deaths: readFileSync(new URL('time_series_covid19_deaths_global.csv', JHU_SEED_DIR), 'utf8'),
  };
  const parsed = parseJhu(files);
  if (!parsed.ok) throw new Error('the shipped JHU files do not parse');
  const byIso3 = new Map<string, { firstDay: number; values: number[] }>();
  for (const r of parsed.value.records) {
    const entry = byIso3.get(r.iso3) ?? { firstDay: isoDateToDay(r.date) as number, values: [] };
    entry.values.push(r.cumulativeCases);
    byIso3.set(r.iso3, entry);
  }
  return new Map([...byIso3].map(([iso3, e]) => [iso3, { firstDay: e.firstDay, cumulative: Float64Array.from(e.values) }]));
}

const origins = backtestOrigins(isoDateToDay(FIRST_ORIGIN) as number, isoDateToDay(LAST_ORIGIN) as number).filter((o) => o <= TUNING_END);

/** Per horizon: Σ WIS and Σ baseline WIS, and the per-country sums, over the tuning origins. */
function evaluate(job: Job) {
  const series = loadSeries();
  const weights = serialIntervalWeights();
  const options = { ...RENEWAL_DEFAULTS, samples: 400, ...job.options };
  const sums = Array.from({ length: 4 }, () => ({ wis: 0, base: 0, n: 0, in50: 0, in95: 0, logRatio: 0, countries: 0 }));
  const perCountry = new Map<string, { wis: number[]; base: number[] }>();
  for (const [iso3, s] of series) {
    for (const origin of origins) {
      const truth = [1, 2, 3, 4].map((h) => weekTotal(s, origin + 7 * h));
      if (truth.some((t) => t === null)) continue;
      const forecast = renewalForecast(s, origin, weights, createRandom(forecastSeed(iso3, origin)), options);
      if (!forecast.ok) continue;
      const baseline = hubBaseline(weeklyTotalsEndingAt(s, origin), createRandom(forecastSeed(`${iso3}:baseline`, origin)), { horizons: 4, samples: 2_000 });
      if (baseline === null) continue;
      const c = perCountry.get(iso3) ?? { wis: [0, 0, 0, 0], base: [0, 0, 0, 0] };
      truth.forEach((y, h) => {
        const ours = forecast.weeks[h];
        const w = weightedIntervalScore(HUB_QUANTILE_LEVELS, ours, y as number).wis;
        const b = weightedIntervalScore(HUB_QUANTILE_LEVELS, baseline[h], y as number).wis;
        sums[h].wis += w;
        sums[h].base += b;
        sums[h].n++;
        if ((y as number) >= ours[6] && (y as number) <= ours[16]) sums[h].in50++;
        if ((y as number) >= ours[1] && (y as number) <= ours[21]) sums[h].in95++;
        c.wis[h] += w;
        c.base[h] += b;
      });
      perCountry.set(iso3, c);
    }
  }
  for (const c of perCountry.values())
    for (let h = 0; h < 4; h++)
      if (c.wis[h] > 0 && c.base[h] > 0) {
        sums[h].logRatio += Math.log(c.wis[h] / c.base[h]);
        sums[h].countries++;
      }
  return {
    options: job.options,
    relativeWis: sums.map((s) => Number((s.wis / s.base).toFixed(3))),
    geometricMean: sums.map((s) => Number(Math.exp(s.logRatio / s.countries).toFixed(3))),
    coverage50: sums.map((s) => Number((s.in50 / s.n).toFixed(3))),
    coverage95: sums.map((s) => Number((s.in95 / s.n).toFixed(3))),
    forecasts: sums[0].n,
  };
}

serveInWorker<Job, ReturnType<typeof evaluate>>(import.meta.url, (job) => ({ result: evaluate(job) }));

if (import.meta.url === `file://${process.argv[1]}`) {
  const jobs = (JSON.parse(process.argv[2] ?? '[{}]') as Partial<RenewalOptions>[]).map((options) => ({ options }));
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const result = await runInWorker<Job, ReturnType<typeof evaluate>>(import.meta.url, job, { timeoutMs: 3_600_000 });
      process.stdout.write(`${JSON.stringify(result)}\n`);
    }
  };
  await Promise.all([lane(), lane()]);
}
