// The long form every case/death importer produces, whatever the source format.

export interface SeriesRecord {
  /** ISO 3166-1 alpha-3. */
  iso3: string;
  /** ISO 8601 date. */
  date: string;
  cumulativeCases: number;
  cumulativeDeaths: number;
}

export interface ImportSummary {
  /** Distinct countries (ISO3) in the records. */
  countries: number;
  /** Distinct dates in the records. */
  days: number;
  /** Records produced: one per country and date. */
  rows: number;
  /** Data lines read from the file(s), including skipped ones. */
  inputRows: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface SeriesImport {
  /** Grouped by country (ISO3 ascending), each country's dates ascending. */
  records: SeriesRecord[];
  summary: ImportSummary;
}

export function summarise(records: readonly SeriesRecord[], inputRows: number): ImportSummary {
  const countries = new Set<string>();
  const dates = new Set<string>();
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const record of records) {
    countries.add(record.iso3);
    dates.add(record.date);
    if (firstDate === null || record.date < firstDate) firstDate = record.date;
    if (lastDate === null || record.date > lastDate) lastDate = record.date;
  }
  return { countries: countries.size, days: dates.size, rows: records.length, inputRows, firstDate, lastDate };
}
