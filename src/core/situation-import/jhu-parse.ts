// JHU CSSE global time series (time_series_covid19_{confirmed,deaths}_global.csv): wide and cumulative,
// header "Province/State,Country/Region,Lat,Long,1/22/20,1/23/20,...", one row per country or province.
// Provinces are summed into countries (or kept as their own territory, see jhu-country-names.ts); rows that
// are no country become warnings with their line. The two files must have the same dates and the same rows.
import { readCsvTable } from './csv-table';
import { outOfBounds, type DateBounds } from './date-bounds';
import { jhuPlace } from './jhu-country-names';
import { parseCount, parseJhuDate } from './parse-cell';
import { ErrorLog, type ParseOptions, type ParseResult, type ParseWarning } from './parse-result';
import { progressTicker } from './progress';
import { summarise, type SeriesImport, type SeriesRecord } from './series-record';

export interface JhuFiles {
  confirmed: string;
  deaths: string;
}

const FIXED = ['Province/State', 'Country/Region', 'Lat', 'Long'];
const FIRST_DATE_COLUMN = FIXED.length;

interface WideFile {
  dates: string[];
  header: string[];
  /** Row key "Country/Region|Province/State" → its line. */
  lines: Map<string, number>;
  /** ISO3 → summed cumulative counts per date. */
  totals: Map<string, Float64Array>;
  dataRows: number;
}

const quote = (text: string | undefined): string => JSON.stringify(text ?? '');
const placeLabel = (country: string, province: string): string => (province === '' ? `"${country}"` : `"${province}, ${country}"`);

function readHeader(file: string, header: string[], log: ErrorLog, bounds: DateBounds | undefined): string[] | null {
  const before = log.errors.length;
  const fault = (column: number, message: string) => log.add({ file, line: 1, column, field: header[column - 1] ?? null, message });
  FIXED.forEach((name, i) => {
    const ok = header[i] === name || (name === 'Long' && header[i] === 'Long_');
    if (!ok) fault(i + 1, `expected the column "${name}" here, found ${quote(header[i])}`);
  });
  if (header.length <= FIRST_DATE_COLUMN) fault(header.length + 1, 'expected date columns (M/D/YY) after "Long"');
  const dates: string[] = [];
  for (let c = FIRST_DATE_COLUMN; c < header.length; c++) {
    const date = parseJhuDate(header[c]);
    const refused = date === null ? null : outOfBounds(date, bounds);
    if (date === null) fault(c + 1, `expected a date as M/D/YY (e.g. 1/22/20), found ${quote(header[c])}`);
    else if (refused !== null) fault(c + 1, `${header[c]}: ${refused}`);
    else if (dates.length > 0 && date <= dates[dates.length - 1]) {
      fault(c + 1, `dates must increase from left to right; ${header[c]} follows ${header[c - 1]}`);
    }
    dates.push(date ?? '');
  }
  return log.errors.length === before ? dates : null;
}

