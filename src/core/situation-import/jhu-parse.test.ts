import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseJhu } from './jhu-parse';
import type { SeriesImport, SeriesRecord } from './series-record';

const shared = (path: string) => readFileSync(new URL(`../../../../shared/data/${path}`, import.meta.url), 'utf8');
const confirmedText = shared('jhu/time_series_covid19_confirmed_global.csv');
const deathsText = shared('jhu/time_series_covid19_deaths_global.csv');

const HEADER = 'Province/State,Country/Region,Lat,Long,1/22/20,1/23/20,1/24/20';
const wide = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

describe('parseJhu on the real final JHU files', () => {
  let result: ReturnType<typeof parseJhu>;
  let value: SeriesImport;
  const progress: [number, number][] = [];
  const on = (iso3: string, date: string): SeriesRecord | undefined => value.records.find((r) => r.iso3 === iso3 && r.date === date);

  beforeAll(() => {
    result = parseJhu({ confirmed: confirmedText, deaths: deathsText }, { onProgress: (done, total) => progress.push([done, total]) });
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    value = result.value;
  });

  it('reads every day of every country into long records (196 countries + 34 territories)', () => {
    expect(value.summary).toEqual({ countries: 230, days: 1143, rows: 230 * 1143, inputRows: 578, firstDate: '2020-01-22', lastDate: '2023-03-09' });
    expect(value.records[0]).toEqual({ iso3: 'ABW', date: '2020-01-22', cumulativeCases: 0, cumulativeDeaths: 0 });
  });

  it('reports the rows that are no country as warnings with their lines, in both files', () => {
    const notCountries = result.warnings.filter((w) => w.code === 'not-a-country');
    expect(notCountries.map((w) => [w.file, w.line])).toEqual(
      ['confirmed', 'deaths'].flatMap((file) => [7, 108, 177, 246, 287].map((line) => [file, line])),
    );
    expect(notCountries[1].message).toBe('"Diamond Princess" is a cruise ship, not a country: row not imported (712 on 3/9/23)');
    expect(result.warnings.filter((w) => w.code !== 'not-a-country')).toEqual([]);
  });

  it('loses nothing else: the world total on 3/9/23 is JHU\'s total minus the five non-country rows', () => {
    const last = value.records.filter((r) => r.date === '2023-03-09');
    expect(last.reduce((s, r) => s + r.cumulativeCases, 0)).toBe(676_570_149 - (11 + 712 + 9 + 865 + 535));
    expect(last.reduce((s, r) => s + r.cumulativeDeaths, 0)).toBe(6_881_802 - (13 + 2));
  });

  it('sums provinces into their country: Canada on 1/1/21 equals the sum of its rows', () => {
    expect(on('CAN', '2021-01-01')).toEqual({ iso3: 'CAN', date: '2021-01-01', cumulativeCases: 596_582, cumulativeDeaths: 15_819 });
    expect(on('USA', '2023-03-09')).toEqual({ iso3: 'USA', date: '2023-03-09', cumulativeCases: 103_802_702, cumulativeDeaths: 1_123_836 });
  });

  it('keeps ISO territories apart from the mother country', () => {
    expect(on('FRA', '2023-03-09')?.cumulativeCases).toBe(38_618_509);
    for (const iso3 of ['GRL', 'FRO', 'REU', 'ABW', 'CUW', 'HKG', 'MAC', 'BMU', 'NIU', 'PCN']) expect(on(iso3, '2023-03-09'), iso3).toBeDefined();
    expect(on('KOR', '2020-01-22')).toBeDefined();
    expect(on('TWN', '2020-01-22')).toBeDefined();
    expect(on('XKX', '2020-01-22')).toBeDefined();
    expect(on('ATA', '2020-01-22')).toBeUndefined();
  });

  it('reports progress up to the total', () => {
    expect(progress.length).toBeGreaterThan(10);
    expect(progress[progress.length - 1]).toEqual([578, 578]);
  });
});

