import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Case } from '../../../shared/schemas/consular';
import type { HelpDeskStatistics, ImportedCasesByOrigin, ImportedCasesWeekly } from '../../../shared/schemas/consular-statistics';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { insertPosts } from './consular.repo';
import { seedConsularPosts } from './consular.seed';
import { postColumns } from './consular-posts.service';

const HELP_DESK = '/api/consular/statistics/help-desk?from=2020-03-02&to=2020-03-03';
const WEEKLY = '/api/consular/statistics/imported-cases/weekly?from=2020-03-01&to=2020-03-20';
const BY_ORIGIN = '/api/consular/statistics/imported-cases/by-origin?from=2020-03-01&to=2020-03-20';
const IMPORTED = [
  'arrival_date,port_of_entry,flight,origin_country,passport_country,student,age_band',
  '2020-03-01,PEK,CA938,GBR,CHN,yes,18-29',
  '2020-03-02,PEK,CA938,GBR,CHN,yes,18-29',
  '2020-03-03,PVG,MU552,GBR,CHN,yes,18-29',
  '2020-03-04,PVG,MU552,ITA,CHN,yes,18-29',
  '2020-03-05,CAN,,ITA,CHN,no,30-39',
  '2020-03-06,CAN,,ITA,CHN,no,40-49',
  '2020-03-07,PEK,CA932,USA,CHN,no,50-59',
  '2020-03-08,PEK,CA932,USA,CHN,no,60+',
  '2020-03-09,PEK,CA932,USA,CHN,no,60+',
  '2020-03-20,PEK,CA932,USA,USA,no,30-39',
].join('\n');

