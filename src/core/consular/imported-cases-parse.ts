// The health authority's list of imported cases (issue 13):
//   arrival_date,port_of_entry,flight,origin_country,passport_country,student,age_band
// Dates are YYYY-MM-DD, countries ISO 3166-1 alpha-3 (checked against the caller's list), student is yes/no,
// the age band is "20-29" or "80+". The file is taken whole or refused: every bad cell is reported with its
// line and column, and the caller stores nothing.
import { cellReader } from '../situation-import/cell-reader';
import { readCsvTable } from '../situation-import/csv-table';
import { ErrorLog, type ParseResult } from '../situation-import/parse-result';
import { requireColumns } from '../situation-import/require-columns';

export const IMPORTED_CASE_COLUMNS = ['arrival_date', 'port_of_entry', 'flight', 'origin_country', 'passport_country', 'student', 'age_band'] as const;

export interface ImportedCase {
  arrivalDate: string;
  portOfEntry: string;
  /** Empty when the case did not arrive by air. */
  flight: string;
  originIso3: string;
  passportIso3: string;
  student: boolean;
  ageBand: string;
  line: number;
}

export interface ImportedCasesOptions {
  /** Whether an ISO3 code names a known country (the countries table). */
  isCountry: (iso3: string) => boolean;
  maxErrors?: number;
}

const ISO3 = /^[A-Z]{3}$/;
const AGE_BAND = /^(\d{1,3})(?:-(\d{1,3})|\+)$/;
const MAX_TEXT = 64;

/** "20-29" (lower ≤ upper) or "80+"; null otherwise. */
export function parseAgeBand(text: string): string | null {
  const match = AGE_BAND.exec(text);
  if (match === null) return null;
  if (match[2] !== undefined && Number(match[1]) > Number(match[2])) return null;
  return text;
}

export function parseImportedCases(text: string, options: ImportedCasesOptions): ParseResult<ImportedCase[]> {
  const log = new ErrorLog(options.maxErrors);
  const parsed = readCsvTable(text, options.maxErrors);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings: [] };
  const header = parsed.table.header.map((name) => name.trim());
  const col = requireColumns(header, IMPORTED_CASE_COLUMNS, log);
  if (col === null) return { ok: false, errors: log.errors, warnings: [] };
  const cells = cellReader(log, header);
  const { rows, lines } = parsed.table;

  const text64 = (row: readonly string[], line: number, column: number, required: boolean): string | null => {
    const cell = row[column].trim();
    if (required && cell === '') cells.fault(line, column, 'expected a value, found nothing');
    else if (cell.length > MAX_TEXT) cells.fault(line, column, `expected at most ${MAX_TEXT} characters, found ${cell.length}`);
    else return cell;
    return null;
  };
  const country = (row: readonly string[], line: number, column: number): string | null => {
    const cell = row[column].trim();
    if (!ISO3.test(cell)) cells.fault(line, column, `expected an ISO 3166-1 alpha-3 code such as "KEN", found ${JSON.stringify(cell)}`);
    else if (!options.isCountry(cell)) cells.fault(line, column, `"${cell}" is not a known country code`);
    else return cell;
    return null;
  };

  const cases: ImportedCase[] = [];
  for (let r = 0; r < rows.length && !log.full; r++) {
    const row = rows[r];
    const line = lines[r];
    const arrivalDate = cells.isoDate(row, line, col.arrival_date);
    const portOfEntry = text64(row, line, col.port_of_entry, true);
    const flight = text64(row, line, col.flight, false);
    const originIso3 = country(row, line, col.origin_country);
    const passportIso3 = country(row, line, col.passport_country);
    const studentCell = row[col.student].trim().toLowerCase();
    const student = studentCell === 'yes' ? true : studentCell === 'no' ? false : null;
    if (student === null) cells.fault(line, col.student, `expected yes or no, found ${JSON.stringify(row[col.student])}`);
    const ageBand = parseAgeBand(row[col.age_band].trim());
    if (ageBand === null) cells.fault(line, col.age_band, `expected an age band such as "20-29" or "80+", found ${JSON.stringify(row[col.age_band])}`);
    if (arrivalDate === null || portOfEntry === null || flight === null || originIso3 === null || passportIso3 === null || student === null || ageBand === null) continue;
    cases.push({ arrivalDate, portOfEntry, flight, originIso3, passportIso3, student, ageBand, line });
  }
  if (!log.empty) return { ok: false, errors: log.errors, warnings: [] };
  if (cases.length === 0) return { ok: false, errors: [{ line: 2, column: null, field: null, message: 'the file has a header but no cases' }], warnings: [] };
  return { ok: true, value: cases, warnings: [] };
}
