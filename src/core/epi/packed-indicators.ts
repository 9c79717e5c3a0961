// A country's indicator points as columns of one Float64Array (null as NaN) and a flag byte per day: what a
// worker thread hands back without copying (the buffer is transferred), and what the server keeps in memory
// — a tenth of the objects' size, and points are made only for the days a request reads.
import type { IndicatorFlag, IndicatorPoint } from './indicators';
import { dayToIsoDate } from './iso-day';

const COLUMNS = [
  'cumulativeCases',
  'cumulativeDeaths',
  'newCases',
  'newDeaths',
  'newCasesSmoothed',
  'newDeathsSmoothed',
  'incidence7dPer100k',
  'growth7d',
  'doublingTimeDays',
  'rtMean',
  'rtLower',
  'rtUpper',
] as const;
type Column = (typeof COLUMNS)[number];
const FLAGS: readonly IndicatorFlag[] = ['negative-new-cases', 'negative-new-deaths', 'carried-forward'];

export interface PackedIndicators {
  /** Day number (iso-day.ts) of the first point; there is one point per calendar day. */
  firstDay: number;
  length: number;
  /** COLUMNS.length columns of `length` values each, column after column. */
  values: Float64Array<ArrayBuffer>;
  /** Bit i set: FLAGS[i] holds that day. */
  flags: Uint8Array<ArrayBuffer>;
}

const offset = (column: Column, length: number) => COLUMNS.indexOf(column) * length;
const orNaN = (x: number | null) => (x === null ? Number.NaN : x);
const orNull = (x: number) => (Number.isNaN(x) ? null : x);

/** Packs points that follow one another day by day from `firstDay`. */
export function packIndicators(points: readonly IndicatorPoint[], firstDay: number): PackedIndicators {
  const length = points.length;
  const values = new Float64Array(COLUMNS.length * length);
  const flags = new Uint8Array(length);
  points.forEach((p, i) => {
    const row: Record<Column, number> = {
      cumulativeCases: p.cumulativeCases,
      cumulativeDeaths: p.cumulativeDeaths,
      newCases: orNaN(p.newCases),
      newDeaths: orNaN(p.newDeaths),
      newCasesSmoothed: orNaN(p.newCasesSmoothed),
      newDeathsSmoothed: orNaN(p.newDeathsSmoothed),
      incidence7dPer100k: orNaN(p.incidence7dPer100k),
      growth7d: orNaN(p.growth7d),
      doublingTimeDays: orNaN(p.doublingTimeDays),
      rtMean: orNaN(p.rt?.mean ?? null),
      rtLower: orNaN(p.rt?.lower ?? null),
      rtUpper: orNaN(p.rt?.upper ?? null),
    };
    COLUMNS.forEach((column, c) => (values[c * length + i] = row[column]));
    flags[i] = p.flags.reduce((bits, flag) => bits | (1 << FLAGS.indexOf(flag)), 0);
  });
  return { firstDay, length, values, flags };
}

/** The points of days `from` (inclusive) to `to` (exclusive), as indexes from the first day. */
export function unpackIndicators(packed: PackedIndicators, from = 0, to = packed.length): IndicatorPoint[] {
  const { length, values, flags } = packed;
  const start = Math.max(0, from);
  const end = Math.min(length, to);
  const at = (column: Column, i: number) => values[offset(column, length) + i];
  const points: IndicatorPoint[] = [];
  for (let i = start; i < end; i++) {
    const mean = at('rtMean', i);
    points.push({
      date: dayToIsoDate(packed.firstDay + i),
      cumulativeCases: at('cumulativeCases', i),
      cumulativeDeaths: at('cumulativeDeaths', i),
      newCases: orNull(at('newCases', i)),
      newDeaths: orNull(at('newDeaths', i)),
      newCasesSmoothed: orNull(at('newCasesSmoothed', i)),
      newDeathsSmoothed: orNull(at('newDeathsSmoothed', i)),
      incidence7dPer100k: orNull(at('incidence7dPer100k', i)),
      growth7d: orNull(at('growth7d', i)),
      doublingTimeDays: orNull(at('doublingTimeDays', i)),
      rt: Number.isNaN(mean) ? null : { mean, lower: at('rtLower', i), upper: at('rtUpper', i) },
      flags: FLAGS.filter((_, bit) => (flags[i] & (1 << bit)) !== 0),
    });
  }
  return points;
}

/** One column's value on day index `i` (cumulative counts for the world totals), without making a point. */
export function cumulativeAt(packed: PackedIndicators, kind: 'cases' | 'deaths', i: number): number {
  return packed.values[offset(kind === 'cases' ? 'cumulativeCases' : 'cumulativeDeaths', packed.length) + i];
}

/** Copies of the cumulative cases and deaths columns (for the world totals, summed in a worker thread). */
export function cumulativeColumns(packed: PackedIndicators): { cases: Float64Array<ArrayBuffer>; deaths: Float64Array<ArrayBuffer> } {
  const { values, length } = packed;
  const cases = offset('cumulativeCases', length);
  const deaths = offset('cumulativeDeaths', length);
  return { cases: values.slice(cases, cases + length), deaths: values.slice(deaths, deaths + length) };
}

/** The date of the first day with cumulative cases above 0, or null when the country never reported one. */
export function firstCaseDate(packed: PackedIndicators): string | null {
  const start = offset('cumulativeCases', packed.length);
  for (let i = 0; i < packed.length; i++) if (packed.values[start + i] > 0) return dayToIsoDate(packed.firstDay + i);
  return null;
}