describeEachDialect('consular statistics routes', (getDb) => {
  // Monday 2 March 2020 in London (UTC in winter). Sessions hold 12 hours from their sign-in at 22:00.
  let now = Date.parse('2020-03-02T22:00:00Z');
  let t: TestApp;
  let london: TestClient;
  let manchester: TestClient;
  let admin: TestClient;
  const call = (city: string, channel: string, topic: string, urgency: string) => ({ channel, callerName: 'Zhao', callerPhone: '+44 7700 900321', hostIso3: 'GBR', city, topic, urgency, summary: 'help' });

  beforeAll(async () => {
    t = await createTestApp(getDb(), { clock: () => new Date(now) });
    await seedConsularPosts(t.services.db, t.services.clock);
    london = await t.signIn('consular_officer', { postId: 'EMB-GBR' });
    manchester = await t.signIn('consular_officer', { postId: 'CG-GBR-MAN' });
    admin = await t.signIn('admin');
    // A year before, a Saturday: one call to London.
    now = Date.parse('2019-03-02T10:00:00Z');
    await london.request('POST', '/api/consular/cases', call('London', 'hotline', 'visa', 'normal'));
    now = Date.parse('2020-03-02T10:00:00Z');
    const food = (await london.request('POST', '/api/consular/cases', call('London', 'hotline', 'food', 'normal'))).json<Case>().id;
    await london.request('POST', '/api/consular/cases', call('London', 'post_line', 'treatment', 'life_threatening'));
    await manchester.request('POST', '/api/consular/cases', call('Leeds', 'web', 'visa', 'normal'));
    now = Date.parse('2020-03-02T11:00:00Z');
    await london.request('POST', `/api/consular/cases/${food}/messages`, { kind: 'reply', body: 'A parcel is on its way' });
    now = Date.parse('2020-03-02T12:00:00Z');
  });
  afterAll(() => t.close());

  it('refuses citizens, partners, coordinators and anonymous callers', async () => {
    const routes = [HELP_DESK, WEEKLY, BY_ORIGIN];
    for (const role of ['citizen', 'partner_focal_point', 'coordinator'] as const) {
      const client = await t.signIn(role);
      for (const url of routes) expect((await client.request('GET', url)).statusCode, `${role} ${url}`).toBe(403);
      expect((await client.request('POST', '/api/consular/call-history', { data: 'date,calls\n2019-03-02,1' })).statusCode, role).toBe(403);
    }
    for (const url of routes) expect((await t.anonymous.request('GET', url)).statusCode).toBe(401);
  });

  it('imports call history: the admin’s for the hotline or any post, an officer’s for their post only; a bad file stores nothing', async () => {
    const bad = await admin.request('POST', '/api/consular/call-history', { data: 'date,calls\n2019-03-02,120\n2019-03-03,eighty' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details).toEqual([{ path: 'line 3, column 2', message: 'calls: expected a whole number of calls from 0 to 1000000, found "eighty"' }]);
    const other = await london.request('POST', '/api/consular/call-history', { data: 'date,calls,post\n2019-03-03,12,CG-GBR-MAN' });
    expect(other.statusCode).toBe(422);
    expect(other.json().error.details[0].path).toBe('line 2, column 3');
    expect((await admin.request('GET', HELP_DESK)).json<HelpDeskStatistics>().totals.callsLastYear).toBe(1);

    const hotline = await admin.request('POST', '/api/consular/call-history', { data: 'date,calls,post\n2019-03-02,120,\n2019-03-03,80,\n2019-03-02,30,EMB-GBR' });
    expect(hotline.statusCode, hotline.body).toBe(201);
    expect(hotline.json()).toEqual({ days: 2, calls: 230, firstDate: '2019-03-02', lastDate: '2019-03-03' });
    expect((await london.request('POST', '/api/consular/call-history', { data: 'date,calls\n2019-03-03,12' })).statusCode).toBe(201);
    // A re-import replaces the day.
    expect((await london.request('POST', '/api/consular/call-history', { data: 'date,calls\n2019-03-03,14' })).statusCode).toBe(201);
    const { entries } = await t.services.audit.list({ action: 'consular.call-history.import', limit: 10, offset: 0 });
    expect(entries).toHaveLength(3);
  });

  it('sets calls and cases against the same days last year, every post’s for an admin', async () => {
    const res = await admin.request('GET', HELP_DESK);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json<HelpDeskStatistics>();
    expect(s.postId).toBeNull();
    expect(s.days).toEqual([
      { date: '2020-03-02', lastYearDate: '2019-03-02', calls: 2, callsLastYear: 150, cases: 3, casesLastYear: 1 },
      { date: '2020-03-03', lastYearDate: '2019-03-03', calls: 0, callsLastYear: 94, cases: 0, casesLastYear: 0 },
    ]);
    expect(s.byTopic).toEqual([{ key: 'food', count: 1 }, { key: 'treatment', count: 1 }, { key: 'visa', count: 1 }]);
    expect(s.byChannel).toEqual([{ key: 'hotline', count: 1 }, { key: 'post_line', count: 1 }, { key: 'web', count: 1 }]);
    expect(s.byPost).toEqual([{ key: 'EMB-GBR', count: 2 }, { key: 'CG-GBR-MAN', count: 1 }]);
    // London: the food call answered in time, the life-threatening one unanswered past its 30 minutes.
    expect(s.sla.byPost.find((p) => p.postId === 'EMB-GBR')?.firstResponse).toEqual({ met: 1, missed: 1, running: 0, share: 0.5 });
    expect(s.sla.overall.firstResponse).toEqual({ met: 1, missed: 1, running: 1, share: 0.5 });
    expect(s.sla.overall.resolution).toMatchObject({ met: 0, missed: 0, running: 3, share: null });
  });

  it('limits an officer to their own post’s cases and calls', async () => {
    const s = (await london.request('GET', HELP_DESK)).json<HelpDeskStatistics>();
    expect(s.postId).toBe('EMB-GBR');
    expect(s.days.map((d) => [d.calls, d.callsLastYear, d.cases, d.casesLastYear])).toEqual([[2, 30, 2, 1], [0, 14, 0, 0]]);
    expect(s.byPost).toEqual([{ key: 'EMB-GBR', count: 2 }]);
    expect(s.sla.byPost.map((p) => p.postId)).toEqual(['EMB-GBR']);
    const m = (await manchester.request('GET', HELP_DESK)).json<HelpDeskStatistics>();
    expect(m.totals).toEqual({ calls: 0, callsLastYear: 0, cases: 1, casesLastYear: 0 });
  });

  it('gives the imported cases’ shares by week and by origin', async () => {
    expect((await london.request('POST', '/api/consular/imported-cases', { data: IMPORTED })).statusCode).toBe(201);
    const weekly = await london.request('GET', WEEKLY);
    expect(weekly.statusCode, weekly.body).toBe(200);
    const weeks = weekly.json<ImportedCasesWeekly>().weeks;
    expect(weeks.map((w) => [w.week, w.total])).toEqual([['2020-02-24', 1], ['2020-03-02', 7], ['2020-03-09', 1], ['2020-03-16', 1]]);
    expect(weeks[1]).toEqual({ week: '2020-03-02', total: 7, ownPassport: { count: 7, share: 1 }, students: { count: 3, share: 3 / 7 } });
    expect(weeks[3].ownPassport).toEqual({ count: 0, share: 0 });
    const origins = (await admin.request('GET', BY_ORIGIN)).json<ImportedCasesByOrigin>().origins;
    expect(origins).toEqual([
      { iso3: 'USA', total: 4, ownPassport: { count: 3, share: 0.75 }, students: { count: 0, share: 0 } },
      { iso3: 'GBR', total: 3, ownPassport: { count: 3, share: 1 }, students: { count: 3, share: 1 } },
      { iso3: 'ITA', total: 3, ownPassport: { count: 3, share: 1 }, students: { count: 1, share: 1 / 3 } },
    ]);
  });

  it('answers 400 at `to` for a reversed or too long range', async () => {
    for (const q of ['from=2020-03-03&to=2020-03-02', 'from=2018-01-01&to=2020-03-02']) {
      const res = await admin.request('GET', `/api/consular/statistics/help-desk?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.details[0].path).toBe('querystring.to');
    }
  });
});

describeEachDialect('consular statistics: post-local days and the post filter', (getDb) => {
  // Sessions hold 12 hours: signed in at 20:00 UTC on 2 March 2020, the clock then moves to each call.
  let now = Date.parse('2020-03-02T20:00:00Z');
  let t: TestApp;
  let la: TestClient;
  let admin: TestClient;
  const RANGE = '/api/consular/statistics/help-desk?from=2020-03-01&to=2020-03-03';
  const logAt = async (at: string, hostIso3: string, city: string) => {
    now = Date.parse(at);
    const res = await admin.request('POST', '/api/consular/cases', { channel: 'hotline', callerName: 'Wang', callerPhone: '+1 213 555 0100', hostIso3, city, topic: 'visa', urgency: 'normal', summary: 'help' });
    expect(res.statusCode, res.body).toBe(201);
  };
  const perDay = (s: HelpDeskStatistics) => s.days.map((d) => [d.date, d.cases, d.casesLastYear]);

  beforeAll(async () => {
    t = await createTestApp(getDb(), { clock: () => new Date(now) });
    await seedConsularPosts(t.services.db, t.services.clock);
    // A post keeping Beijing time (UTC+8), for the calls before 08:00 local that UTC puts on the day before.
    await insertPosts(t.services.db, [
      {
        id: 'TEST-BJT', ...postColumns({ kind: 'consulate', nameEn: 'Test post on Beijing time', nameZh: '北京时间测试馆', hostIso3: 'MNG', city: 'Ulaanbaatar', timeZone: 'Asia/Shanghai', workingHours: { days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }, covers: ['MNG'], cities: [], phones: [] }),
        demo: 0, updated_at: new Date(now).toISOString(),
      },
    ]);
    la = await t.signIn('consular_officer', { postId: 'CG-USA-LAX' });
    admin = await t.signIn('admin');
    await logAt('2019-03-01T23:30:00Z', 'MNG', 'Ulaanbaatar'); // 07:30 on 2 March 2019 in Beijing
    await logAt('2020-03-01T23:30:00Z', 'MNG', 'Ulaanbaatar'); // 07:30 on 2 March in Beijing, 1 March in UTC
    await logAt('2020-03-02T15:30:00Z', 'MNG', 'Ulaanbaatar'); // 23:30 on 2 March in Beijing
    await logAt('2020-03-03T04:00:00Z', 'USA', 'Los Angeles'); // 20:00 on 2 March in Los Angeles, 3 March in UTC
    now = Date.parse('2020-03-03T06:00:00Z');
    const history = await admin.request('POST', '/api/consular/call-history', { data: 'date,calls,post\n2019-03-02,40,\n2019-03-02,7,CG-USA-LAX\n2019-03-02,5,TEST-BJT' });
    expect(history.statusCode, history.body).toBe(201);
  });
  afterAll(() => t.close());

  it('counts each case on its post’s local day, this year and the same days last year', async () => {
    const s = (await admin.request('GET', RANGE)).json<HelpDeskStatistics>();
    expect(perDay(s)).toEqual([
      ['2020-03-01', 0, 0],
      ['2020-03-02', 3, 1],
      ['2020-03-03', 0, 0],
    ]);
    // Every line's history, the central hotline's included, on the day it names.
    expect(s.days[1].callsLastYear).toBe(52);
    expect(s.byPost).toEqual([{ key: 'TEST-BJT', count: 2 }, { key: 'CG-USA-LAX', count: 1 }]);
  });

  it('lets an admin narrow the figures, the call history and the SLA compliance to one post', async () => {
    const res = await admin.request('GET', `${RANGE}&postId=CG-USA-LAX`);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json<HelpDeskStatistics>();
    expect(s.postId).toBe('CG-USA-LAX');
    expect(perDay(s)).toEqual([
      ['2020-03-01', 0, 0],
      ['2020-03-02', 1, 0],
      ['2020-03-03', 0, 0],
    ]);
    expect(s.days[1].callsLastYear).toBe(7);
    expect(s.byPost).toEqual([{ key: 'CG-USA-LAX', count: 1 }]);
    expect(s.sla.byPost.map((p) => p.postId)).toEqual(['CG-USA-LAX']);
    expect(s.sla.overall.firstResponse.met + s.sla.overall.firstResponse.missed + s.sla.overall.firstResponse.running).toBe(1);
    const beijing = (await admin.request('GET', `${RANGE}&postId=TEST-BJT`)).json<HelpDeskStatistics>();
    expect(beijing.totals).toEqual({ calls: 2, callsLastYear: 5, cases: 2, casesLastYear: 1 });
    expect((await admin.request('GET', `${RANGE}&postId=NO-SUCH-POST`)).statusCode).toBe(404);
  });

  it('gives an officer their own post’s figures only: another post is 404', async () => {
    const own = (await la.request('GET', RANGE)).json<HelpDeskStatistics>();
    expect(own.postId).toBe('CG-USA-LAX');
    expect(own.totals.cases).toBe(1);
    expect((await la.request('GET', `${RANGE}&postId=CG-USA-LAX`)).json<HelpDeskStatistics>()).toEqual(own);
    const other = await la.request('GET', `${RANGE}&postId=TEST-BJT`);
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('TEST-BJT');
  });
});
