// Reads typed cells out of CSV rows, logging an error with line, column and header name for each cell that
// does not parse. Shared by the long-format parsers so their messages are worded alike.
import { parseCount, parseDecimal, parseIsoDate } from './parse-cell';
import { outOfBounds, type DateBounds } from './date-bounds';
import type { ErrorLog } from './parse-result';

export interface CellReader {
  /** Logs an error at a 0-based column index. */
  fault(line: number, column: number, message: string): void;
  /** A cumulative count; null when the cell is empty; undefined (error logged) when it is not a count. */
  optionalCount(row: readonly string[], line: number, column: number): number | null | undefined;
  /** A number; null when empty or the column is absent (-1); undefined (error logged) when not a number. */
  optionalDecimal(row: readonly string[], line: number, column: number): number | null | undefined;
  /** An ISO 8601 date within the bounds; null (error logged) when it is not one or lies outside them. */
  isoDate(row: readonly string[], line: number, column: number): string | null;
}

export function cellReader(log: ErrorLog, header: readonly string[], dates?: DateBounds): CellReader {
  const fault = (line: number, column: number, message: string) => log.add({ line, column: column + 1, field: header[column] ?? null, message });
  return {
    fault,
    optionalCount(row, line, column) {
      const cell = row[column].trim();
      if (cell === '') return null;
      const value = parseCount(cell);
      if (value === null) fault(line, column, `expected a cumulative count (a whole number ≥ 0) or nothing, found ${JSON.stringify(cell)}`);
      return value ?? undefined;
    },
    optionalDecimal(row, line, column) {
      const cell = column === -1 ? '' : row[column].trim();
      if (cell === '') return null;
      const value = parseDecimal(cell);
      if (value === null) fault(line, column, `expected a number or nothing, found ${JSON.stringify(cell)}`);
      return value ?? undefined;
    },
    isoDate(row, line, column) {
      const date = parseIsoDate(row[column].trim());
      if (date === null) {
        fault(line, column, `expected a date as YYYY-MM-DD, found ${JSON.stringify(row[column])}`);
        return null;
      }
      const refused = outOfBounds(date, dates);
      if (refused !== null) fault(line, column, refused);
      return refused === null ? date : null;
    },
  };
}

/** "1 row", "2 rows". */
export const rowsText = (n: number): string => `${n} row${n === 1 ? '' : 's'}`;
