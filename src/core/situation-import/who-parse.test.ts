import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWho } from './who-parse';

// A small file in the WHO daily format (BOM, CRLF, quoted names, Namibia's "NA", Kosovo's "XK", WHO's
// code-less "Other" rows, an unknown code, an empty cumulative cell, a skipped day). Counts are made up.
const fixture = readFileSync(new URL('./__fixtures__/who-sample.csv', import.meta.url), 'utf8');
const ALPHA2: Record<string, string> = { NA: 'NAM', XK: 'XKX', BQ: 'BES', US: 'USA', FR: 'FRA' };
const alpha2ToIso3 = (alpha2: string) => ALPHA2[alpha2] ?? null;
const header = 'Date_reported,Country_code,Country,WHO_region,New_cases,Cumulative_cases,New_deaths,Cumulative_deaths';

describe('parseWho', () => {
  const result = parseWho(fixture, { alpha2ToIso3 });

  it('reads cumulative counts per alpha-3 country and date', () => {
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.summary).toEqual({ countries: 4, days: 4, rows: 11, inputRows: 14, firstDate: '2020-03-14', lastDate: '2020-03-18' });
    const nam = result.value.records.filter((r) => r.iso3 === 'NAM');
    expect(nam.map((r) => [r.date, r.cumulativeCases])).toEqual([
      ['2020-03-14', 2],
      ['2020-03-15', 2],
      ['2020-03-16', 2],
      ['2020-03-18', 3],
    ]);
    expect(result.value.records.find((r) => r.iso3 === 'USA' && r.date === '2020-03-15')).toEqual({ iso3: 'USA', date: '2020-03-15', cumulativeCases: 2400, cumulativeDeaths: 58 });
    expect(result.value.records.some((r) => r.iso3 === 'XKX')).toBe(true);
  });

  it('warns once per skipped code and about carried-forward cells, with lines', () => {
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([
      ['not-a-country', 13],
      ['unknown-country', 15],
      ['missing-count', 9],
    ]);
    expect(result.warnings[0].message).toBe('"Other": it has no country code (e.g. international conveyances); 2 rows from line 13 not imported');
  });

  it('reports progress', () => {
    const calls: number[] = [];
    parseWho(fixture, { alpha2ToIso3, onProgress: (done) => calls.push(done) });
    expect(calls[calls.length - 1]).toBe(14);
  });

  it('refuses a missing column, a bad date and a non-numeric count, with line and column', () => {
    const noColumn = parseWho('Date_reported,Country_code,Country\n2020-03-14,FR,France\n', { alpha2ToIso3 });
    expect(noColumn.ok === false && noColumn.errors.map((e) => e.field)).toEqual(['Cumulative_cases', 'Cumulative_deaths']);
    const bad = parseWho(`${header}\n2020-03-14,FR,France,EURO,1,1,0,0\n2020-13-01,FR,France,EURO,1,2,0,0\n2020-03-16,FR,France,EURO,1,three,0,0\n`, { alpha2ToIso3 });
    expect(bad.ok === false && bad.errors).toEqual([
      { line: 3, column: 1, field: 'Date_reported', message: 'expected a date as YYYY-MM-DD, found "2020-13-01"' },
      { line: 4, column: 6, field: 'Cumulative_cases', message: 'expected a cumulative count (a whole number ≥ 0) or nothing, found "three"' },
    ]);
  });

  it('refuses the same country and date twice', () => {
    const twice = parseWho(`${header}\n2020-03-14,FR,France,EURO,1,1,0,0\n2020-03-14,FR,France,EURO,1,1,0,0\n`, { alpha2ToIso3 });
    expect(twice.ok === false && twice.errors[0]).toMatchObject({ line: 3, message: 'FRA 2020-03-14 already appears on line 2' });
  });
});
