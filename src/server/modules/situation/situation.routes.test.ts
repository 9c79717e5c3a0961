import { afterAll, beforeAll, expect, it } from 'vitest';
import { SeriesPointSchema } from '../../../shared/schemas/situation';
import { describeEachDialect } from '../../db/test-databases';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { jhuSample } from './situation.test-support';

describeEachDialect('situation routes', (get) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(get());
  });
  afterAll(async () => t.close());

  it('lets a coordinator upload the JHU files and refuses a researcher and a visitor', async () => {
    const body = { source: 'jhu', files: jhuSample(90) };
    const researcher = await t.signIn('researcher');
    expect((await researcher.request('POST', '/api/situation/imports', body)).statusCode).toBe(403);
    expect((await t.anonymous.request('POST', '/api/situation/imports', body)).statusCode).toBe(401);
    const coordinator = await t.signIn('coordinator');
    const res = await coordinator.request('POST', '/api/situation/imports', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ source: 'jhu', countries: 2, days: 90 });
  });

  it('answers 422 with line and column for a malformed file', async () => {
    const files = jhuSample(90);
    const coordinator = await t.signIn('coordinator');
    const res = await coordinator.request('POST', '/api/situation/imports', { source: 'jhu', files: { ...files, deaths: files.deaths.replace('Long', 'Lung') } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0]).toMatchObject({ path: 'deaths: line 1, column 4' });
  });

  it("serves a country's series in the documented shape, within from..to", async () => {
    const res = await t.anonymous.request('GET', '/api/situation/countries/KEN/series?from=2020-03-01&to=2020-03-10');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ iso3: 'KEN', name: 'Kenya' });
    expect(body.points).toHaveLength(10);
    expect(Object.keys(body.points[0]).sort()).toEqual(Object.keys(SeriesPointSchema.shape).sort());
  });

  it('answers 404 for an unknown country and 400 for bad dates', async () => {
    expect((await t.anonymous.request('GET', '/api/situation/countries/XXX/series')).statusCode).toBe(404);
    expect((await t.anonymous.request('GET', '/api/situation/countries/KEN/series?from=2020-13-01')).statusCode).toBe(400);
    expect((await t.anonymous.request('GET', '/api/situation/countries/KEN/series?from=2020-03-10&to=2020-03-01')).statusCode).toBe(400);
    expect((await t.anonymous.request('GET', '/api/situation/overview?date=yesterday')).statusCode).toBe(400);
  });

  it('serves the overview and the world series as JSON', async () => {
    const overview = await t.anonymous.request('GET', '/api/situation/overview?date=2020-04-01');
    expect(overview.headers['content-type']).toContain('application/json');
    expect(overview.json()).toMatchObject({ date: '2020-04-01', source: 'jhu', firstDate: '2020-01-22' });
    expect(overview.json().countries[0].severity.factors).toHaveLength(4);
    const gzipped = await t.app.inject({ method: 'GET', url: '/api/situation/overview?date=2020-04-01', headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    const etag = String(overview.headers.etag);
    const again = await t.app.inject({ method: 'GET', url: '/api/situation/overview?date=2020-04-01', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    const world = await t.anonymous.request('GET', '/api/situation/world/series');
    expect(world.json().points).toHaveLength(90);
  });

  it('lets a coordinator change the severity weights, not a researcher', async () => {
    const weights = { incidence: 0.5, growth: 0.1, deaths: 0.2, 'health-system': 0.2 };
    const researcher = await t.signIn('researcher');
    expect((await researcher.request('PUT', '/api/situation/severity-weights', { weights })).statusCode).toBe(403);
    const coordinator = await t.signIn('coordinator');
    expect((await coordinator.request('PUT', '/api/situation/severity-weights', { weights: { ...weights, growth: -1 } })).statusCode).toBe(400);
    const res = await coordinator.request('PUT', '/api/situation/severity-weights', { weights });
    expect(res.statusCode).toBe(200);
    expect((await t.anonymous.request('GET', '/api/situation/severity-weights')).json()).toMatchObject({ weights, defaults: false });
  });
});
