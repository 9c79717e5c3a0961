// The day each country reported its first case, from cumulative series: what effective distance is checked
// against (arrival times, Brockmann & Helbing 2013, Fig. 4). Countries already reporting on the series' first
// day are set apart: their arrival happened before the series began and its day is unknown.

export interface CumulativeRecord {
  iso3: string;
  date: string;
  cumulativeCases: number;
}

export interface FirstCases {
  firstDate: string | null;
  /** ISO3 → the first date its cumulative cases were above 0 (after the series' first day). */
  arrival: Map<string, string>;
  /** Countries with cases on the first day. */
  atStart: string[];
  /** Countries never reporting a case. */
  never: string[];
}

export function firstCases(records: readonly CumulativeRecord[]): FirstCases {
  let firstDate: string | null = null;
  for (const r of records) if (firstDate === null || r.date < firstDate) firstDate = r.date;
  const first = new Map<string, string>();
  const seen = new Set<string>();
  for (const r of records) {
    seen.add(r.iso3);
    if (r.cumulativeCases > 0) {
      const known = first.get(r.iso3);
      if (known === undefined || r.date < known) first.set(r.iso3, r.date);
    }
  }
  const arrival = new Map<string, string>();
  const atStart: string[] = [];
  for (const [iso3, date] of first) {
    if (date === firstDate) atStart.push(iso3);
    else arrival.set(iso3, date);
  }
  const never = [...seen].filter((iso3) => !first.has(iso3)).sort();
  return { firstDate, arrival, atStart: atStart.sort(), never };
}
