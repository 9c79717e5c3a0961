import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAirports } from './airports-parse';
import { parseCountries } from './countries-parse';
import { parseRoutes } from './routes-parse';

const GOROKA = '1,"Goroka Airport","Goroka","Papua New Guinea","GKA","AYGA",-6.081689834590001,145.391998291,5282,10,"U","Pacific/Port_Moresby","airport","OurAirports"';
const SHARED = new URL('../../../../shared/data/openflights/', import.meta.url);

describe('parseAirports', () => {
  it('reads an airport, nulls as null', () => {
    const result = parseAirports(`${GOROKA}\n2,"No Code","X","Kenya",\\N,\\N,1.5,-2,0,3,"E","Africa/Nairobi","airport","OurAirports"\n`);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.value[0]).toEqual({ id: 1, name: 'Goroka Airport', city: 'Goroka', country: 'Papua New Guinea', iata: 'GKA', icao: 'AYGA', lat: -6.081689834590001, lon: 145.391998291 });
    expect(result.value[1]).toMatchObject({ iata: null, icao: null, lat: 1.5, lon: -2 });
  });

  it('refuses a malformed line with its line and column', () => {
    const bad = GOROKA.replace('-6.081689834590001', '-96.1').replace(/^1,/, '2,');
    const result = parseAirports(`${GOROKA}\n\n${bad}\n1,"Twice","X","Kenya",\\N,\\N,1,2,0,3,"E","x","airport","y"\n3,"Short"\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.column, e.field])).toEqual([
      [3, 7, 'latitude'],
      [4, 1, 'id'],
      [5, null, null],
    ]);
    expect(result.errors[0].message).toMatch(/latitude between −90 and 90, found "-96.1"/);
    expect(result.errors[2].message).toMatch(/2 fields; expected 14/);
  });

  it('refuses an empty file', () => {
    expect(parseAirports('\n')).toMatchObject({ ok: false, errors: [{ line: 1, message: 'the file is empty' }] });
  });

  it('reads the whole shipped file', () => {
    const result = parseAirports(readFileSync(new URL('airports.dat', SHARED), 'utf8'));
    expect(result.ok && result.value.length).toBe(7698);
  });
});

describe('parseCountries', () => {
  it('reads names and ISO codes, \\N as none', () => {
    expect(parseCountries('"Bonaire, Saint Eustatius and Saba","BQ",""\n"Wake Island",\\N,"WQ"\n')).toEqual({
      ok: true,
      value: [
        { name: 'Bonaire, Saint Eustatius and Saba', iso2: 'BQ' },
        { name: 'Wake Island', iso2: null },
      ],
      warnings: [],
    });
  });

  it('refuses a code that is not alpha-2', () => {
    expect(parseCountries('"Kenya","KEN","KE"\n')).toMatchObject({ ok: false, errors: [{ line: 1, column: 2, field: 'iso_code' }] });
  });

  it('reads the whole shipped file', () => {
    const result = parseCountries(readFileSync(new URL('countries.dat', SHARED), 'utf8'));
    expect(result.ok && result.value.length).toBe(261);
  });
});

describe('parseRoutes', () => {
  it('reads a route with CRLF line ends, equipment split, \\N ids as null', () => {
    const result = parseRoutes('2B,410,AER,2965,KZN,2990,,0,CR2 320\r\nZL,4178,WGA,\\N,WWL,6261,Y,0,SF3\r\n');
    expect(result.ok && result.value).toEqual([
      { airline: '2B', source: 'AER', sourceId: 2965, destination: 'KZN', destinationId: 2990, stops: 0, equipment: ['CR2', '320'] },
      { airline: 'ZL', source: 'WGA', sourceId: null, destination: 'WWL', destinationId: 6261, stops: 0, equipment: ['SF3'] },
    ]);
  });

  it('refuses bad ids, codes and stops with line and column', () => {
    const result = parseRoutes('2B,410,AER,2965,KZN,2990,,0,CR2\n2B,410,AER,x,KZN,2990,,0,CR2\n2B,410,AER,2965,kz,2990,,one,CR2\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.column, e.field])).toEqual([
      [2, 4, 'src_airport_id'],
      [3, 5, 'dst_airport'],
      [3, 8, 'stops'],
    ]);
  });

  it('reads the whole shipped file', () => {
    const result = parseRoutes(readFileSync(new URL('routes.dat', SHARED), 'utf8'));
    expect(result.ok && result.value.length).toBe(67663);
  });
});
