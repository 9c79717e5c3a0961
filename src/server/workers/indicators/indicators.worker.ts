import { computeAll, type ComputedCountry, type CumulativeSeries } from '../../../core/situation/series-columns';
import { runInWorker, serveInWorker } from '../run-in-worker';

// The indicators of every country (about 2 s for the full JHU series, R_t needing two gamma quantiles a day),
// computed in a worker thread. Series go in and indicators come back as typed arrays whose buffers are
// handed over, not copied: a structured clone of the points as objects would cost the request loop as much
// as computing them.

export function computeAllInWorker(series: CumulativeSeries): Promise<ComputedCountry[]> {
  return runInWorker<CumulativeSeries, ComputedCountry[]>(import.meta.url, series, { transfer: [series.day.buffer, series.cases.buffer, series.deaths.buffer, series.start.buffer] });
}

serveInWorker<CumulativeSeries, ComputedCountry[]>(import.meta.url, (series) => {
  const result = computeAll(series);
  return { result, transfer: result.flatMap((c) => [c.packed.values.buffer, c.packed.flags.buffer]) };
});
