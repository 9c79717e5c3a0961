import { describe, expect, it } from 'vitest';
import { cellReader, rowsText } from './cell-reader';
import { ErrorLog } from './parse-result';

describe('cellReader', () => {
  const header = ['date', 'total', 'beds'];

  it('reads optional counts, decimals and ISO dates', () => {
    const log = new ErrorLog();
    const cells = cellReader(log, header);
    const row = ['2020-05-24', ' 12.0 ', ''];
    expect(cells.isoDate(row, 2, 0)).toBe('2020-05-24');
    expect(cells.optionalCount(row, 2, 1)).toBe(12);
    expect(cells.optionalCount(row, 2, 2)).toBeNull();
    expect(cells.optionalDecimal(row, 2, 2)).toBeNull();
    expect(cells.optionalDecimal(row, 2, -1)).toBeNull();
    expect(log.empty).toBe(true);
  });

  it('logs each bad cell with its line, 1-based column and header name', () => {
    const log = new ErrorLog();
    const cells = cellReader(log, header);
    const row = ['24/05/2020', '-3', 'n/a'];
    expect(cells.isoDate(row, 7, 0)).toBeNull();
    expect(cells.optionalCount(row, 7, 1)).toBeUndefined();
    expect(cells.optionalDecimal(row, 7, 2)).toBeUndefined();
    expect(log.errors).toEqual([
      { line: 7, column: 1, field: 'date', message: 'expected a date as YYYY-MM-DD, found "24/05/2020"' },
      { line: 7, column: 2, field: 'total', message: 'expected a cumulative count (a whole number ≥ 0) or nothing, found "-3"' },
      { line: 7, column: 3, field: 'beds', message: 'expected a number or nothing, found "n/a"' },
    ]);
  });

  it('words row counts', () => {
    expect(rowsText(1)).toBe('1 row');
    expect(rowsText(3)).toBe('3 rows');
  });
});
