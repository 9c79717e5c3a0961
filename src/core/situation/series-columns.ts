import { computeIndicators, type CumulativePoint } from '../epi/indicators';
import { dayToIsoDate, isoDateToDay } from '../epi/iso-day';
import { packIndicators, type PackedIndicators } from '../epi/packed-indicators';

// Every country's cumulative series as columns, and the indicators computed from them: the shape in which
// they cross to a worker thread and back (typed arrays whose buffers are handed over, not copied).

/** A stored row of the situation series, as the database gives it. */
export interface StoredRow {
  iso3: string;
  date: string;
  cumulative_cases: number;
  cumulative_deaths: number;
}

export interface CumulativeSeries {
  iso3: string[];
  population: (number | null)[];
  /** Country k's rows are start[k] .. start[k + 1] − 1 of the columns below. */
  start: Int32Array<ArrayBuffer>;
  day: Int32Array<ArrayBuffer>;
  cases: Float64Array<ArrayBuffer>;
  deaths: Float64Array<ArrayBuffer>;
}

export interface ComputedCountry {
  iso3: string;
  packed: PackedIndicators;
}

/** Packs stored rows (ordered by iso3, then date) into columns; `population` gives each country's. */
export function packSeries(rows: readonly StoredRow[], population: (iso3: string) => number | null): CumulativeSeries {
  const iso3: string[] = [];
  const starts: number[] = [];
  const day = new Int32Array(rows.length);
  const cases = new Float64Array(rows.length);
  const deaths = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    if (i === 0 || rows[i - 1].iso3 !== row.iso3) {
      iso3.push(row.iso3);
      starts.push(i);
    }
    day[i] = isoDateToDay(row.date) as number;
    cases[i] = Number(row.cumulative_cases);
    deaths[i] = Number(row.cumulative_deaths);
  });
  starts.push(rows.length);
  return { iso3, population: iso3.map(population), start: Int32Array.from(starts), day, cases, deaths };
}

/** The computation itself, on whichever thread calls it. */
export function computeAll(series: CumulativeSeries): ComputedCountry[] {
  const computed: ComputedCountry[] = [];
  series.iso3.forEach((iso3, k) => {
    const points: CumulativePoint[] = [];
    for (let i = series.start[k]; i < series.start[k + 1]; i++) points.push({ date: dayToIsoDate(series.day[i]), cumulativeCases: series.cases[i], cumulativeDeaths: series.deaths[i] });
    const indicators = computeIndicators(points, series.population[k]);
    if (indicators.length > 0) computed.push({ iso3, packed: packIndicators(indicators, isoDateToDay(indicators[0].date) as number) });
  });
  return computed;
}

