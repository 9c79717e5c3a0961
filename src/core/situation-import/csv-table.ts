// Reads a comma-separated file into a header and rows of strings, with the line number of every row, using
// uDSV (https://github.com/leeoniya/uDSV) for the parsing itself.
//
// uDSV is fast because it trusts its input: it silently merges a short row into the next line and skips empty
// lines. So before handing the text to it we check, line by line, that every non-empty line has as many fields
// as the header and no unterminated quote. That check also gives each row its line number. None of the formats
// read here (JHU, OWID, WHO) puts a line break inside a quoted field, so such a field is reported as an
// unterminated quote. A UTF-8 byte-order mark is dropped; LF and CRLF line ends are both accepted.
import { inferSchema, initParser } from 'udsv';
import type { ParseError } from './parse-result';

export interface CsvTable {
  header: string[];
  rows: string[][];
  /** 1-based line number of each row. */
  lines: number[];
}

export type CsvTableResult = { ok: true; table: CsvTable } | { ok: false; errors: ParseError[] };

const COMMA = 44;
const QUOTE = 34;

/** Number of fields in one CSV line, or -1 if a quote is left open. */
export function countFields(line: string): number {
  if (line.indexOf('"') === -1) {
    let fields = 1;
    for (let at = line.indexOf(','); at !== -1; at = line.indexOf(',', at + 1)) fields++;
    return fields;
  }
  let fields = 1;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === QUOTE) quoted = !quoted; // an escaped "" toggles twice
    else if (code === COMMA && !quoted) fields++;
  }
  return quoted ? -1 : fields;
}

export function readCsvTable(input: string, maxErrors = 100): CsvTableResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const fail = (line: number, column: number | null, message: string): CsvTableResult => ({
    ok: false,
    errors: [{ line, column, field: null, message }],
  });
  if (text.trim() === '') return fail(1, null, 'the file is empty; expected a header line');
  const rowSeparator = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(rowSeparator);
  if (lines[0].trim() === '') return fail(1, null, 'line 1 is empty; expected the header');
  const width = countFields(lines[0]);
  if (width === -1) return fail(1, null, 'the header has an unterminated quote');

  const errors: ParseError[] = [];
  const dataLines: number[] = [];
  for (let i = 1; i < lines.length && errors.length < maxErrors; i++) {
    const line = lines[i];
    if (line === '') continue;
    const fields = countFields(line);
    if (fields === width) {
      dataLines.push(i + 1);
      continue;
    }
    const message =
      fields === -1
        ? 'a quoted field is not closed on this line'
        : `this line has ${fields} field${fields === 1 ? '' : 's'} but the header has ${width}`;
    errors.push({ line: i + 1, column: fields === -1 ? null : Math.min(fields, width) + 1, field: null, message });
  }
  if (errors.length > 0) return { ok: false, errors };

  let header: string[];
  let rows: string[][];
  try {
    const schema = inferSchema(dataLines.length === 0 ? `${lines[0]}${rowSeparator}` : text, { col: ',', row: rowSeparator, encl: '"' });
    header = schema.cols.map((col) => col.name);
    rows = dataLines.length === 0 ? [] : initParser(schema).stringArrs(text);
  } catch (cause) {
    return fail(1, null, `the file could not be read as CSV (${cause instanceof Error ? cause.message : String(cause)})`);
  }
  if (rows.length !== dataLines.length || header.length !== width) {
    return fail(1, null, `the file could not be split into rows consistently (${rows.length} rows parsed, ${dataLines.length} lines)`);
  }
  return { ok: true, table: { header, rows, lines: dataLines } };
}
