// The three OpenFlights files the network needs, parsed together: the result names the file of each problem.
import type { ParseResult } from '../situation-import/parse-result';
import { parseAirports, type Airport } from './airports-parse';
import { parseCountries, type OpenFlightsCountry } from './countries-parse';
import { parseRoutes, type Route } from './routes-parse';

export interface OpenFlightsFiles {
  airports: string;
  countries: string;
  routes: string;
}

export interface OpenFlightsData {
  airports: Airport[];
  countries: OpenFlightsCountry[];
  routes: Route[];
}

export function parseOpenFlights(files: OpenFlightsFiles): ParseResult<OpenFlightsData> {
  const airports = parseAirports(files.airports);
  const countries = parseCountries(files.countries);
  const routes = parseRoutes(files.routes);
  if (airports.ok && countries.ok && routes.ok) return { ok: true, value: { airports: airports.value, countries: countries.value, routes: routes.value }, warnings: [] };
  const errors = [
    ...(airports.ok ? [] : airports.errors.map((e) => ({ ...e, file: 'airports.dat' }))),
    ...(countries.ok ? [] : countries.errors.map((e) => ({ ...e, file: 'countries.dat' }))),
    ...(routes.ok ? [] : routes.errors.map((e) => ({ ...e, file: 'routes.dat' }))),
  ];
  return { ok: false, errors, warnings: [] };
}
