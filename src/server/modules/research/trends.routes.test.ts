import { afterAll, beforeAll, expect, it } from 'vitest';
import { wilsonInterval } from '../../../core/genome/trends';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp } from '../../test-support/test-app.test-support';
import { insertAnalysedGenomes, type AnalysedGenome } from './trends.test-support';

const genomes: AnalysedGenome[] = [
  { strain: 'AUS/1', date: '2020-03-02', country: 'AUS', clade: '19A', labels: ['C241T'] },
  { strain: 'AUS/2', date: '2020-03-30', country: 'AUS', clade: '20A', labels: ['C241T', 'S:D614G'] },
  { strain: 'AUS/3', date: '2020-03-31', country: 'AUS', clade: '20A', labels: ['S:D614G', 'del:11288-11296'] },
  { strain: 'AUS/4', date: '2020-04-01', country: 'AUS', clade: '20A', labels: ['S:D614G'] },
  { strain: 'AUS/5', date: '2020-04-02', country: 'AUS', clade: '20B', status: 'pending' }, // not analysed: not counted
  { strain: 'USA/1', date: '2020-02-28', country: 'USA', clade: '19B', labels: [] },
  { strain: 'USA/2', date: '2020-03-05', country: 'USA', clade: '20C', labels: ['S:D614G'] },
];

