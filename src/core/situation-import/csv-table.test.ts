import { describe, expect, it } from 'vitest';
import { countFields, readCsvTable } from './csv-table';

describe('countFields', () => {
  it('counts commas outside quotes', () => {
    expect(countFields('a,b,c')).toBe(3);
    expect(countFields('"Korea, South",1,2')).toBe(3);
    expect(countFields('"say ""hi"", ok",2')).toBe(2);
    expect(countFields('')).toBe(1);
    expect(countFields('"open,1')).toBe(-1);
  });
});

describe('readCsvTable', () => {
  it('gives the header, the rows and the line number of each row', () => {
    const result = readCsvTable('\ufeffa,b\r\n1,"x, y"\r\n\r\n3,4\r\n');
    expect(result).toEqual({ ok: true, table: { header: ['a', 'b'], rows: [['1', 'x, y'], ['3', '4']], lines: [2, 4] } });
  });

  it('accepts a header without rows', () => {
    expect(readCsvTable('a,b')).toEqual({ ok: true, table: { header: ['a', 'b'], rows: [], lines: [] } });
  });

  it('refuses an empty file', () => {
    const result = readCsvTable(' \n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ line: 1, message: expect.stringMatching(/empty/) });
  });

  it('refuses short and long rows and open quotes, with their lines', () => {
    const result = readCsvTable('a,b,c\n1,2,3\n1,2\n1,2,3,4\n"x,2,3\n  \n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 3],
      [4, 4],
      [5, null],
      [6, 2],
    ]);
    expect(result.errors[0].message).toBe('this line has 2 fields but the header has 3');
  });

  it('stops after maxErrors', () => {
    const result = readCsvTable(`a,b\n${'1\n'.repeat(50)}`, 5);
    expect(result.ok === false && result.errors.length).toBe(5);
  });
});
