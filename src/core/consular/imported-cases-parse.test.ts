import { describe, expect, it } from 'vitest';
import { parseAgeBand, parseImportedCases } from './imported-cases-parse';

const HEADER = 'arrival_date,port_of_entry,flight,origin_country,passport_country,student,age_band';
const known = new Set(['CHN', 'GBR', 'ITA', 'USA']);
const parse = (text: string) => parseImportedCases(text, { isCountry: (iso3) => known.has(iso3) });
const file = (...rows: string[]) => [HEADER, ...rows].join('\n');
const errorsOf = (text: string) => {
  const result = parse(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors.map(({ line, column, field }) => ({ line, column, field }));
};

describe('parseImportedCases', () => {
  it('reads a good file, whatever the column order, with CRLF, a BOM and an empty flight', () => {
    const text = '\ufeff' + [HEADER, '2020-03-14,PEK,CA938,GBR,CHN,yes,20-29', '2020-03-15,PVG,,ITA,ITA,NO,80+', ''].join('\r\n');
    const result = parse(text);
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: [
        { arrivalDate: '2020-03-14', portOfEntry: 'PEK', flight: 'CA938', originIso3: 'GBR', passportIso3: 'CHN', student: true, ageBand: '20-29', line: 2 },
        { arrivalDate: '2020-03-15', portOfEntry: 'PVG', flight: '', originIso3: 'ITA', passportIso3: 'ITA', student: false, ageBand: '80+', line: 3 },
      ],
    });
    const reordered = parse('student,age_band,arrival_date,port_of_entry,flight,origin_country,passport_country\nyes,0-17,2020-03-01,CAN,,USA,CHN');
    expect(reordered.ok && reordered.value[0]).toMatchObject({ student: true, ageBand: '0-17', originIso3: 'USA' });
  });

  it.each([
    ['a date that does not exist', '2020-02-30,PEK,CA938,GBR,CHN,yes,20-29', 1, 'arrival_date'],
    ['a date in another format', '14/03/2020,PEK,CA938,GBR,CHN,yes,20-29', 1, 'arrival_date'],
    ['no port of entry', '2020-03-14,,CA938,GBR,CHN,yes,20-29', 2, 'port_of_entry'],
    ['a flight too long', `2020-03-14,PEK,${'X'.repeat(65)},GBR,CHN,yes,20-29`, 3, 'flight'],
    ['an alpha-2 origin', '2020-03-14,PEK,CA938,GB,CHN,yes,20-29', 4, 'origin_country'],
    ['an unknown passport country', '2020-03-14,PEK,CA938,GBR,XYZ,yes,20-29', 5, 'passport_country'],
    ['student neither yes nor no', '2020-03-14,PEK,CA938,GBR,CHN,y,20-29', 6, 'student'],
    ['an age band upside down', '2020-03-14,PEK,CA938,GBR,CHN,yes,29-20', 7, 'age_band'],
    ['an age band as one age', '2020-03-14,PEK,CA938,GBR,CHN,yes,25', 7, 'age_band'],
  ])('refuses %s at its line and column', (_what, bad, column, field) => {
    expect(errorsOf(file('2020-03-14,PEK,CA938,GBR,CHN,yes,20-29', bad))).toEqual([{ line: 3, column, field }]);
  });

  it('refuses a line with too few fields, an open quote, a missing column, an empty file and a header alone', () => {
    expect(errorsOf(file('2020-03-14,PEK,CA938,GBR,CHN,yes'))).toEqual([{ line: 2, column: 7, field: null }]);
    expect(errorsOf(file('2020-03-14,"PEK,CA938,GBR,CHN,yes,20-29'))).toEqual([{ line: 2, column: null, field: null }]);
    expect(errorsOf('arrival_date,port_of_entry,flight,origin_country,passport_country,age_band\n2020-03-14,PEK,,GBR,CHN,20-29')).toEqual([{ line: 1, column: null, field: 'student' }]);
    expect(errorsOf('')).toEqual([{ line: 1, column: null, field: null }]);
    expect(errorsOf(HEADER)).toEqual([{ line: 2, column: null, field: null }]);
  });

  it('reports every bad cell of a file, not only the first', () => {
    expect(errorsOf(file('2020-13-01,PEK,,GBR,CHN,maybe,20-29', '2020-03-14,PEK,,GBR,CHN,yes,x'))).toEqual([
      { line: 2, column: 1, field: 'arrival_date' },
      { line: 2, column: 6, field: 'student' },
      { line: 3, column: 7, field: 'age_band' },
    ]);
  });
});

describe('parseAgeBand', () => {
  it('accepts a closed range and an open top band only', () => {
    expect(['0-17', '18-29', '80+', '100+'].map(parseAgeBand)).toEqual(['0-17', '18-29', '80+', '100+']);
    expect(['', '20', '20-', '-20', '30-20', 'a-b'].map(parseAgeBand)).toEqual([null, null, null, null, null, null]);
  });
});
