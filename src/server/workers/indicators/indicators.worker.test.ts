import { describe, expect, it } from 'vitest';
import { parseJhu } from '../../../core/situation-import/jhu-parse';
import { unpackIndicators } from '../../../core/epi/packed-indicators';
import { computeAll, packSeries } from '../../../core/situation/series-columns';
import { computeAllInWorker } from './indicators.worker';
import { jhuSample } from '../../modules/situation/situation.test-support';

describe('indicators in a worker thread', () => {
  const parsed = parseJhu(jhuSample(400, ['Kenya', 'Italy', 'New Zealand']));
  if (!parsed.ok) throw new Error('the sample does not parse');
  const rows = parsed.value.records.map((r) => ({ iso3: r.iso3, date: r.date, cumulative_cases: r.cumulativeCases, cumulative_deaths: r.cumulativeDeaths })).sort((a, b) => a.iso3.localeCompare(b.iso3) || a.date.localeCompare(b.date));
  const population = (iso3: string) => ({ KEN: 53_771_300, ITA: 59_037_472, NZL: 5_123_000 })[iso3] ?? null;

  it('gives back, through transferred buffers, what the same computation gives on this thread', async () => {
    const inline = computeAll(packSeries(rows, population));
    const series = packSeries(rows, population);
    const viaWorker = await computeAllInWorker(series);
    expect(series.cases.byteLength).toBe(0); // handed over, not copied
    expect(viaWorker.map((c) => c.iso3)).toEqual(['ITA', 'KEN', 'NZL']);
    viaWorker.forEach((c, k) => expect(unpackIndicators(c.packed)).toEqual(unpackIndicators(inline[k].packed)));
    expect(unpackIndicators(viaWorker[0].packed).some((p) => p.rt !== null)).toBe(true);
  });

  it('reports a failure of the worker as a rejection', async () => {
    const broken = packSeries(rows.slice(0, 3), population);
    broken.day[1] = broken.day[0]; // dates no longer ascending: the core throws
    await expect(computeAllInWorker(broken)).rejects.toThrow(/ascending/);
  });
});
