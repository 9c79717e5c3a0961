// countries.dat (OpenFlights): `name, iso_code, dafif_code`. Maps the country names airports.dat uses to
// ISO 3166-1 alpha-2 codes; a few disputed or uninhabited entries have no code (`\N`).
import type { ParseResult } from '../situation-import/parse-result';
import { datNull } from './dat-fields';
import { readDatTable } from './dat-table';

export interface OpenFlightsCountry {
  name: string;
  iso2: string | null;
}

export const COUNTRY_FIELDS = ['name', 'iso_code', 'dafif_code'] as const;

export function parseCountries(text: string, maxErrors?: number): ParseResult<OpenFlightsCountry[]> {
  return readDatTable<OpenFlightsCountry>(
    text,
    COUNTRY_FIELDS,
    (cells, { fault }) => {
      if (cells[0].trim() === '') fault(0, 'the country name is missing');
      const iso2 = datNull(cells[1]) ? null : cells[1];
      if (iso2 !== null && !/^[A-Z]{2}$/.test(iso2)) fault(1, `expected an ISO 3166-1 alpha-2 code such as KE, found ${JSON.stringify(cells[1])}`);
      return { name: cells[0], iso2 };
    },
    maxErrors,
  );
}
