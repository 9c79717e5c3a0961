// Our World in Data COVID-19 long format (owid-covid-data.csv): one row per location and date with
// iso_code, location, date, total_cases, new_cases, total_deaths, ... . Only the cumulative columns are read
// (new_* are derived from them in src/core/epi). OWID_ aggregate codes (World, continents, income groups) and
// the code-less "International" rows are skipped with one warning per code; OWID_KOS is Kosovo (owid-codes.ts).
import { cellReader, rowsText } from './cell-reader';
import { readCsvTable } from './csv-table';
import { owidCode } from './owid-codes';
import { ErrorLog, type ParseOptions, type ParseResult, type ParseWarning } from './parse-result';
import { progressTicker } from './progress';
import { requireColumns } from './require-columns';
import { assembleSeries, type LongRow } from './series-assembly';
import { summarise, type SeriesImport } from './series-record';

const REQUIRED = ['iso_code', 'location', 'date', 'total_cases', 'total_deaths'] as const;

export function parseOwid(text: string, options: ParseOptions = {}): ParseResult<SeriesImport> {
  const log = new ErrorLog(options.maxErrors);
  const warnings: ParseWarning[] = [];
  const parsed = readCsvTable(text, options.maxErrors);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings };
  const { header, rows, lines } = parsed.table;
  // OWID also publishes owid-covid-latest.csv: one row per country with its latest day only, no series to import.
  if (!header.includes('date') && header.includes('last_updated_date')) {
    const message =
      'this is OWID\'s "latest" file (one row per country, its latest day only): it holds no time series; import owid-covid-data.csv or owid-covid-data.csv.gz instead';
    return { ok: false, errors: [{ line: 1, column: null, field: 'date', message }], warnings };
  }
  const col = requireColumns(header, REQUIRED, log);
  if (col === null) return { ok: false, errors: log.errors, warnings };

  const cells = cellReader(log, header, options.dates);
  const ticker = progressTicker(rows.length, options.onProgress);
  const skipped = new Map<string, { line: number; rows: number; location: string }>();
  const longRows: LongRow[] = [];
  for (let r = 0; r < rows.length && !log.full; r++) {
    const row = rows[r];
    const line = lines[r];
    ticker.tick(r + 1);
    const code = owidCode(row[col.iso_code]);
    if (code.kind === 'aggregate') {
      const seen = skipped.get(row[col.iso_code]);
      if (seen === undefined) skipped.set(row[col.iso_code], { line, rows: 1, location: row[col.location] });
      else seen.rows++;
      continue;
    }
    if (code.kind === 'invalid') {
      cells.fault(line, col.iso_code, `expected an ISO 3166-1 alpha-3 code or an OWID_ code, found ${JSON.stringify(row[col.iso_code])}`);
      continue;
    }
    const date = cells.isoDate(row, line, col.date);
    const cases = cells.optionalCount(row, line, col.total_cases);
    const deaths = cells.optionalCount(row, line, col.total_deaths);
    if (date === null || cases === undefined || deaths === undefined) continue;
    longRows.push({ iso3: code.iso3, date, cumulativeCases: cases, cumulativeDeaths: deaths, line });
  }
  for (const [code, { line, rows: n, location }] of skipped) {
    const what = `"${location}" (${code === '' ? 'no iso_code' : code}) is an aggregate, not a country`;
    warnings.push({ line, code: 'aggregate', message: `${what}: ${rowsText(n)} from line ${line} not imported` });
  }
  if (!log.empty) return { ok: false, errors: log.errors, warnings };
  const assembled = assembleSeries(longRows, 'date');
  if (assembled.errors.length > 0) return { ok: false, errors: assembled.errors, warnings };
  ticker.finish();
  const value = { records: assembled.records, summary: summarise(assembled.records, rows.length) };
  return { ok: true, value, warnings: [...warnings, ...assembled.warnings] };
}
