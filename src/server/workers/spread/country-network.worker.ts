import { readFileSync } from 'node:fs';
import { buildAirNetworks, type AirNetworkSummary, type FluxWeighting } from '../../../core/spread/air-network';
import { countryGateways, type Gateway } from '../../../core/spread/arrival-check';
import type { FluxNetwork } from '../../../core/spread/flux-network';
import { parseOpenFlights, type OpenFlightsFiles } from '../../../core/spread/parse-openflights';
import { runInWorker, serveInWorker } from '../run-in-worker';

// The shipped OpenFlights files (data/openflights, ODbL) become the country-level air network in a worker
// thread: parsing 67,663 routes takes a few hundred ms, more than a request may hold the loop. The network
// comes back as typed arrays (a few thousand edges) and is kept by the spread service for the process's life.

export const OPENFLIGHTS_DIR = new URL('../../../../data/openflights/', import.meta.url);

export function readOpenFlights(dir: URL = OPENFLIGHTS_DIR): OpenFlightsFiles {
  const read = (file: string) => readFileSync(new URL(file, dir), 'utf8');
  return { airports: read('airports.dat'), countries: read('countries.dat'), routes: read('routes.dat') };
}

export interface CountryNetworkRequest {
  /** [iso2, iso3] pairs of the product's countries table. */
  iso2ToIso3: [string, string][];
  weighting: FluxWeighting;
  /** A folder holding the three files (default: the shipped one). */
  dir?: string;
  /** IATA codes whose coordinates to give back (e.g. the outbreak's airport, for great-circle distances). */
  namedAirports?: string[];
}

export interface CountryNetwork {
  network: FluxNetwork;
  summary: AirNetworkSummary;
  /** Each country's busiest airport, where great-circle distances are measured to. */
  gateways: [string, Gateway][];
  /** The requested airports that exist, by IATA code. */
  namedAirports: Record<string, { lat: number; lon: number }>;
}

/** Parses the files and builds the country network; a malformed file throws, naming its lines and columns. */
export function buildCountryNetwork(request: CountryNetworkRequest): CountryNetwork {
  const parsed = parseOpenFlights(readOpenFlights(request.dir === undefined ? OPENFLIGHTS_DIR : new URL(request.dir)));
  if (!parsed.ok) {
    const where = parsed.errors.slice(0, 5).map((e) => `${e.file} line ${e.line}${e.column === null ? '' : `, column ${e.column}`}: ${e.message}`);
    throw new Error(`the OpenFlights files were refused: ${where.join('; ')}`);
  }
  const iso3 = new Map(request.iso2ToIso3);
  const networks = buildAirNetworks({ ...parsed.value, iso3OfIso2: (code) => iso3.get(code) ?? null, weighting: request.weighting });
  const named = new Set(request.namedAirports ?? []);
  const namedAirports = Object.fromEntries(networks.airportList.filter((a) => a.iata !== null && named.has(a.iata)).map((a) => [a.iata, { lat: a.lat, lon: a.lon }]));
  return { network: networks.countries, summary: networks.summary, gateways: [...countryGateways(networks)], namedAirports };
}

export function buildCountryNetworkInWorker(request: CountryNetworkRequest): Promise<CountryNetwork> {
  return runInWorker<CountryNetworkRequest, CountryNetwork>(import.meta.url, request, { timeoutMs: 60_000 });
}

serveInWorker<CountryNetworkRequest, CountryNetwork>(import.meta.url, (request) => {
  const result = buildCountryNetwork(request);
  return { result, transfer: [result.network.offsets.buffer, result.network.targets.buffer, result.network.flux.buffer] as ArrayBuffer[] };
});
