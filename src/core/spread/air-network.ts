// The air network at two levels from the OpenFlights files: airports (every airport in airports.dat is a
// node; F_mn = routes.dat rows from airport n to airport m) and countries (F_mn = rows from an airport of
// country n to an airport of country m ≠ n). Optionally each row counts the seats of its equipment instead
// of 1 (aircraft-seats.ts). Rows whose airports cannot be found, and airports whose country has no ISO code,
// are left out and counted in the summary.
import type { Airport } from './airports-parse';
import { routeSeats } from './aircraft-seats';
import { AIRPORT_COUNTRY_ALIASES, AIRPORT_COUNTRY_BY_ICAO } from './country-aliases';
import type { OpenFlightsCountry } from './countries-parse';
import { buildFluxNetwork, type FluxEdge, type FluxNetwork } from './flux-network';
import type { Route } from './routes-parse';

export type FluxWeighting = 'routes' | 'seats';

export interface AirNetworkInput {
  airports: readonly Airport[];
  countries: readonly OpenFlightsCountry[];
  routes: readonly Route[];
  /** ISO 3166-1 alpha-2 → alpha-3 (the product's countries table), null when unknown. */
  iso3OfIso2: (iso2: string) => string | null;
  weighting?: FluxWeighting;
}

export interface AirNetworkSummary {
  routes: number;
  /** Rows whose source or destination airport is in neither the ids nor the codes of airports.dat. */
  unknownAirport: number;
  /** Rows from an airport to itself. */
  selfRoutes: number;
  /** Rows between two airports of the same country (in the airport network, not the country one). */
  domestic: number;
  /** Rows with an airport whose country has no ISO code (left out of the country network). */
  noCountry: number;
  /** Rows in the country network. */
  international: number;
  countries: number;
}

export interface AirNetworks {
  airports: FluxNetwork;
  /** ISO3 of each airport node, null when its country has none. */
  airportCountry: (string | null)[];
  airportList: readonly Airport[];
  countries: FluxNetwork;
  summary: AirNetworkSummary;
}

/** ISO3 of each airport from its country name (countries.dat, then the aliases), or its ICAO code for the few that need it. */
export function airportCountries(input: Pick<AirNetworkInput, 'airports' | 'countries' | 'iso3OfIso2'>): (string | null)[] {
  const iso2ByName = new Map<string, string>();
  for (const c of input.countries) if (c.iso2 !== null && !iso2ByName.has(c.name)) iso2ByName.set(c.name, c.iso2);
  for (const [name, iso2] of Object.entries(AIRPORT_COUNTRY_ALIASES)) if (!iso2ByName.has(name)) iso2ByName.set(name, iso2);
  return input.airports.map((a) => {
    const iso2 = (a.icao === null ? undefined : AIRPORT_COUNTRY_BY_ICAO[a.icao]) ?? iso2ByName.get(a.country);
    return iso2 === undefined ? null : input.iso3OfIso2(iso2);
  });
}

export function buildAirNetworks(input: AirNetworkInput): AirNetworks {
  const { airports, routes } = input;
  const byId = new Map<number, number>();
  const byCode = new Map<string, number>();
  airports.forEach((a, i) => {
    byId.set(a.id, i);
    if (a.iata !== null && !byCode.has(a.iata)) byCode.set(a.iata, i);
    if (a.icao !== null && !byCode.has(a.icao)) byCode.set(a.icao, i);
  });
  const find = (id: number | null, code: string) => (id !== null ? byId.get(id) : undefined) ?? byCode.get(code);
  const airportCountry = airportCountries(input);
  const iso3s = [...new Set(airportCountry.filter((c): c is string => c !== null))].sort();
  const countryIndex = new Map(iso3s.map((c, i) => [c, i]));

  const summary: AirNetworkSummary = { routes: routes.length, unknownAirport: 0, selfRoutes: 0, domestic: 0, noCountry: 0, international: 0, countries: iso3s.length };
  const airportEdges: FluxEdge[] = [];
  const countryEdges: FluxEdge[] = [];
  for (const route of routes) {
    const from = find(route.sourceId, route.source);
    const to = find(route.destinationId, route.destination);
    if (from === undefined || to === undefined) {
      summary.unknownAirport++;
      continue;
    }
    if (from === to) {
      summary.selfRoutes++;
      continue;
    }
    const weight = input.weighting === 'seats' ? routeSeats(route.equipment) : 1;
    airportEdges.push({ from, to, weight });
    const a = airportCountry[from];
    const b = airportCountry[to];
    if (a === null || b === null) summary.noCountry++;
    else if (a === b) summary.domestic++;
    else {
      summary.international++;
      countryEdges.push({ from: countryIndex.get(a) as number, to: countryIndex.get(b) as number, weight });
    }
  }
  return {
    airports: buildFluxNetwork(airports.map((a) => String(a.id)), airportEdges),
    airportCountry,
    airportList: airports,
    countries: buildFluxNetwork(iso3s, countryEdges),
    summary,
  };
}
