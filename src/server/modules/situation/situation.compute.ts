// The situation module's computed picture of one source: every country's indicator series (computed once per
// data version with the epi core) and, from it, the overview of any date and the world totals. Pure given its
// inputs; the service owns caching and invalidation.
import { computeIndicators, type CumulativePoint, type IndicatorPoint } from '../../../core/epi/indicators';
import { dayToIsoDate, isoDateToDay } from '../../../core/epi/iso-day';
import { bySeverityDescending, epidemicSeverityFactors, severityIndex } from '../../../core/epi/severity';
import { severityInputs } from '../../../core/epi/severity-inputs';
import type { Overview, OverviewRow, SeriesPoint, SeriesSource, SeverityWeights } from '../../../shared/schemas/situation';

export interface CountryFacts {
  iso3: string;
  isoNumeric: string | null;
  nameEn: string;
  nameZh: string;
  population: number | null;
  hospitalBedsPerThousand: number | null;
}

export interface CountryIndicators {
  facts: CountryFacts;
  points: IndicatorPoint[];
  /** Day number (iso-day.ts) of points[0]; points are one per calendar day. */
  firstDay: number;
}

export interface SourcePicture {
  source: SeriesSource | null;
  byIso3: Map<string, CountryIndicators>;
  firstDate: string | null;
  lastDate: string | null;
}

export interface StoredRow {
  iso3: string;
  date: string;
  cumulative_cases: number;
  cumulative_deaths: number;
}

const unknownCountry = (iso3: string): CountryFacts => ({ iso3, isoNumeric: null, nameEn: iso3, nameZh: iso3, population: null, hospitalBedsPerThousand: null });

/**
 * Indicators of every country in `rows` (ordered by iso3, then date). About 2 s for the full JHU series, so it
 * yields to the event loop after each country (`pause`): requests keep being served while it runs.
 */
export async function computePicture(
  source: SeriesSource | null,
  rows: readonly StoredRow[],
  facts: ReadonlyMap<string, CountryFacts>,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<SourcePicture> {
  const byIso3 = new Map<string, CountryIndicators>();
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  let start = 0;
  while (start < rows.length) {
    const iso3 = rows[start].iso3;
    let end = start;
    const series: CumulativePoint[] = [];
    while (end < rows.length && rows[end].iso3 === iso3) {
      const r = rows[end++];
      series.push({ date: r.date, cumulativeCases: Number(r.cumulative_cases), cumulativeDeaths: Number(r.cumulative_deaths) });
    }
    start = end;
    const country = facts.get(iso3) ?? unknownCountry(iso3);
    await pause();
    const points = computeIndicators(series, country.population);
    if (points.length === 0) continue;
    byIso3.set(iso3, { facts: country, points, firstDay: isoDateToDay(points[0].date) as number });
    if (firstDate === null || points[0].date < firstDate) firstDate = points[0].date;
    const last = points[points.length - 1].date;
    if (lastDate === null || last > lastDate) lastDate = last;
  }
  return { source, byIso3, firstDate, lastDate };
}

/** The API's point: the core's point with every value JSON can carry. */
export function toSeriesPoint(p: IndicatorPoint): SeriesPoint {
  return {
    date: p.date,
    cumulativeCases: p.cumulativeCases,
    cumulativeDeaths: p.cumulativeDeaths,
    newCases: p.newCases,
    newDeaths: p.newDeaths,
    newCasesSmoothed: p.newCasesSmoothed,
    newDeathsSmoothed: p.newDeathsSmoothed,
    incidence7dPer100k: finiteOrNull(p.incidence7dPer100k),
    growth7d: finiteOrNull(p.growth7d),
    doublingTimeDays: finiteOrNull(p.doublingTimeDays),
    rt: p.rt,
    flags: p.flags,
  };
}

const finiteOrNull = (x: number | null): number | null => (x === null || !Number.isFinite(x) ? null : x);

/** Every country's indicators and severity on `date` (default: the latest date), most severe first. */
export function buildOverview(picture: SourcePicture, weights: SeverityWeights, date: string | undefined): Overview {
  const shown = date ?? picture.lastDate;
  const day = shown === null ? null : isoDateToDay(shown);
  const countries: OverviewRow[] = [];
  if (day !== null) {
    for (const { facts, points, firstDay } of picture.byIso3.values()) {
      const at = day - firstDay;
      const point = points[at];
      if (at < 0 || point === undefined) continue;
      const inputs = severityInputs(points, facts.population, facts.hospitalBedsPerThousand, at);
      const severity = severityIndex(epidemicSeverityFactors(inputs, weights));
      countries.push({
        iso3: facts.iso3,
        isoNumeric: facts.isoNumeric,
        name: facts.nameEn,
        nameZh: facts.nameZh,
        population: facts.population,
        hospitalBedsPerThousand: facts.hospitalBedsPerThousand,
        cumulativeCases: point.cumulativeCases,
        cumulativeDeaths: point.cumulativeDeaths,
        newCasesSmoothed: point.newCasesSmoothed,
        newDeathsSmoothed: point.newDeathsSmoothed,
        incidence7dPer100k: finiteOrNull(point.incidence7dPer100k),
        growth7d: finiteOrNull(point.growth7d),
        doublingTimeDays: finiteOrNull(point.doublingTimeDays),
        rt: point.rt,
        deaths28dPerMillion: finiteOrNull(inputs.deaths28dPerMillion),
        severity: { index: severity.index, renormalised: severity.renormalised, factors: severity.factors.map((f) => ({ ...f, raw: finiteOrNull(f.raw) })) },
      });
    }
  }
  countries.sort((a, b) => bySeverityDescending(a.severity, b.severity) || a.iso3.localeCompare(b.iso3));
  return { date: shown, firstDate: picture.firstDate, lastDate: picture.lastDate, source: picture.source, countries };
}

/**
 * World totals: per date, the sum over countries of their cumulative counts (a country's last report is
 * carried forward after its series ends), and the indicators of that sum.
 */
export function worldSeries(picture: SourcePicture): { population: number; countries: number; points: IndicatorPoint[] } {
  const first = picture.firstDate === null ? null : isoDateToDay(picture.firstDate);
  const last = picture.lastDate === null ? null : isoDateToDay(picture.lastDate);
  if (first === null || last === null) return { population: 0, countries: 0, points: [] };
  const days = last - first + 1;
  const cases = new Float64Array(days);
  const deaths = new Float64Array(days);
  let population = 0;
  for (const { facts, points, firstDay } of picture.byIso3.values()) {
    population += facts.population ?? 0;
    const offset = firstDay - first;
    const final = points[points.length - 1];
    for (let d = Math.max(0, offset); d < days; d++) {
      const p = points[d - offset] ?? final;
      cases[d] += p.cumulativeCases;
      deaths[d] += p.cumulativeDeaths;
    }
  }
  const series: CumulativePoint[] = [];
  for (let d = 0; d < days; d++) series.push({ date: dayToIsoDate(first + d), cumulativeCases: cases[d], cumulativeDeaths: deaths[d] });
  return { population, countries: picture.byIso3.size, points: computeIndicators(series, population > 0 ? population : null) };
}
