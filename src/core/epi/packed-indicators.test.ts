import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJhu } from '../situation-import/jhu-parse';
import { computeIndicators } from './indicators';
import { isoDateToDay } from './iso-day';
import { cumulativeAt, firstCaseDate, packIndicators, unpackIndicators } from './packed-indicators';

const shared = (path: string) => readFileSync(new URL(`../../../../shared/data/${path}`, import.meta.url), 'utf8');

describe('packed indicators', () => {
  // Real series with revisions (negative days), gaps carried forward, R_t known and unknown.
  const parsed = parseJhu({ confirmed: shared('jhu/time_series_covid19_confirmed_global.csv'), deaths: shared('jhu/time_series_covid19_deaths_global.csv') });
  if (!parsed.ok) throw new Error('the JHU files do not parse');
  const byIso3 = (iso3: string) => parsed.value.records.filter((r) => r.iso3 === iso3);

  it.each(['FRA', 'USA', 'NZL', 'ESP'])('give back exactly the points of %s, flags and nulls included', (iso3) => {
    const points = computeIndicators(byIso3(iso3), 5_000_000);
    expect(points.some((p) => p.flags.length > 0 || p.rt === null)).toBe(true);
    const packed = packIndicators(points, isoDateToDay(points[0].date) as number);
    expect(unpackIndicators(packed)).toEqual(points);
    expect(unpackIndicators(packed, 100, 128)).toEqual(points.slice(100, 128));
    expect(cumulativeAt(packed, 'deaths', 500)).toBe(points[500].cumulativeDeaths);
  });

  it('give the first day with a reported case: Kenya on 2020-03-13, as the JHU series says', () => {
    const points = computeIndicators(byIso3('KEN'), 50_000_000);
    const packed = packIndicators(points, isoDateToDay(points[0].date) as number);
    expect(firstCaseDate(packed)).toBe(points.find((p) => p.cumulativeCases > 0)!.date);
    expect(firstCaseDate(packed)).toBe('2020-03-13');
    const none = packIndicators(points.slice(0, 10), isoDateToDay(points[0].date) as number);
    expect(firstCaseDate(none)).toBeNull();
  });

  it('clip a range to the days they hold', () => {
    const points = computeIndicators(byIso3('KEN'), 50_000_000);
    const packed = packIndicators(points, isoDateToDay(points[0].date) as number);
    expect(unpackIndicators(packed, -5, 2)).toEqual(points.slice(0, 2));
    expect(unpackIndicators(packed, points.length - 1, points.length + 10)).toEqual(points.slice(-1));
  });
});
