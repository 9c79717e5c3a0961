// airports.dat (OpenFlights): one airport a line. Only what the network needs is kept: the id routes refer
// to, the codes (routes without an id name the airport by IATA or ICAO code), the country by name (as
// countries.dat spells it, mostly) and the position.
import type { ParseResult } from '../situation-import/parse-result';
import { datNull } from './dat-fields';
import { parseBounded, parseId, readDatTable } from './dat-table';

export interface Airport {
  id: number;
  name: string;
  city: string;
  country: string;
  iata: string | null;
  icao: string | null;
  lat: number;
  lon: number;
}

export const AIRPORT_FIELDS = ['id', 'name', 'city', 'country', 'IATA', 'ICAO', 'latitude', 'longitude', 'altitude', 'timezone', 'DST', 'tz', 'type', 'source'] as const;

export function parseAirports(text: string, maxErrors?: number): ParseResult<Airport[]> {
  const seen = new Set<number>();
  return readDatTable<Airport>(
    text,
    AIRPORT_FIELDS,
    (cells, { fault }) => {
      const id = parseId(cells[0]);
      if (id === null) fault(0, `expected an airport id (a whole number ≥ 1), found ${JSON.stringify(cells[0])}`);
      else if (seen.has(id)) fault(0, `airport id ${id} appears twice`);
      else seen.add(id);
      if (cells[3].trim() === '') fault(3, 'the country is missing');
      const lat = parseBounded(cells[6], -90, 90);
      if (lat === null) fault(6, `expected a latitude between −90 and 90, found ${JSON.stringify(cells[6])}`);
      const lon = parseBounded(cells[7], -180, 180);
      if (lon === null) fault(7, `expected a longitude between −180 and 180, found ${JSON.stringify(cells[7])}`);
      if (id === null || lat === null || lon === null) return null;
      return { id, name: cells[1], city: cells[2], country: cells[3], iata: datNull(cells[4]) ? null : cells[4], icao: datNull(cells[5]) ? null : cells[5], lat, lon };
    },
    maxErrors,
  );
}
