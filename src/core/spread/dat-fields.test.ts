import { describe, expect, it } from 'vitest';
import { datLines, datNull, splitDatLine } from './dat-fields';

describe('splitDatLine', () => {
  it('splits quoted and bare fields, with doubled quotes and commas inside quotes', () => {
    expect(splitDatLine('332,"Magdeburg ""City"" Airport","a, b",\\N,5')).toEqual({ ok: true, fields: ['332', 'Magdeburg "City" Airport', 'a, b', '\\N', '5'] });
    expect(splitDatLine('2B,410,AER,2965,KZN,2990,,0,CR2')).toEqual({ ok: true, fields: ['2B', '410', 'AER', '2965', 'KZN', '2990', '', '0', 'CR2'] });
    expect(splitDatLine('"",x,')).toEqual({ ok: true, fields: ['', 'x', ''] });
  });

  it('gives the column of an open quote, text after a closing quote and a stray quote', () => {
    expect(splitDatLine('1,"Goroka,2')).toMatchObject({ ok: false, column: 2 });
    expect(splitDatLine('1,"Goroka"x,2')).toMatchObject({ ok: false, column: 2 });
    expect(splitDatLine('1,2,Gor"oka')).toMatchObject({ ok: false, column: 3 });
  });
});

describe('datLines', () => {
  it('numbers lines from 1, skips blank ones and drops CR and BOM', () => {
    expect(datLines('\ufeffa\r\n\r\nb\n')).toEqual([
      { line: 1, text: 'a' },
      { line: 3, text: 'b' },
    ]);
  });

  it('reads \\N and empty as null', () => {
    expect([datNull('\\N'), datNull(''), datNull('N')]).toEqual([true, true, false]);
  });
});
