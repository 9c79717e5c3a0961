import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createAuditService } from '../audit/audit.service';
import { seedCountries } from '../countries/countries.seed';
import { createCountriesService } from '../countries/countries.service';
import { countAccessRows } from './access-log.repo';
import { createResearchService, type ResearchService } from './research.service';

describeEachDialect('research access log', (getDb) => {
  let now = new Date('2026-01-10T08:00:00Z');
  const clock = () => now;
  let research: ResearchService;

  beforeAll(async () => {
    const { db } = getDb();
    await seedCountries(db, clock);
    research = createResearchService({ db, clock, audit: createAuditService(db, clock), countries: createCountriesService(db), accessRetentionDays: 30 });
  });
  afterAll(() => research.close());

  it('keeps one row per visitor and day however many visits it makes', async () => {
    for (let i = 0; i < 500; i++) await research.logAccess({ kind: 'visit', ip: '41.89.0.1', path: `/api/research/genomes/${i}` });
    await research.logAccess({ kind: 'visit', ip: '166.111.4.100', path: '/api/research/genomes' });
    await research.logAccess({ kind: 'download', ip: '166.111.4.100', path: '/api/research/genomes/download', format: 'fasta', count: 7 });
    expect(await countAccessRows(getDb().db)).toBe(3);
    now = new Date('2026-01-11T08:00:00Z'); // the next day counts again
    await research.logAccess({ kind: 'visit', ip: '41.89.0.1', path: '/api/research/genomes' });
    expect(await countAccessRows(getDb().db)).toBe(4);
    expect(await research.stats({})).toMatchObject({ visitors: 2, visits: 3, downloads: 1, genomesDownloaded: 7, countries: 2 });
  });

  it('folds rows older than the retention into daily aggregates, and the statistics stay the same', async () => {
    const before = await research.stats({});
    now = new Date('2026-02-10T12:00:00Z'); // 2026-01-10 is now past the 30 days; 2026-01-11 is not
    expect(await research.pruneAccess()).toBe(3);
    expect(await countAccessRows(getDb().db)).toBe(1);
    const after = await research.stats({});
    expect(after.series).toEqual(before.series);
    expect(after).toMatchObject({ visits: 3, downloads: 1, genomesDownloaded: 7, countries: 2 });
    const of = (stats: typeof after, iso3: string) => stats.byCountry.find((c) => c.country === iso3);
    expect(of(after, 'CHN')).toEqual(of(before, 'CHN'));
    // Past the retention a visitor counts once per day: KEN's visitor of both days now counts twice.
    expect(of(after, 'KEN')).toEqual({ ...of(before, 'KEN'), visitors: 2 });
    expect(after.visitors).toBe(before.visitors + 1);
    expect((await research.stats({ from: '2026-01-10', to: '2026-01-10' })).series).toEqual([{ date: '2026-01-10', visitors: 2, visits: 2, downloads: 1 }]);
    expect(await research.pruneAccess()).toBe(0);
  });
});
