import { OVERVIEW_SUMMARY_DIGITS, type Overview, type OverviewSummary } from '../../shared/schemas/situation';

/** A value to the summary's significant digits (3: "12.3", "0.987", "45600"), null kept. */
export function toSignificant(value: number | null, digits = OVERVIEW_SUMMARY_DIGITS): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  return Number(value.toPrecision(digits));
}

/** The overview in columns, rounded: what the map and the ranking need, in a twentieth of the bytes (ADR 022). */
export function summariseOverview(overview: Overview): OverviewSummary {
  const rows = overview.countries;
  const column = (read: (row: Overview['countries'][number]) => number | null) => rows.map((row) => toSignificant(read(row)));
  return {
    date: overview.date,
    firstDate: overview.firstDate,
    lastDate: overview.lastDate,
    source: overview.source,
    significantDigits: OVERVIEW_SUMMARY_DIGITS,
    countries: {
      iso3: rows.map((row) => row.iso3),
      severity: column((row) => row.severity.index),
      incidence7dPer100k: column((row) => row.incidence7dPer100k),
      growth7d: column((row) => row.growth7d),
      rt: column((row) => row.rt?.mean ?? null),
      deaths28dPerMillion: column((row) => row.deaths28dPerMillion),
    },
  };
}
