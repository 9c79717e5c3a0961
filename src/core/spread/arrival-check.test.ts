import { describe, expect, it } from 'vitest';
import { buildAirNetworks } from './air-network';
import { arrivalCheck, countryGateways } from './arrival-check';
import type { Airport } from './airports-parse';
import type { Route } from './routes-parse';

const airport = (id: number, country: string, iata: string, lat: number, lon: number): Airport => ({ id, name: iata, city: iata, country, iata, icao: null, lat, lon });

describe('the arrival check', () => {
  it('takes a country’s busiest airport as its gateway', () => {
    const airports = [airport(1, 'A', 'AAA', 0, 0), airport(2, 'B', 'BB1', 0, 10), airport(3, 'B', 'BB2', 0, 20)];
    const routes = [
      { from: 'AAA', to: 'BB1' },
      { from: 'BB2', to: 'AAA' },
      { from: 'BB2', to: 'BB1' },
    ].map((r): Route => ({ airline: 'XX', source: r.from, sourceId: null, destination: r.to, destinationId: null, stops: 0, equipment: [] }));
    const networks = buildAirNetworks({ airports, countries: [{ name: 'A', iso2: 'AA' }, { name: 'B', iso2: 'BB' }], routes, iso3OfIso2: (c) => (c === 'AA' ? 'AAA' : 'BBB'), weighting: 'routes' });
    const gateways = countryGateways(networks);
    expect(gateways.get('BBB')).toMatchObject({ iata: 'BB2', routes: 2 });
    expect(gateways.get('AAA')).toMatchObject({ iata: 'AAA', routes: 1 });
  });

  it('ranks arrival days against both distances, leaving out the origin and unreachable countries (hand-checked)', () => {
    const gateways = new Map([
      ['NEAR', { iata: 'N', lat: 0, lon: 1, routes: 1 }],
      ['MID', { iata: 'M', lat: 0, lon: 30, routes: 1 }],
      ['FAR', { iata: 'F', lat: 0, lon: 2, routes: 1 }],
    ]);
    const check = arrivalCheck({
      origin: 'ORI',
      originPoint: { lat: 0, lon: 0 },
      effectiveDistance: new Map([
        ['NEAR', 3],
        ['MID', 5],
        ['FAR', 9],
        ['LOST', Infinity],
      ]),
      gateways,
      arrival: new Map([
        ['ORI', '2020-01-23'],
        ['NEAR', '2020-01-25'],
        ['MID', '2020-02-01'],
        ['FAR', '2020-03-01'],
        ['LOST', '2020-02-10'],
      ]),
      seriesFirstDate: '2020-01-22',
    });
    expect(check.rows.map((r) => [r.iso3, r.day])).toEqual([
      ['FAR', 39],
      ['MID', 10],
      ['NEAR', 3],
    ]);
    expect(check.unreachable).toEqual(['LOST']);
    // Arrival order follows effective distance exactly; great-circle puts FAR (2°) before MID (30°).
    expect(check.spearmanEffective).toBeCloseTo(1, 12);
    expect(check.spearmanGreatCircle).toBeCloseTo(0.5, 12);
    expect(check.rows.find((r) => r.iso3 === 'MID')!.greatCircleKm).toBeCloseTo((30 * Math.PI * 6371.0088) / 180, 6);
  });

  it('gives no correlation from fewer than three countries', () => {
    const check = arrivalCheck({ origin: 'O', originPoint: { lat: 0, lon: 0 }, effectiveDistance: new Map([['A', 1]]), gateways: new Map([['A', { iata: 'A', lat: 1, lon: 1, routes: 1 }]]), arrival: new Map([['A', '2020-02-01']]), seriesFirstDate: '2020-01-22' });
    expect(check.spearmanEffective).toBeNull();
    expect(check.rows).toHaveLength(1);
  });
});
