import { backtestCountry, type CountryBacktest } from '../../../core/epi/forecast/forecast-backtest';
import { RENEWAL_DEFAULTS, type RenewalOptions } from '../../../core/epi/forecast/renewal-forecast';
import type { DailyCumulative } from '../../../core/epi/forecast/weekly-totals';
import { serialIntervalWeights } from '../../../core/epi/serial-interval';
import { runInWorker, serveInWorker } from '../run-in-worker';
import type { CumulativeSeries } from '../../../core/situation/series-columns';

// The forecast backtest (docs/decisions/042): about 6,000 forecasts with 1,000 simulated paths each, several
// seconds of work, so it runs in worker threads, once per data version, and the bench splits it the same way.

export interface BacktestRequest {
  series: CumulativeSeries;
  origins: number[];
  options?: Partial<RenewalOptions>;
}

export type BacktestReply = ({ iso3: string } & CountryBacktest)[];

/** Country k of packed columns as one value per calendar day (a day the source skipped repeats the last count). */
export function dailyCumulative(series: CumulativeSeries, k: number): DailyCumulative {
  const from = series.start[k];
  const to = series.start[k + 1];
  if (to <= from) return { firstDay: 0, cumulative: new Float64Array(0) };
  const firstDay = series.day[from];
  const cumulative = new Float64Array(series.day[to - 1] - firstDay + 1);
  let filled = 0;
  for (let i = from; i < to; i++) {
    const at = series.day[i] - firstDay;
    if (at < filled) throw new RangeError(`${series.iso3[k]}: dates must be strictly ascending`);
    for (; filled < at; filled++) cumulative[filled] = cumulative[filled - 1] ?? 0;
    cumulative[at] = series.cases[i];
    filled = at + 1;
  }
  return { firstDay, cumulative };
}

/** The backtest of every country in `series`, on whichever thread calls it. */
export function backtestAll(request: BacktestRequest): BacktestReply {
  const weights = serialIntervalWeights();
  const options = { ...RENEWAL_DEFAULTS, ...request.options };
  return request.series.iso3.map((iso3, k) => ({ iso3, ...backtestCountry(iso3, dailyCumulative(request.series, k), request.origins, weights, options) }));
}

export function backtestInWorker(request: BacktestRequest): Promise<BacktestReply> {
  const { series } = request;
  return runInWorker<BacktestRequest, BacktestReply>(import.meta.url, request, { transfer: [series.day.buffer, series.cases.buffer, series.deaths.buffer, series.start.buffer], timeoutMs: 30 * 60_000 });
}

serveInWorker<BacktestRequest, BacktestReply>(import.meta.url, (request) => ({ result: backtestAll(request) }));
