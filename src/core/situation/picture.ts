// The situation module's computed picture of one source: every country's indicator series (computed once per
// data version by the epi core, in a worker thread) and, from it, the overview of any date and the world
// totals. The service owns caching and invalidation.
import { computeIndicators, type CumulativePoint, type IndicatorPoint } from '../epi/indicators';
import { dayToIsoDate, isoDateToDay } from '../epi/iso-day';
import { cumulativeColumns, unpackIndicators, type PackedIndicators } from '../epi/packed-indicators';
import { bySeverityDescending, epidemicSeverityFactors, severityIndex } from '../epi/severity';
import { RECENT_DEATHS_DAYS, severityInputs } from '../epi/severity-inputs';
import { packSeries, type ComputedCountry, type CumulativeSeries, type StoredRow } from './series-columns';
import type { Overview, OverviewRow, SeriesPoint, SeriesSource, SeverityWeights, WorldSeries } from '../../shared/schemas/situation';

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
  /** One point per calendar day, packed (core/epi/packed-indicators.ts). */
  packed: PackedIndicators;
}

export interface SourcePicture {
  source: SeriesSource | null;
  byIso3: Map<string, CountryIndicators>;
  firstDate: string | null;
  lastDate: string | null;
}


const unknownCountry = (iso3: string): CountryFacts => ({ iso3, isoNumeric: null, nameEn: iso3, nameZh: iso3, population: null, hospitalBedsPerThousand: null });

/** The indicators of every country in `rows` (ordered by iso3, then date), computed by `compute` (a worker thread in the server). */
export async function computePicture(
  source: SeriesSource | null,
  rows: readonly StoredRow[],
  facts: ReadonlyMap<string, CountryFacts>,
  compute: (series: CumulativeSeries) => Promise<ComputedCountry[]> | ComputedCountry[],
): Promise<SourcePicture> {
  const computed = rows.length === 0 ? [] : await compute(packSeries(rows, (iso3) => facts.get(iso3)?.population ?? null));
  const byIso3 = new Map<string, CountryIndicators>();
  let first: number | null = null;
  let last: number | null = null;
  for (const { iso3, packed } of computed) {
    byIso3.set(iso3, { facts: facts.get(iso3) ?? unknownCountry(iso3), packed });
    if (first === null || packed.firstDay < first) first = packed.firstDay;
    const end = packed.firstDay + packed.length - 1;
    if (last === null || end > last) last = end;
  }
  return { source, byIso3, firstDate: first === null ? null : dayToIsoDate(first), lastDate: last === null ? null : dayToIsoDate(last) };
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
    for (const { facts, packed } of picture.byIso3.values()) {
      const at = day - packed.firstDay;
      if (at < 0 || at >= packed.length) continue;
      // Only the days the severity reads (the last 28) are made into points.
      const points = unpackIndicators(packed, at - RECENT_DEATHS_DAYS + 1, at + 1);
      const point = points[points.length - 1];
      const inputs = severityInputs(points, facts.population, facts.hospitalBedsPerThousand);
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

/** What the world totals are made of: each country's cumulative columns (copies, for a worker thread). */
export interface WorldInput {
  source: SeriesSource | null;
  firstDate: string | null;
  lastDate: string | null;
  population: number;
  countries: { firstDay: number; cases: Float64Array<ArrayBuffer>; deaths: Float64Array<ArrayBuffer> }[];
}

export function worldInput(picture: SourcePicture): WorldInput {
  let population = 0;
  const countries: WorldInput['countries'] = [];
  for (const { facts, packed } of picture.byIso3.values()) {
    population += facts.population ?? 0;
    countries.push({ firstDay: packed.firstDay, ...cumulativeColumns(packed) });
  }
  return { source: picture.source, firstDate: picture.firstDate, lastDate: picture.lastDate, population, countries };
}

/**
 * World totals: per date, the sum over countries of their cumulative counts (a country's last report is
 * carried forward after its series ends), and the indicators of that sum. Costs the span of the data in
 * days times the countries, then the indicators of every day: run it in a worker (world-series.worker.ts).
 */
export function worldSeries(input: WorldInput): WorldSeries {
  const first = input.firstDate === null ? null : isoDateToDay(input.firstDate);
  const last = input.lastDate === null ? null : isoDateToDay(input.lastDate);
  if (first === null || last === null) return { population: 0, countries: 0, source: input.source, points: [] };
  const days = last - first + 1;
  const cases = new Float64Array(days);
  const deaths = new Float64Array(days);
  for (const country of input.countries) {
    const offset = country.firstDay - first;
    const length = country.cases.length;
    for (let d = Math.max(0, offset); d < days; d++) {
      const i = Math.min(d - offset, length - 1);
      cases[d] += country.cases[i];
      deaths[d] += country.deaths[i];
    }
  }
  const series: CumulativePoint[] = [];
  for (let d = 0; d < days; d++) series.push({ date: dayToIsoDate(first + d), cumulativeCases: cases[d], cumulativeDeaths: deaths[d] });
  const points = computeIndicators(series, input.population > 0 ? input.population : null).map(toSeriesPoint);
  return { population: input.population, countries: input.countries.length, source: input.source, points };
}
