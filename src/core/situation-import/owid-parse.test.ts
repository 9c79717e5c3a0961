import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseOwid } from './owid-parse';

const shared = (path: string) => readFileSync(new URL(`../../../../shared/data/${path}`, import.meta.url));
const text = gunzipSync(shared('owid/owid-covid-data_2020-05-24.csv.gz')).toString('utf8');

describe('parseOwid on the real OWID file of 2020-05-24', () => {
  const result = parseOwid(text);

  it('reads every country row and no aggregate', () => {
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    expect(result.value.summary).toEqual({ countries: 210, days: 146, rows: 19_286, inputRows: 19_496, firstDate: '2019-12-31', lastDate: '2020-05-24' });
    expect(result.value.records.find((r) => r.iso3 === 'USA' && r.date === '2020-05-24')).toEqual({ iso3: 'USA', date: '2020-05-24', cumulativeCases: 1_622_670, cumulativeDeaths: 97_087 });
    expect(result.value.records.some((r) => r.iso3 === 'XKX')).toBe(true);
    expect(result.value.records.some((r) => r.iso3.startsWith('OWID'))).toBe(false);
  });

  it('warns once per aggregate with its first line and row count', () => {
    expect(result.warnings).toEqual([
      { line: 19_288, code: 'aggregate', message: '"World" (OWID_WRL) is an aggregate, not a country: 146 rows from line 19288 not imported' },
      { line: 19_434, code: 'aggregate', message: '"International" (no iso_code) is an aggregate, not a country: 64 rows from line 19434 not imported' },
    ]);
  });

  it('refuses bad input with line and column', () => {
    const header = 'iso_code,location,date,total_cases,new_cases,total_deaths';
    const bad = parseOwid(`${header}\nFRA,France,2020-03-01,12,12,x\nfr,France,2020-03-02,12,0,0\n`);
    expect(bad.ok === false && bad.errors).toEqual([
      { line: 2, column: 6, field: 'total_deaths', message: 'expected a cumulative count (a whole number ≥ 0) or nothing, found "x"' },
      { line: 3, column: 1, field: 'iso_code', message: 'expected an ISO 3166-1 alpha-3 code or an OWID_ code, found "fr"' },
    ]);
    const missing = parseOwid('iso_code,location,date\n');
    expect(missing.ok === false && missing.errors.map((e) => e.message)).toEqual(['the header has no "total_cases" column', 'the header has no "total_deaths" column']);
  });

  it('reports progress to the last row', () => {
    let last = 0;
    parseOwid(text, { onProgress: (done) => (last = done) });
    expect(last).toBe(19_496);
  });
});

describe('parseOwid on OWID\'s "latest" file', () => {
  it('says it holds no time series and which file to import instead', () => {
    const result = parseOwid(shared('owid/owid-covid-latest.csv').toString('utf8'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message).toMatch(/"latest" file .* no time series; import owid-covid-data\.csv/);
  });
});
