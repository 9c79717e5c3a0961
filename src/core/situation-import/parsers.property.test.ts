import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importDateBounds } from './date-bounds';
import { parseJhu } from './jhu-parse';
import { parseOwid } from './owid-parse';
import type { ParseResult } from './parse-result';
import { parseWho } from './who-parse';

// Whatever the file, the case and death parsers answer with records or with errors a person can find in it
// (a line ≥ 1, a message): they never throw. Inputs are near misses of the real formats, where bugs hide,
// as well as arbitrary text.

const dates = importDateBounds('2019-12-01', '2026-11-26');
const cell = fc.oneof(
  fc.constantFrom('', ' ', '0', '12', '-3', '1e308', '1.5', 'NaN', 'KEN', 'KE', 'OWID_WRL', 'Kenya', 'Italy', '"a,b"', '"', '""', '2020-03-14', '2300-12-31', '2021-02-30', '1/22/20', '12/31/99', '13/1/20', '\r'),
  fc.string({ maxLength: 8 }),
);
const row = (width: number) => fc.array(cell, { minLength: 0, maxLength: width + 2 }).map((cells) => cells.join(','));
const csv = (header: string) =>
  fc.tuple(fc.array(row(header.split(',').length), { maxLength: 12 }), fc.constantFrom('\n', '\r\n')).map(([rows, eol]) => [header, ...rows].join(eol));
const anyText = fc.string({ maxLength: 400 });

function wellFormed(result: ParseResult<unknown>): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.message.length).toBeGreaterThan(0);
  }
}

const WHO_HEADER = 'Date_reported,Country_code,Country,WHO_region,New_cases,Cumulative_cases,New_deaths,Cumulative_deaths';
const OWID_HEADER = 'iso_code,location,date,total_cases,total_deaths';
const JHU_HEADER = 'Province/State,Country/Region,Lat,Long,1/22/20,1/23/20,1/24/20';
const alpha2ToIso3 = (a: string) => (a === 'KE' ? 'KEN' : null);

describe('case and death parsers on any input', () => {
  it('WHO: records or located errors, never a throw', () => {
    fc.assert(fc.property(fc.oneof(csv(WHO_HEADER), anyText), (text) => wellFormed(parseWho(text, { alpha2ToIso3, dates }))), { numRuns: 300 });
  });

  it('OWID: records or located errors, never a throw', () => {
    fc.assert(fc.property(fc.oneof(csv(OWID_HEADER), anyText), (text) => wellFormed(parseOwid(text, { dates }))), { numRuns: 300 });
  });

  it('JHU: records or located errors, never a throw', () => {
    const file = fc.oneof(csv(JHU_HEADER), anyText);
    fc.assert(fc.property(file, file, (confirmed, deaths) => wellFormed(parseJhu({ confirmed, deaths }, { dates }))), { numRuns: 300 });
  });
});