function readWide(file: string, text: string, log: ErrorLog, warnings: ParseWarning[], progress: (row: number) => void, bounds: DateBounds | undefined): WideFile | null {
  const parsed = readCsvTable(text, 100);
  if (!parsed.ok) {
    parsed.errors.forEach((error) => log.add({ ...error, file }));
    return null;
  }
  const { header, rows, lines: rowLines } = parsed.table;
  const dates = readHeader(file, header, log, bounds);
  if (dates === null) return null;
  const width = dates.length;
  const lastDate = header[header.length - 1];
  const lines = new Map<string, number>();
  const totals = new Map<string, Float64Array>();
  for (let r = 0; r < rows.length && !log.full; r++) {
    const row = rows[r];
    const line = rowLines[r];
    const province = row[0].trim();
    const country = row[1].trim();
    const key = `${country}|${province}`;
    const label = placeLabel(country, province);
    progress(r + 1);
    const earlier = lines.get(key);
    if (earlier !== undefined) {
      log.add({ file, line, column: 1, field: 'Province/State', message: `${label} already appears on line ${earlier}` });
      continue;
    }
    lines.set(key, line);
    const place = jhuPlace(country, province);
    if (place.kind !== 'country') {
      const skipped = `row not imported (${row[row.length - 1]} on ${lastDate})`;
      warnings.push(
        place.kind === 'not-a-country'
          ? { file, line, code: 'not-a-country', message: `${label} is ${place.what}, not a country: ${skipped}` }
          : { file, line, code: 'unknown-country', message: `${label} is not a JHU name Concord knows (jhu-country-names.ts): ${skipped}` },
      );
      continue;
    }
    let sums = totals.get(place.iso3);
    if (sums === undefined) {
      sums = new Float64Array(width);
      totals.set(place.iso3, sums);
    }
    for (let d = 0; d < width; d++) {
      const column = FIRST_DATE_COLUMN + d;
      const value = parseCount(row[column]);
      if (value !== null) {
        sums[d] += value;
        continue;
      }
      const message = `expected a cumulative count (a whole number ≥ 0), found ${quote(row[column])}`;
      log.add({ file, line, column: column + 1, field: header[column], message });
      if (log.full) break;
    }
  }
  return { dates, header, lines, totals, dataRows: rows.length };
}

function checkSameShape(confirmed: WideFile, deaths: WideFile, log: ErrorLog): void {
  const n = Math.max(confirmed.dates.length, deaths.dates.length);
  for (let d = 0; d < n; d++) {
    if (confirmed.dates[d] === deaths.dates[d]) continue;
    const at = FIRST_DATE_COLUMN + d;
    const inDeaths = quote(deaths.header[at] ?? '(missing)');
    const inConfirmed = quote(confirmed.header[at] ?? '(missing)');
    const message = `the deaths file's dates must match the confirmed file's: column ${at + 1} is ${inDeaths} in deaths`;
    log.add({ file: 'deaths', line: 1, column: at + 1, field: deaths.header[at] ?? null, message: `${message} and ${inConfirmed} in confirmed` });
    return;
  }
  const missingFrom = (from: WideFile, other: WideFile, file: string, otherName: string) => {
    for (const [key, line] of from.lines) {
      if (other.lines.has(key)) continue;
      const [country, province] = key.split('|');
      log.add({ file, line, column: null, field: null, message: `the ${otherName} file has no row for ${placeLabel(country, province)}` });
    }
  };
  missingFrom(confirmed, deaths, 'confirmed', 'deaths');
  missingFrom(deaths, confirmed, 'deaths', 'confirmed');
}

/** Parses the JHU confirmed and deaths files into long records per ISO3 country and date. */
export function parseJhu(files: JhuFiles, options: ParseOptions = {}): ParseResult<SeriesImport> {
  const log = new ErrorLog(options.maxErrors);
  const warnings: ParseWarning[] = [];
  const roughRows = (text: string) => Math.max(0, text.split('\n').length - 2);
  const ticker = progressTicker(roughRows(files.confirmed) + roughRows(files.deaths), options.onProgress);
  const confirmed = readWide('confirmed', files.confirmed, log, warnings, (row) => ticker.tick(row), options.dates);
  const offset = confirmed?.dataRows ?? 0;
  const deaths = readWide('deaths', files.deaths, log, warnings, (row) => ticker.tick(offset + row), options.dates);
  if (confirmed !== null && deaths !== null && log.empty) checkSameShape(confirmed, deaths, log);
  if (confirmed === null || deaths === null || !log.empty) return { ok: false, errors: log.errors, warnings };

  const records: SeriesRecord[] = [];
  for (const iso3 of [...confirmed.totals.keys()].sort()) {
    const cases = confirmed.totals.get(iso3) as Float64Array;
    const dead = deaths.totals.get(iso3) as Float64Array;
    confirmed.dates.forEach((date, d) => records.push({ iso3, date, cumulativeCases: cases[d], cumulativeDeaths: dead[d] }));
  }
  ticker.finish();
  return { ok: true, value: { records, summary: summarise(records, confirmed.dataRows + deaths.dataRows) }, warnings };
}
