// The check of effective distance against arrival times (Brockmann & Helbing 2013, Fig. 4; ADR 040): for an
// origin, each country's effective distance and great-circle distance from the outbreak's airport beside the
// day of its first reported case, with the Spearman correlation of each. Countries reporting on the series'
// first day, never reporting, or off the network are counted apart, never guessed.
import type { AirNetworks } from './air-network';
import { greatCircleKm } from './great-circle';
import { spearman } from './spearman';

export interface Gateway {
  iata: string | null;
  lat: number;
  lon: number;
  /** Routes out of it: the country's busiest airport is its gateway. */
  routes: number;
}

/**
 * Each country's busiest airport (most routes out): where great-circle distance is measured to, since a
 * country's area makes a centroid meaningless (the United States, Russia, France with its overseas parts).
 */
export function countryGateways(networks: Pick<AirNetworks, 'airports' | 'airportCountry' | 'airportList'>): Map<string, Gateway> {
  const gateways = new Map<string, Gateway>();
  const { offsets } = networks.airports;
  networks.airportCountry.forEach((iso3, i) => {
    if (iso3 === null) return;
    const routes = offsets[i + 1] - offsets[i];
    if (routes > (gateways.get(iso3)?.routes ?? 0)) {
      const airport = networks.airportList[i];
      gateways.set(iso3, { iata: airport.iata, lat: airport.lat, lon: airport.lon, routes });
    }
  });
  return gateways;
}

export interface ArrivalCheckInput {
  origin: string;
  /** Where the outbreak began (its airport), for great-circle distances. */
  originPoint: { lat: number; lon: number };
  /** Effective distance from the origin per country (Infinity when unreachable). */
  effectiveDistance: ReadonlyMap<string, number>;
  gateways: ReadonlyMap<string, Gateway>;
  /** ISO3 → the first date with cases after the series' first day (first-case.ts). */
  arrival: ReadonlyMap<string, string>;
  seriesFirstDate: string;
}

export interface ArrivalRow {
  iso3: string;
  firstCase: string;
  /** Days after the series' first date. */
  day: number;
  effectiveDistance: number;
  greatCircleKm: number;
}

export interface ArrivalCheck {
  rows: ArrivalRow[];
  /** Spearman ρ of arrival day with each distance; null with fewer than 3 countries. */
  spearmanEffective: number | null;
  spearmanGreatCircle: number | null;
  unreachable: string[];
}

const DAY_MS = 86_400_000;

export function arrivalCheck(input: ArrivalCheckInput): ArrivalCheck {
  const start = Date.parse(`${input.seriesFirstDate}T00:00:00Z`);
  const rows: ArrivalRow[] = [];
  const unreachable: string[] = [];
  for (const [iso3, date] of [...input.arrival].sort(([a], [b]) => a.localeCompare(b))) {
    if (iso3 === input.origin) continue;
    const distance = input.effectiveDistance.get(iso3);
    const gateway = input.gateways.get(iso3);
    if (distance === undefined || !Number.isFinite(distance) || gateway === undefined) {
      unreachable.push(iso3);
      continue;
    }
    rows.push({ iso3, firstCase: date, day: Math.round((Date.parse(`${date}T00:00:00Z`) - start) / DAY_MS), effectiveDistance: distance, greatCircleKm: greatCircleKm(input.originPoint, gateway) });
  }
  const days = rows.map((r) => r.day);
  const rho = (x: number[]) => (rows.length < 3 ? null : spearman(x, days));
  return { rows, spearmanEffective: rho(rows.map((r) => r.effectiveDistance)), spearmanGreatCircle: rho(rows.map((r) => r.greatCircleKm)), unreachable };
}