describe('parseJhu refuses malformed files with line and column', () => {
  const deaths = wide(',France,46.2,2.2,0,0,0');

  it('a bad header', () => {
    const result = parseJhu({ confirmed: wide(',France,46.2,2.2,0,0,1').replace('Country/Region', 'Country'), deaths });
    expect(result.ok === false && result.errors[0]).toMatchObject({ file: 'confirmed', line: 1, column: 2, field: 'Country' });
  });

  it('a bad date', () => {
    const result = parseJhu({ confirmed: wide(',France,46.2,2.2,0,0,1').replace('1/23/20', '2/30/20'), deaths });
    expect(result.ok === false && result.errors[0]).toMatchObject({ line: 1, column: 6, field: '2/30/20', message: expect.stringMatching(/M\/D\/YY/) });
  });

  it('a non-numeric count', () => {
    const result = parseJhu({ confirmed: wide(',Italy,41.9,12.6,0,0,0', ',France,46.2,2.2,0,x,1'), deaths: wide(',Italy,41.9,12.6,0,0,0', ',France,46.2,2.2,0,0,0') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { file: 'confirmed', line: 3, column: 6, field: '1/23/20', message: 'expected a cumulative count (a whole number ≥ 0), found "x"' },
    ]);
  });

  it('a ragged line', () => {
    const result = parseJhu({ confirmed: wide(',France,46.2,2.2,0,0'), deaths });
    expect(result.ok === false && result.errors[0]).toMatchObject({ file: 'confirmed', line: 2, column: 7 });
  });

  it('dates or rows that differ between the two files', () => {
    const shifted = parseJhu({ confirmed: wide(',France,46.2,2.2,0,0,1'), deaths: deaths.replace('1/24/20', '1/25/20') });
    expect(shifted.ok === false && shifted.errors[0]).toMatchObject({ file: 'deaths', line: 1, column: 7 });
    const missing = parseJhu({ confirmed: wide(',France,46.2,2.2,0,0,1', ',Italy,41.9,12.6,0,0,0'), deaths });
    expect(missing.ok === false && missing.errors[0]).toMatchObject({ file: 'confirmed', line: 3, message: 'the deaths file has no row for "Italy"' });
  });

  it('a row given twice', () => {
    const row = ',France,46.2,2.2,0,0,1';
    const result = parseJhu({ confirmed: wide(row, row), deaths });
    expect(result.ok === false && result.errors[0]).toMatchObject({ line: 3, message: '"France" already appears on line 2' });
  });

  it('an empty file', () => {
    const result = parseJhu({ confirmed: '', deaths });
    expect(result.ok === false && result.errors[0]).toMatchObject({ file: 'confirmed', line: 1 });
  });

  it('warns about a name it does not know, without refusing the file', () => {
    const result = parseJhu({ confirmed: wide(',Mainland China,30,114,1,2,3'), deaths: wide(',Mainland China,30,114,0,0,0') });
    expect(result.ok).toBe(true);
    expect(result.warnings[0]).toMatchObject({ code: 'unknown-country', line: 2 });
  });

  it('sums provinces and handles quoted names', () => {
    const result = parseJhu({
      confirmed: wide('Ontario,Canada,51,-85,1,2,3', 'Quebec,Canada,52,-73,10,20,30', '"Bonaire, Sint Eustatius and Saba",Netherlands,12.2,-68.3,0,0,5'),
      deaths: wide('Ontario,Canada,51,-85,0,0,1', 'Quebec,Canada,52,-73,0,1,1', '"Bonaire, Sint Eustatius and Saba",Netherlands,12.2,-68.3,0,0,0'),
    });
    expect(result.ok && result.value.records.filter((r) => r.date === '2020-01-24')).toEqual([
      { iso3: 'BES', date: '2020-01-24', cumulativeCases: 5, cumulativeDeaths: 0 },
      { iso3: 'CAN', date: '2020-01-24', cumulativeCases: 33, cumulativeDeaths: 2 },
    ]);
  });
});
