import { afterAll, beforeAll, expect, it } from 'vitest';
import { ArrivalCheckSchema, ImportationRiskSchema, SpreadSchema } from '../../../shared/schemas/spread';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp } from '../../test-support/test-app.test-support';
import { jhuFull, jhuSample } from './situation.test-support';

describeEachDialect('spread routes', (get) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(get());
  });
  afterAll(async () => t.close());

  it('serves every country’s effective distance from an origin, nearest first, in the contract’s shape', async () => {
    const res = await t.anonymous.request('GET', '/api/situation/spread?origin=CHN');
    expect(res.statusCode).toBe(200);
    const body = SpreadSchema.parse(res.json());
    expect(body.origin).toBe('CHN');
    expect(body.network.countries).toBeGreaterThan(200);
    expect(body.countries.map((c) => c.iso3)).not.toContain('CHN');
    const distances = body.countries.map((c) => c.effectiveDistance ?? Infinity);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    // Every effective distance is at least its number of links (each d_mn ≥ 1) and its path starts at the origin.
    for (const c of body.countries.filter((row) => row.effectiveDistance !== null)) {
      expect(c.effectiveDistance).toBeGreaterThanOrEqual(c.hops as number);
      expect(c.path[0]).toBe('CHN');
      expect(c.path.at(-1)).toBe(c.iso3);
    }
    // The nearest country is the one taking the largest share of China's international routes (Taiwan in
    // the 2014 routes), reached directly.
    const nearest = body.countries[0];
    expect(nearest).toMatchObject({ iso3: 'TWN', hops: 1 });
    expect(nearest.share).toBe(Math.max(...body.countries.map((c) => c.share)));
    expect(nearest.effectiveDistance).toBeCloseTo(1 - Math.log(nearest.share), 12);
    expect(body.countries.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 9);
  });

  it('answers the seat-weighted network when asked', async () => {
    const res = await t.anonymous.request('GET', '/api/situation/spread?origin=KEN&weighting=seats');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ origin: 'KEN', weighting: 'seats' });
  });

  it('answers 404 for a country without airports and 400 for a code that is not ISO3', async () => {
    const unknown = await t.anonymous.request('GET', '/api/situation/spread?origin=XXX');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'not_found', details: [{ path: 'origin' }] });
    expect(unknown.json().error.message).toMatch(/XXX has no airport/);
    expect((await t.anonymous.request('GET', '/api/situation/spread?origin=china')).statusCode).toBe(400);
    expect((await t.anonymous.request('GET', '/api/situation/spread')).statusCode).toBe(400);
    expect((await t.anonymous.request('GET', '/api/situation/spread?origin=CHN&weighting=passengers')).statusCode).toBe(400);
  });

  it('ranks the importation risk from the current incidence, and refuses bad assumptions', async () => {
    const coordinator = await t.signIn('coordinator');
    expect((await coordinator.request('POST', '/api/situation/imports', { source: 'jhu', files: jhuSample(60) })).statusCode).toBe(201);
    const res = await t.anonymous.request('GET', '/api/situation/importation-risk?date=2020-03-20&limit=20');
    expect(res.statusCode).toBe(200);
    const body = ImportationRiskSchema.parse(res.json());
    expect(body).toMatchObject({ date: '2020-03-20', source: 'jhu', weighting: 'routes', assumptions: { infectiousDays: 7, ascertainment: 1 } });
    expect(body.countries).toHaveLength(20);
    expect(body.countries.map((c) => c.rank)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const risks = body.countries.map((c) => c.expectedPerWeek);
    expect(risks).toEqual([...risks].sort((a, b) => b - a));
    // Only Kenya and Italy have cases in the sample: Italy's neighbours import most, from Italy.
    expect(body.countries[0].expectedPerWeek).toBeGreaterThan(0);
    expect(['ITA', 'KEN']).toContain(body.countries[0].mainSource);
    const doubled = ImportationRiskSchema.parse((await t.anonymous.request('GET', '/api/situation/importation-risk?date=2020-03-20&limit=20&ascertainment=0.5')).json());
    expect(doubled.countries[0].expectedPerWeek).toBeCloseTo(2 * body.countries[0].expectedPerWeek, 9);
    // The flag follows its rule on every row.
    for (const c of body.countries) {
      const weak = c.hospitalBedsPerThousand !== null && c.hospitalBedsPerThousand < body.preparednessThresholds.maxHospitalBedsPerThousand;
      expect(c.preparedness).toBe(c.expectedPerWeek >= 1 && (c.incidence7dPer100k ?? 0) < 10 && weak);
    }
    expect((await t.anonymous.request('GET', '/api/situation/importation-risk?ascertainment=0')).statusCode).toBe(400);
    expect((await t.anonymous.request('GET', '/api/situation/importation-risk?limit=100000')).statusCode).toBe(400);
  });

  it('checks effective distance against the first reported cases of the data imported now, as ADR 040 reports it', async () => {
    const coordinator = await t.signIn('coordinator');
    expect((await coordinator.request('POST', '/api/situation/imports', { source: 'jhu', files: jhuFull(), confirm: true })).statusCode).toBe(201);
    const res = await t.anonymous.request('GET', '/api/situation/spread/arrival-check');
    expect(res.statusCode).toBe(200);
    const body = ArrivalCheckSchema.parse(res.json());
    // The outbreak's origin and airport come from the pathogen dataset's settings.
    expect(body).toMatchObject({ origin: 'CHN', fromAirport: 'WUH', source: 'jhu', seriesFirstDate: '2020-01-22' });
    expect(body.excluded.reportingOnFirstDay).toEqual(['CHN', 'JPN', 'KOR', 'MAC', 'THA', 'TWN', 'USA']);
    expect(body.countries).toHaveLength(209);
    expect(body.spearmanEffective).toBeCloseTo(0.563, 3);
    expect(body.spearmanGreatCircle).toBeCloseTo(0.271, 3);
    const italy = body.countries.find((c) => c.iso3 === 'ITA')!;
    expect(italy).toMatchObject({ firstCase: '2020-01-31', day: 9 });
    expect(italy.greatCircleKm).toBeGreaterThan(8000);
    expect(italy.greatCircleKm).toBeLessThan(9500);

    // From another origin, distances run from its busiest airport.
    const fromKenya = ArrivalCheckSchema.parse((await t.anonymous.request('GET', '/api/situation/spread/arrival-check?origin=KEN')).json());
    expect(fromKenya).toMatchObject({ origin: 'KEN', fromAirport: 'NBO' });
    expect((await t.anonymous.request('GET', '/api/situation/spread/arrival-check?origin=kenya')).statusCode).toBe(400);
  }, 120_000);
});
