import { describe, expect, it } from 'vitest';
import type { Airport } from './airports-parse';
import { routeSeats } from './aircraft-seats';
import { buildAirNetworks } from './air-network';
import { fluxBetween } from './flux-network';
import type { Route } from './routes-parse';

const airport = (id: number, iata: string, country: string): Airport => ({ id, name: iata, city: iata, country, iata, icao: null, lat: 0, lon: 0 });
const route = (source: string, sourceId: number | null, destination: string, destinationId: number | null, equipment = ['320']): Route => ({ airline: 'XX', source, sourceId, destination, destinationId, stops: 0, equipment });

const airports = [airport(1, 'NBO', 'Kenya'), airport(2, 'MBA', 'Kenya'), airport(3, 'ADD', 'Ethiopia'), airport(4, 'FIH', 'Congo (Kinshasa)'), airport(5, 'XXX', 'Atlantis')];
const countries = [
  { name: 'Kenya', iso2: 'KE' },
  { name: 'Ethiopia', iso2: 'ET' },
];
const ISO3: Record<string, string> = { KE: 'KEN', ET: 'ETH', CD: 'COD' };
const iso3OfIso2 = (iso2: string) => ISO3[iso2] ?? null;

describe('buildAirNetworks', () => {
  const routes = [
    route('NBO', 1, 'ADD', 3),
    route('NBO', 1, 'ADD', 3, ['788']),
    route('MBA', 2, 'ADD', null), // found by code
    route('NBO', 1, 'MBA', 2), // domestic
    route('NBO', 1, 'NBO', 1), // self
    route('NBO', 1, 'ZZZ', null), // unknown airport
    route('FIH', 4, 'NBO', 1), // a country named only in the aliases
    route('XXX', 5, 'NBO', 1), // a country with no ISO code
  ];
  const networks = buildAirNetworks({ airports, countries, routes, iso3OfIso2 });

  it('counts routes between countries, excluding domestic, self and unresolved rows', () => {
    expect(networks.countries.nodes).toEqual(['COD', 'ETH', 'KEN']);
    expect(fluxBetween(networks.countries, 2, 1)).toBe(3);
    expect(fluxBetween(networks.countries, 0, 2)).toBe(1);
    expect(fluxBetween(networks.countries, 1, 2)).toBe(0);
    expect(networks.summary).toEqual({ routes: 8, unknownAirport: 1, selfRoutes: 1, domestic: 1, noCountry: 1, international: 4, countries: 3 });
  });

  it('keeps the airport network with domestic routes, without self-routes', () => {
    expect(networks.airports.nodes).toEqual(['1', '2', '3', '4', '5']);
    expect(fluxBetween(networks.airports, 0, 2)).toBe(2);
    expect(fluxBetween(networks.airports, 0, 1)).toBe(1);
    expect(fluxBetween(networks.airports, 0, 0)).toBe(0);
    expect(networks.airportCountry).toEqual(['KEN', 'KEN', 'ETH', 'COD', null]);
  });

  it('files the former Netherlands Antilles airports under their countries of today', () => {
    const curacao = { ...airport(6, 'CUR', 'Netherlands Antilles'), icao: 'TNCC' };
    const result = buildAirNetworks({ airports: [curacao], countries: [{ name: 'Netherlands Antilles', iso2: 'AN' }], routes: [], iso3OfIso2: (iso2) => ({ CW: 'CUW' })[iso2] ?? null });
    expect(result.airportCountry).toEqual(['CUW']);
  });

  it('weighs routes by the seats of their equipment when asked', () => {
    const seats = buildAirNetworks({ airports, countries, routes, iso3OfIso2, weighting: 'seats' });
    expect(fluxBetween(seats.countries, 2, 1)).toBe(routeSeats(['320']) * 2 + routeSeats(['788']));
  });
});

describe('routeSeats', () => {
  it('takes the mean of the types flown, a default for unknown types', () => {
    expect(routeSeats(['320'])).toBe(164);
    expect(routeSeats(['320', '738'])).toBe(163);
    expect(routeSeats(['ZZZ'])).toBe(100);
    expect(routeSeats([])).toBe(100);
  });
});
