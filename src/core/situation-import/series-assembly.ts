// Turns rows of a long-format source (OWID, WHO) into per-country series: sorted by date, one row per
// country and date (a repeat is an error naming both lines), and empty cumulative cells carried forward from
// the country's previous row (0 before its first value), with one warning per country saying how many.
import { isoDateToDay } from '../epi/iso-day';
import { rowsText } from './cell-reader';
import type { ParseError, ParseWarning } from './parse-result';
import type { SeriesRecord } from './series-record';

export interface LongRow {
  iso3: string;
  date: string;
  cumulativeCases: number | null;
  cumulativeDeaths: number | null;
  line: number;
}

export interface Assembled {
  records: SeriesRecord[];
  errors: ParseError[];
  warnings: ParseWarning[];
}

export function assembleSeries(rows: readonly LongRow[], dateField: string): Assembled {
  const byCountry = new Map<string, { row: LongRow; day: number }[]>();
  for (const row of rows) {
    const list = byCountry.get(row.iso3) ?? [];
    list.push({ row, day: isoDateToDay(row.date) ?? Number.NaN });
    byCountry.set(row.iso3, list);
  }
  const records: SeriesRecord[] = [];
  const errors: ParseError[] = [];
  const warnings: ParseWarning[] = [];
  for (const iso3 of [...byCountry.keys()].sort()) {
    const list = (byCountry.get(iso3) ?? []).sort((a, b) => a.day - b.day || a.row.line - b.row.line);
    let cases = 0;
    let deaths = 0;
    let missing = 0;
    let firstMissingLine = 0;
    for (let i = 0; i < list.length; i++) {
      const { row } = list[i];
      if (i > 0 && list[i - 1].day === list[i].day) {
        const message = `${iso3} ${row.date} already appears on line ${list[i - 1].row.line}`;
        errors.push({ line: row.line, column: null, field: dateField, message });
        continue;
      }
      if (row.cumulativeCases === null || row.cumulativeDeaths === null) {
        if (missing === 0) firstMissingLine = row.line;
        missing++;
      }
      cases = row.cumulativeCases ?? cases;
      deaths = row.cumulativeDeaths ?? deaths;
      records.push({ iso3, date: row.date, cumulativeCases: cases, cumulativeDeaths: deaths });
    }
    if (missing > 0) {
      const rows = `${rowsText(missing)} (first on line ${firstMissingLine})`;
      const message = `${iso3}: ${rows} without a cumulative count; the previous count was carried forward (0 before the first)`;
      warnings.push({ line: firstMissingLine, code: 'missing-count', message });
    }
  }
  return { records, errors, warnings };
}