describeEachDialect('research variant trends API', (getDb) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    await insertAnalysedGenomes(getDb().db, genomes);
  });
  afterAll(() => t.close());

  it('gives a country’s clade shares by month with Wilson intervals, counting analysed genomes only', async () => {
    const res = await t.anonymous.request('GET', '/api/research/trends/clades?country=AUS&period=month');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      country: 'AUS',
      unit: 'month',
      periods: [
        {
          period: '2020-03',
          total: 3,
          clades: [
            { clade: '20A', count: 2, share: 2 / 3, ...wilsonInterval(2, 3) },
            { clade: '19A', count: 1, share: 1 / 3, ...wilsonInterval(1, 3) },
          ],
        },
        { period: '2020-04', total: 1, clades: [{ clade: '20A', count: 1, share: 1, ...wilsonInterval(1, 1) }] },
      ],
    });
    const byDefault = await t.anonymous.request('GET', '/api/research/trends/clades?country=AUS');
    expect(byDefault.json().periods).toEqual(res.json().periods);
  });

  it('gives ISO weeks on request, and nothing for a country without genomes', async () => {
    const weeks = await t.anonymous.request('GET', '/api/research/trends/clades?country=AUS&period=week');
    expect(weeks.json().periods.map((p: { period: string; total: number }) => [p.period, p.total])).toEqual([['2020-W10', 1], ['2020-W14', 3]]);
    expect((await t.anonymous.request('GET', '/api/research/trends/clades?country=KEN')).json()).toEqual({ country: 'KEN', unit: 'month', periods: [] });
  });

  it('gives one mutation’s share by country and month with its first and latest sightings', async () => {
    const res = await t.anonymous.request('GET', '/api/research/trends/mutations?mutation=S:D614G&period=month');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ mutation: 'S:D614G', unit: 'month' });
    expect(body.countries).toEqual([
      {
        country: 'AUS',
        isoNumeric: '036',
        carriers: 3,
        firstSeen: '2020-03-30',
        lastSeen: '2020-04-01',
        periods: [
          { period: '2020-03', total: 3, count: 2, share: 2 / 3, ...wilsonInterval(2, 3) },
          { period: '2020-04', total: 1, count: 1, share: 1, ...wilsonInterval(1, 1) },
        ],
      },
      {
        country: 'USA',
        isoNumeric: '840',
        carriers: 1,
        firstSeen: '2020-03-05',
        lastSeen: '2020-03-05',
        periods: [
          { period: '2020-02', total: 1, count: 0, share: 0, ...wilsonInterval(0, 1) },
          { period: '2020-03', total: 1, count: 1, share: 1, ...wilsonInterval(1, 1) },
        ],
      },
    ]);
    // A deletion is found by the label genomes carry, however it is written.
    const deletion = await t.anonymous.request('GET', '/api/research/trends/mutations?mutation=11288-11296');
    expect(deletion.json().mutation).toBe('del:11288-11296');
    expect(deletion.json().countries.find((c: { country: string }) => c.country === 'AUS')).toMatchObject({ carriers: 1, firstSeen: '2020-03-31' });
  });

  it('lists the countries with analysed genomes', async () => {
    const res = await t.anonymous.request('GET', '/api/research/trends/countries');
    expect(res.json()).toEqual({
      countries: [
        { country: 'AUS', genomes: 4, firstDate: '2020-03-02', lastDate: '2020-04-01' },
        { country: 'USA', genomes: 2, firstDate: '2020-02-28', lastDate: '2020-03-05' },
      ],
    });
  });

  it('keeps the per-day counters (migration 051) equal to a recount as genomes are re-analysed, corrected and deleted', async () => {
    const db = getDb().db;
    const recount = async () =>
      (await db.selectFrom('research_genomes').where('status', '=', 'analysed').select((eb) => ['country', 'collection_date', eb.fn.countAll<number>().as('n')]).groupBy(['country', 'collection_date']).execute())
        .map((r) => `${r.country} ${r.collection_date} ${Number(r.n)}`)
        .sort();
    const counters = async () =>
      (await db.selectFrom('research_genome_day_counts').where('analysed', '>', 0).selectAll().execute()).map((r) => `${r.country} ${r.collection_date} ${Number(r.analysed)}`).sort();
    expect(await counters()).toEqual(await recount());
    expect(await counters()).toContain('AUS 2020-03-30 1');

    // A re-analysis takes a genome out of the counts until it is analysed again; a corrected date moves it.
    await db.updateTable('research_genomes').set({ status: 'pending' }).where('strain', '=', 'AUS/2').execute();
    expect(await counters()).not.toContain('AUS 2020-03-30 1');
    await db.updateTable('research_genomes').set({ status: 'analysed', collection_date: '2020-03-31' }).where('strain', '=', 'AUS/2').execute();
    expect(await counters()).toContain('AUS 2020-03-31 2');
    await db.updateTable('research_genomes').set({ country: 'NZL' }).where('strain', '=', 'AUS/3').execute();
    await db.deleteFrom('research_genome_mutations').where('genome_id', 'in', db.selectFrom('research_genomes').select('id').where('strain', '=', 'USA/1')).execute();
    await db.deleteFrom('research_genomes').where('strain', '=', 'USA/1').execute();
    await db.updateTable('research_genomes').set({ status: 'analysed' }).where('strain', '=', 'AUS/5').execute();
    expect(await counters()).toEqual(await recount());
    const countries = (await t.anonymous.request('GET', '/api/research/trends/countries')).json().countries;
    expect(countries).toEqual([
      { country: 'AUS', genomes: 4, firstDate: '2020-03-02', lastDate: '2020-04-02' },
      { country: 'NZL', genomes: 1, firstDate: '2020-03-31', lastDate: '2020-03-31' },
      { country: 'USA', genomes: 1, firstDate: '2020-03-05', lastDate: '2020-03-05' },
    ]);
  });

  it('answers 400 at the field for a malformed country, period or mutation', async () => {
    const bad = await t.anonymous.request('GET', '/api/research/trends/clades?country=aus&period=day');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { path: string }) => d.path).sort()).toEqual(['querystring.country', 'querystring.period']);
    const mutation = await t.anonymous.request('GET', '/api/research/trends/mutations?mutation=D614G');
    expect(mutation.statusCode).toBe(400);
    expect(mutation.json().error.details[0].path).toBe('querystring.mutation');
    expect((await t.anonymous.request('GET', '/api/research/trends/mutations')).statusCode).toBe(400);
  });
});
