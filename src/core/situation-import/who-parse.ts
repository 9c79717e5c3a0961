// WHO COVID-19 global daily data (WHO-COVID-19-global-data.csv): Date_reported, Country_code (ISO 3166-1
// alpha-2), Country, WHO_region, New_cases, Cumulative_cases, New_deaths, Cumulative_deaths. Alpha-2 codes
// are turned into alpha-3 by the caller's lookup (the countries table). Rows without a code (WHO's "Other":
// cases on international conveyances) and codes the lookup does not know are skipped with one warning per
// code. Only the cumulative columns are read; the epi core derives daily values from them.
import { cellReader, rowsText } from './cell-reader';
import { readCsvTable } from './csv-table';
import { ErrorLog, type ParseOptions, type ParseResult, type ParseWarning } from './parse-result';
import { progressTicker } from './progress';
import { requireColumns } from './require-columns';
import { assembleSeries, type LongRow } from './series-assembly';
import { summarise, type SeriesImport } from './series-record';

export interface WhoParseOptions extends ParseOptions {
  /** ISO 3166-1 alpha-2 → alpha-3, or null when unknown. WHO writes Kosovo as XK and Namibia as NA. */
  alpha2ToIso3: (alpha2: string) => string | null;
}

const REQUIRED = ['Date_reported', 'Country_code', 'Country', 'Cumulative_cases', 'Cumulative_deaths'] as const;

export function parseWho(text: string, options: WhoParseOptions): ParseResult<SeriesImport> {
  const log = new ErrorLog(options.maxErrors);
  const warnings: ParseWarning[] = [];
  const parsed = readCsvTable(text, options.maxErrors);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings };
  const header = parsed.table.header.map((name) => name.trim());
  const { rows, lines } = parsed.table;
  const col = requireColumns(header, REQUIRED, log);
  if (col === null) return { ok: false, errors: log.errors, warnings };

  const cells = cellReader(log, header, options.dates);
  const ticker = progressTicker(rows.length, options.onProgress);
  const skipped = new Map<string, { line: number; rows: number; country: string }>();
  const iso3Of = new Map<string, string | null>();
  const longRows: LongRow[] = [];
  for (let r = 0; r < rows.length && !log.full; r++) {
    const row = rows[r];
    const line = lines[r];
    ticker.tick(r + 1);
    const alpha2 = row[col.Country_code].trim();
    let iso3 = iso3Of.get(alpha2);
    if (iso3 === undefined) {
      iso3 = alpha2 === '' ? null : options.alpha2ToIso3(alpha2);
      iso3Of.set(alpha2, iso3);
    }
    if (iso3 === null) {
      const seen = skipped.get(alpha2);
      if (seen === undefined) skipped.set(alpha2, { line, rows: 1, country: row[col.Country] });
      else seen.rows++;
      continue;
    }
    const date = cells.isoDate(row, line, col.Date_reported);
    const cases = cells.optionalCount(row, line, col.Cumulative_cases);
    const deaths = cells.optionalCount(row, line, col.Cumulative_deaths);
    if (date === null || cases === undefined || deaths === undefined) continue;
    longRows.push({ iso3, date, cumulativeCases: cases, cumulativeDeaths: deaths, line });
  }
  for (const [alpha2, { line, rows: n, country }] of skipped) {
    const known = alpha2 !== '';
    const why = known ? `the code ${alpha2} is not in the countries table` : 'it has no country code (e.g. international conveyances)';
    const message = `"${country}": ${why}; ${rowsText(n)} from line ${line} not imported`;
    warnings.push({ line, code: known ? 'unknown-country' : 'not-a-country', message });
  }
  if (!log.empty) return { ok: false, errors: log.errors, warnings };
  const assembled = assembleSeries(longRows, 'Date_reported');
  if (assembled.errors.length > 0) return { ok: false, errors: assembled.errors, warnings };
  ticker.finish();
  const value = { records: assembled.records, summary: summarise(assembled.records, rows.length) };
  return { ok: true, value, warnings: [...warnings, ...assembled.warnings] };
}
