import { afterAll, beforeAll, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { OverviewSchema, OverviewSummarySchema, SeriesPointSchema } from '../../../shared/schemas/situation';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp } from '../../test-support/test-app.test-support';
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

  it('answers 202 with the job when the import outlasts the wait, and serves the job until its summary', async () => {
    const waitless = await createTestApp(get(), { importWaitMs: 0 });
    try {
      const coordinator = await waitless.signIn('coordinator');
      const res = await coordinator.request('POST', '/api/situation/imports', { source: 'jhu', files: jhuSample(90) });
      expect(res.statusCode).toBe(202);
      const job = res.json<{ id: number; status: string }>();
      expect(res.headers.location).toBe(`/api/situation/imports/jobs/${job.id}`);
      expect(['queued', 'running']).toContain(job.status);
      expect((await (await waitless.signIn('researcher')).request('GET', `/api/situation/imports/jobs/${job.id}`)).statusCode).toBe(403);
      await expect.poll(async () => (await coordinator.request('GET', `/api/situation/imports/jobs/${job.id}`)).json().status, { timeout: 20_000 }).toBe('done');
      const done = (await coordinator.request('GET', `/api/situation/imports/jobs/${job.id}`)).json();
      expect(done).toMatchObject({ id: job.id, attempts: 1, result: { source: 'jhu', countries: 2, days: 90 }, httpStatus: null, error: null });
      expect((await coordinator.request('GET', '/api/situation/imports/jobs/2147483647')).statusCode).toBe(404);
      // Pruned after the retention (here none): gone, and answered as a job that never was.
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(await waitless.services.imports.prune(0)).toBeGreaterThan(0);
      const pruned = await coordinator.request('GET', `/api/situation/imports/jobs/${job.id}`);
      expect(pruned.statusCode).toBe(404);
      expect(pruned.json()).toMatchObject({ error: { code: 'not_found', key: 'not-found' } });
    } finally {
      await waitless.close();
    }
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

  it('serves the overview summary in columns, rounded, in the order and with the values of the details', async () => {
    const summary = await t.anonymous.request('GET', '/api/situation/overview?date=2020-04-01');
    expect(summary.statusCode).toBe(200);
    expect(summary.headers['content-type']).toContain('application/json');
    const body = OverviewSummarySchema.parse(summary.json());
    expect(body).toMatchObject({ date: '2020-04-01', source: 'jhu', firstDate: '2020-01-22', significantDigits: 3 });
    const details = OverviewSchema.parse((await t.anonymous.request('GET', '/api/situation/overview/details?date=2020-04-01')).json());
    expect(details.countries[0].severity.factors).toHaveLength(4);
    expect(body.countries.iso3).toEqual(details.countries.map((c) => c.iso3));
    details.countries.forEach((row, i) => {
      const near = (rounded: number | null, exact: number | null) => (exact === null ? expect(rounded).toBeNull() : expect(Math.abs((rounded as number) - exact)).toBeLessThanOrEqual(Math.abs(exact) * 5e-3));
      near(body.countries.severity[i], row.severity.index);
      near(body.countries.incidence7dPer100k[i], row.incidence7dPer100k);
      near(body.countries.growth7d[i], row.growth7d);
      near(body.countries.rt[i], row.rt?.mean ?? null);
      near(body.countries.deaths28dPerMillion[i], row.deaths28dPerMillion);
    });
  });

  it('sends the overview brotli- or gzip-compressed as the client accepts, and 304 to a client holding it', async () => {
    const url = '/api/situation/overview?date=2020-04-01';
    const plain = await t.app.inject({ method: 'GET', url });
    const br = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8'))).toEqual(plain.json());
    const gzip = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, br;q=0' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString('utf8'))).toEqual(plain.json());
    expect(plain.headers.vary).toBe('accept-encoding');
    const again = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': String(plain.headers.etag) } });
    expect(again.statusCode).toBe(304);
    const details = await t.app.inject({ method: 'GET', url: '/api/situation/overview/details?date=2020-04-01', headers: { 'if-none-match': String(plain.headers.etag) } });
    expect(details.statusCode).toBe(200);
  });

  it('serves the world series', async () => {
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
