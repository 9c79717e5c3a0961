import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ImportedCaseStatistics } from '../../../shared/schemas/consular';
import { systemActor } from '../../auth/actor';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';

const HEADER = 'arrival_date,port_of_entry,flight,origin_country,passport_country,student,age_band';
// Ten cases in March: nine hold CHN passports, four are students; one more in April, outside the range.
const GOOD = [
  HEADER,
  '2020-03-01,PEK,CA938,GBR,CHN,yes,18-29',
  '2020-03-02,PEK,CA938,GBR,CHN,yes,18-29',
  '2020-03-03,PVG,MU552,GBR,CHN,yes,18-29',
  '2020-03-04,PVG,MU552,ITA,CHN,yes,18-29',
  '2020-03-05,CAN,,ITA,CHN,no,30-39',
  '2020-03-06,CAN,,ITA,CHN,no,40-49',
  '2020-03-07,PEK,CA932,USA,CHN,no,50-59',
  '2020-03-08,PEK,CA932,USA,CHN,no,60+',
  '2020-03-09,PEK,CA932,USA,CHN,no,60+',
  '2020-03-31,PEK,CA932,USA,USA,no,30-39',
  '2020-04-01,PEK,CA932,USA,CHN,yes,18-29',
].join('\n');
const MARCH = '/api/consular/statistics/imported-cases?from=2020-03-01&to=2020-03-31';

describeEachDialect('consular imported-case routes', (getDb) => {
  let t: TestApp;
  let officer: TestClient;
  let admin: TestClient;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    officer = await t.signIn('consular_officer');
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  it('refuses citizens, partners, coordinators and anonymous callers', async () => {
    for (const role of ['citizen', 'partner_focal_point', 'coordinator'] as const) {
      const client = await t.signIn(role);
      expect((await client.request('GET', MARCH)).statusCode, role).toBe(403);
      expect((await client.request('POST', '/api/consular/imported-cases', { data: GOOD })).statusCode, role).toBe(403);
    }
    expect((await t.anonymous.request('GET', MARCH)).statusCode).toBe(401);
    expect((await t.anonymous.request('POST', '/api/consular/imported-cases', { data: GOOD })).statusCode).toBe(401);
  });

  it('refuses a malformed file with line and column and stores nothing', async () => {
    const bad = GOOD.replace('2020-03-05,CAN,,ITA,CHN,no,30-39', '2020-03-05,CAN,,ITA,CN,no,30-39');
    const res = await officer.request('POST', '/api/consular/imported-cases', { data: bad });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toEqual([{ path: 'line 6, column 5', message: 'passport_country: expected an ISO 3166-1 alpha-3 code such as "KEN", found "CN"' }]);
    expect((await officer.request('GET', MARCH)).json<ImportedCaseStatistics>().total).toBe(0);
  });

  it('answers 202 with the job when the import outlasts the wait, and serves the job until it ends', async () => {
    const waitless = await createTestApp(getDb(), { importWaitMs: 0 });
    try {
      const own = await waitless.signIn('consular_officer');
      const bad = await own.request('POST', '/api/consular/imported-cases', { data: GOOD.replace('2020-03-05,CAN,,ITA,CHN,no,30-39', '2020-03-05,CAN,,ITA,CN,no,30-39') });
      expect(bad.statusCode).toBe(202);
      expect(bad.headers.location).toBe(`/api/consular/imported-cases/jobs/${bad.json().id}`);
      const read = async () => (await own.request('GET', bad.headers.location as string)).json();
      await expect.poll(async () => (await read()).status, { timeout: 20_000 }).toBe('failed');
      // The refusal the POST would have answered, with its line and column; nothing stored.
      expect(await read()).toMatchObject({ httpStatus: 422, result: null, error: { code: 'unprocessable', details: [{ path: 'line 6, column 5' }] } });
      expect((await own.request('GET', MARCH)).json<ImportedCaseStatistics>().total).toBe(0);
      expect((await (await waitless.signIn('coordinator')).request('GET', bad.headers.location as string)).statusCode).toBe(403);
    } finally {
      await waitless.close();
    }
  });

  it('imports the file and gives the shares over the range, own passport being the aid donor setting', async () => {
    const res = await officer.request('POST', '/api/consular/imported-cases', { data: GOOD });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ imported: 11, firstDate: '2020-03-01', lastDate: '2020-04-01' });

    const march = await admin.request('GET', MARCH);
    expect(march.statusCode, march.body).toBe(200);
    expect(march.json()).toEqual({
      total: 10,
      ownPassport: { count: 9, share: 0.9 },
      students: { count: 4, share: 0.4 },
      byOrigin: [{ iso3: 'USA', count: 4 }, { iso3: 'GBR', count: 3 }, { iso3: 'ITA', count: 3 }],
    });
    const oneDay = await officer.request('GET', '/api/consular/statistics/imported-cases?from=2020-04-01&to=2020-04-01');
    expect(oneDay.json()).toMatchObject({ total: 1, ownPassport: { count: 1, share: 1 }, students: { count: 1, share: 1 } });

    const settings = await t.services.aid.supply.overview();
    await t.services.aid.supply.putReserveSettings(systemActor('test'), { ...settings.settings, donorIso3: 'USA' });
    expect((await officer.request('GET', MARCH)).json<ImportedCaseStatistics>().ownPassport).toEqual({ count: 1, share: 0.1 });
  });

  it('answers 400 with the field for a bad or reversed range', async () => {
    const reversed = await officer.request('GET', '/api/consular/statistics/imported-cases?from=2020-03-31&to=2020-03-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.details[0].path).toBe('querystring.to');
    expect((await officer.request('GET', '/api/consular/statistics/imported-cases?from=2020-03-01')).statusCode).toBe(400);
  });
});
