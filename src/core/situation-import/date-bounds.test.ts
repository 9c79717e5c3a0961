import { describe, expect, it } from 'vitest';
import { importDateBounds, outOfBounds } from './date-bounds';
import { parseJhu } from './jhu-parse';
import { parseOwid } from './owid-parse';
import { parseWho } from './who-parse';

// The outbreak's first date and "today" as the server would pass them (the core has no clock).
const dates = importDateBounds('2019-12-01', '2026-11-26');

describe('importDateBounds', () => {
  it('accepts from the outbreak start to one day after today', () => {
    expect(dates).toEqual({ earliest: '2019-12-01', latest: '2026-11-27' });
    expect(outOfBounds('2019-12-01', dates)).toBeNull();
    expect(outOfBounds('2026-11-27', dates)).toBeNull();
    expect(outOfBounds('2026-11-28', dates)).toBe('2026-11-28 is in the future (the last date accepted is 2026-11-27)');
    expect(outOfBounds('2019-11-30', dates)).toBe("2019-11-30 is before the outbreak's first date (2019-12-01)");
  });

  it('refuses a date that is not ISO 8601', () => {
    expect(() => importDateBounds('2019-12-01', 'yesterday')).toThrow(RangeError);
  });
});

const WHO_HEADER = 'Date_reported,Country_code,Country,WHO_region,New_cases,Cumulative_cases,New_deaths,Cumulative_deaths';
const alpha2ToIso3 = (a: string) => (a === 'KE' ? 'KEN' : null);

describe('the parsers refuse dates outside the bounds, with their line', () => {
  it('WHO: a row dated 2300-12-31', () => {
    const text = [WHO_HEADER, '2020-03-14,KE,Kenya,AFRO,1,1,0,0', '2300-12-31,KE,Kenya,AFRO,1,2,0,0', ''].join('\n');
    const result = parseWho(text, { alpha2ToIso3, dates });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([{ line: 3, column: 1, field: 'Date_reported', message: '2300-12-31 is in the future (the last date accepted is 2026-11-27)' }]);
    expect(parseWho(text, { alpha2ToIso3 }).ok).toBe(true);
  });

  it('OWID: a row before the outbreak', () => {
    const text = ['iso_code,location,date,total_cases,total_deaths', 'KEN,Kenya,2019-01-05,1,0', 'KEN,Kenya,2020-03-14,1,0', ''].join('\n');
    const result = parseOwid(text, { dates });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => [e.line, e.field])).toEqual([[2, 'date']]);
  });

  it('JHU: a date column after today', () => {
    const header = 'Province/State,Country/Region,Lat,Long,1/22/20,12/31/99';
    const file = `${header}\n,Kenya,0,0,1,2\n`;
    const result = parseJhu({ confirmed: file, deaths: file }, { dates });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toEqual({ file: 'confirmed', line: 1, column: 6, field: '12/31/99', message: '12/31/99: 2099-12-31 is in the future (the last date accepted is 2026-11-27)' });
    }
  });
});
