// Reads an OpenFlights .dat file row by row: every line must have `fields.length` fields, and `read` turns
// the fields into a record or reports the field at fault. The file is refused whole (a ParseResult with the
// line, column and field name of each problem, up to `maxErrors`) or accepted whole.
import { ErrorLog, type ParseError, type ParseResult } from '../situation-import/parse-result';
import { datLines, splitDatLine } from './dat-fields';

export interface RowContext {
  line: number;
  /** Reports the field at a 0-based index as wrong; the row is then dropped and the file refused. */
  fault(index: number, message: string): void;
}

export function readDatTable<T>(
  text: string,
  fields: readonly string[],
  read: (cells: string[], context: RowContext) => T | null,
  maxErrors = 100,
): ParseResult<T[]> {
  const log = new ErrorLog(maxErrors);
  const records: T[] = [];
  const lines = datLines(text);
  if (lines.length === 0) return { ok: false, errors: [{ line: 1, column: null, field: null, message: 'the file is empty' }], warnings: [] };
  // One context for every row (a closure per row costs more than the parse under tsx's keep-names).
  const context = {
    line: 0,
    faulty: false,
    fault(index: number, message: string) {
      context.faulty = true;
      log.add({ line: context.line, column: index + 1, field: fields[index], message } satisfies ParseError);
    },
  };
  for (const { line, text: row } of lines) {
    if (log.full) break;
    const split = splitDatLine(row);
    if (!split.ok) {
      log.add({ line, column: split.column, field: fields[split.column - 1] ?? null, message: split.message });
      continue;
    }
    if (split.fields.length !== fields.length) {
      const column = Math.min(split.fields.length, fields.length) + 1;
      log.add({ line, column: split.fields.length > fields.length ? column : null, field: null, message: `this line has ${split.fields.length} fields; expected ${fields.length} (${fields.join(', ')})` });
      continue;
    }
    context.line = line;
    context.faulty = false;
    const record = read(split.fields, context);
    if (!context.faulty && record !== null) records.push(record);
  }
  return log.empty ? { ok: true, value: records, warnings: [] } : { ok: false, errors: log.errors, warnings: [] };
}

/** A whole number ≥ 1 (an OpenFlights id). */
export function parseId(cell: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(cell) ? Number(cell) : null;
}

/** A finite decimal number within [min, max]. */
export function parseBounded(cell: string, min: number, max: number): number | null {
  if (!/^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$/.test(cell)) return null;
  const value = Number(cell);
  return value >= min && value <= max ? value : null;
}
