// routes.dat (OpenFlights, June 2014): one row per airline and airport pair, direct flights only (stops is
// almost always 0). An airport is named by its IATA or ICAO code and, when OpenFlights knew it, its id in
// airports.dat (`\N` otherwise). Equipment lists the aircraft types flown, space-separated (IATA codes).
import type { ParseResult } from '../situation-import/parse-result';
import { datNull } from './dat-fields';
import { parseId, readDatTable, type RowContext } from './dat-table';

export interface Route {
  airline: string;
  source: string;
  sourceId: number | null;
  destination: string;
  destinationId: number | null;
  stops: number;
  equipment: string[];
}

export const ROUTE_FIELDS = ['airline', 'airline_id', 'src_airport', 'src_airport_id', 'dst_airport', 'dst_airport_id', 'codeshare', 'stops', 'equipment'] as const;

export function parseRoutes(text: string, maxErrors?: number): ParseResult<Route[]> {
  return readDatTable<Route>(
    text,
    ROUTE_FIELDS,
    (cells, context) => {
      const source = airportCode(cells, 2, context);
      const sourceId = airportId(cells, 3, context);
      const destination = airportCode(cells, 4, context);
      const destinationId = airportId(cells, 5, context);
      const stops = /^[0-9]{1,2}$/.test(cells[7]) ? Number(cells[7]) : null;
      if (stops === null) context.fault(7, `expected the number of stops (a whole number), found ${JSON.stringify(cells[7])}`);
      const equipment = cells[8].trim() === '' ? [] : cells[8].trim().split(/\s+/);
      return { airline: cells[0], source, sourceId, destination, destinationId, stops: stops ?? 0, equipment };
    },
    maxErrors,
  );
}

function airportId(cells: string[], index: number, context: RowContext): number | null {
  if (datNull(cells[index])) return null;
  const id = parseId(cells[index]);
  if (id === null) context.fault(index, `expected an airport id (a whole number ≥ 1) or \\N, found ${JSON.stringify(cells[index])}`);
  return id;
}

function airportCode(cells: string[], index: number, context: RowContext): string {
  if (!/^[A-Z0-9]{3,4}$/.test(cells[index])) context.fault(index, `expected an IATA (3) or ICAO (4) airport code, found ${JSON.stringify(cells[index])}`);
  return cells[index];
}
