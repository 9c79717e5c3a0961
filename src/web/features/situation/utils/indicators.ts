import type { OverviewCountry } from './overview-rows';

// The indicators the map colours by and the ranking sorts by: how to read each from an overview row, and the
// colour ramp of the map. Labels and explanations are translated under `situation:indicators.<key>`.
export const MAP_INDICATORS = ['incidence', 'growth', 'rt', 'severity', 'deaths'] as const;
export type MapIndicator = (typeof MAP_INDICATORS)[number];

export const SORT_KEYS = ['name', 'severity', 'incidence', 'growth', 'doubling', 'rt', 'deaths', 'beds'] as const;
/** Columns from the details, shown when the reader asks for every indicator. */
export const DETAIL_KEYS = ['newCases', 'newDeaths', 'cases', 'totalDeaths'] as const;
export type SortKey = (typeof SORT_KEYS)[number] | (typeof DETAIL_KEYS)[number];

export function indicatorValue(row: OverviewCountry, key: SortKey | MapIndicator): number | null {
  switch (key) {
    case 'severity':
      return row.severity;
    case 'incidence':
      return row.incidence7dPer100k;
    case 'growth':
      return row.growth7d;
    case 'doubling':
      return row.doublingTimeDays;
    case 'rt':
      return row.rt;
    case 'deaths':
      return row.deaths28dPerMillion;
    case 'beds':
      return row.hospitalBedsPerThousand;
    case 'newCases':
      return row.newCasesSmoothed;
    case 'newDeaths':
      return row.newDeathsSmoothed;
    case 'cases':
      return row.cumulativeCases;
    case 'totalDeaths':
      return row.cumulativeDeaths;
    case 'name':
      return null;
  }
}

/** Where a value sits on the map's 0..1 colour ramp: log scales for counts, around 1 for growth and R_t. */
export function rampPosition(key: MapIndicator, value: number): number {
  const clamp = (x: number) => Math.max(0, Math.min(1, x));
  switch (key) {
    case 'incidence':
      return clamp(Math.log1p(value) / Math.log1p(1000));
    case 'deaths':
      return clamp(Math.log1p(value) / Math.log1p(250));
    case 'severity':
      return clamp(value);
    case 'growth':
    case 'rt':
      return value > 0 ? clamp((Math.log2(value) + 1) / 2) : 0;
  }
}

/** The legend's stops: value at each fifth of the ramp. */
export function legendStops(key: MapIndicator): number[] {
  switch (key) {
    case 'incidence':
      return [0, 5, 30, 180, 1000];
    case 'deaths':
      return [0, 3, 15, 60, 250];
    case 'severity':
      return [0, 0.25, 0.5, 0.75, 1];
    case 'growth':
    case 'rt':
      return [0.5, 0.71, 1, 1.41, 2];
  }
}

// Yellow → orange → red → dark red: readable for the common colour-vision deficiencies.
const RAMP = ['#fff5d6', '#fdd49e', '#fc8d59', '#d7301f', '#7f0000'];
const NO_DATA = '#d9dde3';

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));

export function rampColour(position: number | null): string {
  if (position === null || !Number.isFinite(position)) return NO_DATA;
  const scaled = Math.max(0, Math.min(1, position)) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(scaled));
  const f = scaled - i;
  const [a, b] = [hex(RAMP[i]), hex(RAMP[i + 1])];
  return `rgb(${a.map((v, k) => Math.round(v + (b[k] - v) * f)).join(',')})`;
}
