import { afterAll, beforeAll, expect, it } from 'vitest';
import { SourceListSchema } from '../../../shared/schemas/situation';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp } from '../../test-support/test-app.test-support';
import { jhuSample } from './situation.test-support';

const WHO_HEADER = 'Date_reported,Country_code,Country,WHO_region,New_cases,Cumulative_cases,New_deaths,Cumulative_deaths';
/** Ten days of Kenya: one country where the JHU sample has two, 10 country-days where it has 180. */
const whoKenya = [WHO_HEADER, ...Array.from({ length: 10 }, (_, i) => `2020-03-${String(14 + i).padStart(2, '0')},KE,Kenya,AFRO,1,${i + 1},0,0`), ''].join('\n');

describeEachDialect('situation sources: choosing the source shown, confirming a much smaller import', (get) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(get());
  });
  afterAll(async () => t.close());

  const overviewSource = async () => (await t.anonymous.request('GET', '/api/situation/overview')).json().source as string | null;

  it('refuses an import much smaller than the source shown with a clear key, unless confirmed', async () => {
    const coordinator = await t.signIn('coordinator');
    expect((await coordinator.request('POST', '/api/situation/imports', { source: 'jhu', files: jhuSample(90) })).statusCode).toBe(201);
    expect(await overviewSource()).toBe('jhu');

    const refused = await coordinator.request('POST', '/api/situation/imports', { source: 'who', files: { data: whoKenya } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'conflict',
      key: 'situation.import-much-smaller',
      params: { shownSource: 'jhu', shownCountries: 2, shownRows: 180, newSource: 'who', newCountries: 1, newRows: 10 },
    });
    expect(await overviewSource()).toBe('jhu');
    const before = SourceListSchema.parse((await coordinator.request('GET', '/api/situation/sources')).json());
    expect(before.sources.map((s) => s.source)).toEqual(['jhu']);

    const confirmed = await coordinator.request('POST', '/api/situation/imports', { source: 'who', files: { data: whoKenya }, confirm: true });
    expect(confirmed.statusCode).toBe(201);
    expect(await overviewSource()).toBe('who');
  });

  it('lists every imported source with its coverage and import, and lets a coordinator go back to an earlier one, audited', async () => {
    const coordinator = await t.signIn('coordinator');
    const list = SourceListSchema.parse((await coordinator.request('GET', '/api/situation/sources')).json());
    expect(list.shown).toBe('who');
    expect(list.sources).toEqual([
      expect.objectContaining({ source: 'jhu', countries: 2, rows: 180, firstDate: '2020-01-22', lastDate: '2020-04-20', shown: false, files: ['confirmed', 'deaths'] }),
      expect.objectContaining({ source: 'who', countries: 1, rows: 10, firstDate: '2020-03-14', lastDate: '2020-03-23', shown: true, files: ['data'] }),
    ]);
    expect(list.sources[0].importedBy).toBeTruthy();
    expect(list.sources[0].importedAt).toBeTruthy();

    const back = await coordinator.request('PUT', '/api/situation/sources/shown', { source: 'jhu' });
    expect(back.statusCode).toBe(200);
    expect(SourceListSchema.parse(back.json())).toMatchObject({ shown: 'jhu', chosenBy: expect.any(String) });
    expect(await overviewSource()).toBe('jhu');
    const audit = (await (await t.signIn('admin')).request('GET', '/api/audit?action=situation.shown-source')).json();
    expect(audit.entries[0]).toMatchObject({ action: 'situation.shown-source', summary: { before: 'who', after: 'jhu' } });
  });

  it('refuses a source with no series, and anyone but a coordinator or admin', async () => {
    const coordinator = await t.signIn('coordinator');
    const empty = await coordinator.request('PUT', '/api/situation/sources/shown', { source: 'owid' });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error).toMatchObject({ key: 'situation.source-empty', params: { source: 'owid' } });
    expect(await overviewSource()).toBe('jhu');
    const researcher = await t.signIn('researcher');
    expect((await researcher.request('GET', '/api/situation/sources')).statusCode).toBe(403);
    expect((await researcher.request('PUT', '/api/situation/sources/shown', { source: 'who' })).statusCode).toBe(403);
    expect((await t.anonymous.request('GET', '/api/situation/sources')).statusCode).toBe(401);
  });
});
