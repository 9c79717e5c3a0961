import { beforeAll, expect, it } from 'vitest';
import { computeIndicators } from '../../../core/epi/indicators';
import { parseJhu } from '../../../core/situation-import/jhu-parse';
import { systemActor } from '../../auth/actor';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { Conflict, Unprocessable } from '../../errors';
import { createServices, type Services } from '../../services';
import { seedCountries } from '../countries/countries.seed';
import { countSeries } from './situation.repo';
import { jhuSample } from './situation.test-support';

const clock = () => new Date('2026-11-26T10:00:00Z');
const actor = systemActor('test');

describeEachDialect('situation service', (get) => {
  let services: Services;
  beforeAll(async () => {
    const { db, dialect } = get();
    await seedCountries(db, clock);
    services = createServices({ db, dialect, clock, sessionTtlHours: 1 });
  });

  it('imports the JHU files with a summary, warnings with lines, and an audit entry', async () => {
    const summary = await services.situation.importFiles(actor, { source: 'jhu', files: jhuSample(120) });
    expect(summary).toMatchObject({ source: 'jhu', countries: 2, days: 120, rows: 240, firstDate: '2020-01-22', lastDate: '2020-05-20' });
    expect(summary.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'not-a-country', line: 2 })]));
    expect(await countSeries(get().db, 'jhu')).toBe(240);
    const { entries } = await services.audit.list({ limit: 10, offset: 0 });
    expect(entries.some((e) => e.action === 'situation.import')).toBe(true);
  });

  it('replaces the source on re-import, without duplicates; a much smaller one only when confirmed', async () => {
    const refused = await services.situation.importFiles(actor, { source: 'jhu', files: jhuSample(60, ['Kenya']) }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Conflict);
    expect((refused as Conflict).reason).toMatchObject({ key: 'situation.import-much-smaller', params: { shownRows: 240, newRows: 60 } });
    expect(await countSeries(get().db, 'jhu')).toBe(240);
    await services.situation.importFiles(actor, { source: 'jhu', files: jhuSample(60, ['Kenya']), confirm: true });
    expect(await countSeries(get().db, 'jhu')).toBe(60);
    const series = await services.situation.countrySeries('KEN');
    expect(series.points).toHaveLength(60);
    expect(new Set(series.points.map((p) => p.date)).size).toBe(60);
  });

  it('refuses a malformed file with line and column and leaves the stored data untouched', async () => {
    const files = jhuSample(60, ['Kenya', 'Italy']);
    const lines = files.confirmed.split('\n');
    lines[2] = lines[2].replace(/,(\d+)$/, ',12x');
    const error = await services.situation.importFiles(actor, { source: 'jhu', files: { ...files, confirmed: lines.join('\n') } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Unprocessable);
    expect((error as Unprocessable).details[0]).toMatchObject({ path: 'confirmed: line 3, column 64' });
    expect(await countSeries(get().db, 'jhu')).toBe(60);
  });

  it('refuses a WHO row dated after today or before the outbreak, with its line, and stores nothing', async () => {
    const header = 'Date_reported,Country_code,Country,WHO_region,New_cases,Cumulative_cases,New_deaths,Cumulative_deaths';
    const data = [header, '2020-03-14,KE,Kenya,AFRO,1,1,0,0', '2300-12-31,KE,Kenya,AFRO,1,2,0,0', '2019-11-30,KE,Kenya,AFRO,0,0,0,0', ''].join('\n');
    const error = await services.situation.importFiles(actor, { source: 'who', files: { data } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Unprocessable);
    expect((error as Unprocessable).details).toEqual([
      { path: 'line 3, column 1', message: 'Date_reported: 2300-12-31 is in the future (the last date accepted is 2026-11-27)' },
      { path: 'line 4, column 1', message: "Date_reported: 2019-11-30 is before the outbreak's first date (2019-12-01)" },
    ]);
    expect(await countSeries(get().db, 'who')).toBe(0);
  });

  it('refuses an import whose rows are all skipped, so the data shown do not vanish', async () => {
    const before = (await services.situation.imports()).length;
    const error = await services.situation.importFiles(actor, { source: 'jhu', files: jhuSample(60, ['Diamond Princess']) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Unprocessable);
    expect((error as Unprocessable).message).toMatch(/gives no country series .* nothing was imported/);
    expect((error as Unprocessable).details[0]!.message).toMatch(/Diamond Princess/);
    expect(await countSeries(get().db, 'jhu')).toBe(60);
    expect(await services.situation.imports()).toHaveLength(before);
  });

  it("serves a real country's series equal to the core's indicators", async () => {
    const files = jhuSample(200, ['Italy', 'Kenya']);
    await services.situation.importFiles(actor, { source: 'jhu', files });
    const parsed = parseJhu(files);
    if (!parsed.ok) throw new Error('sample did not parse');
    const italy = (await services.countries.countries()).find((c) => c.iso3 === 'ITA');
    const expected = computeIndicators(parsed.value.records.filter((r) => r.iso3 === 'ITA'), italy?.population ?? null);
    const series = await services.situation.countrySeries('ITA');
    expect(series.points).toHaveLength(200);
    expect(series.points[150]).toEqual(expected[150]);
    expect(series.points[150].rt).not.toBeNull();
    const ranged = await services.situation.countrySeries('ITA', { from: '2020-03-01', to: '2020-03-31' });
    expect(ranged.points.map((p) => p.date)).toHaveLength(31);
    expect(ranged.points[0]).toEqual(expected.find((p) => p.date === '2020-03-01'));
  });

  it('gives the overview sorted by severity, and recomputes it when the weights change', async () => {
    const overview = JSON.parse((await services.situation.overview()).json.toString()) as { date: string; countries: { iso3: string; severity: { index: number; factors: { key: string; weight: number }[] } }[] };
    expect(overview.date).toBe('2020-08-08');
    expect(overview.countries.map((c) => c.iso3).sort()).toEqual(['ITA', 'KEN']);
    const [first, second] = overview.countries;
    expect(first.severity.index).toBeGreaterThanOrEqual(second.severity.index);
    await services.situation.setSeverityWeights(actor, { incidence: 1, growth: 0, deaths: 0, 'health-system': 0 });
    const after = JSON.parse((await services.situation.overview()).json.toString()) as typeof overview;
    expect(after.countries[0].severity.factors.find((f) => f.key === 'growth')?.weight).toBe(0);
    expect((await services.situation.severityWeights()).defaults).toBe(false);
    expect(await services.situation.overviewData()).toEqual(after);
  });

  it('sums the world series over countries in a worker thread: the event loop turns while it is computed', async () => {
    await services.situation.overviewData(); // the indicators are computed and cached
    let turns = 0;
    let done = false;
    const tick = () => {
      if (done) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const prepared = await services.situation.worldSeries();
    done = true;
    // Computed on this thread, the series would be ready before any other callback ran.
    expect(turns).toBeGreaterThan(0);
    expect(Buffer.isBuffer(prepared.json) && Buffer.isBuffer(prepared.brotli)).toBe(true);
    const world = JSON.parse(prepared.json.toString()) as { countries: number; points: { date: string; cumulativeCases: number }[] };
    const italy = await services.situation.countrySeries('ITA');
    const kenya = await services.situation.countrySeries('KEN');
    expect(world.countries).toBe(2);
    expect(world.points[100].cumulativeCases).toBe(italy.points[100].cumulativeCases + kenya.points[100].cumulativeCases);
  });
});
