import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createServices, type Services } from '../../services';
import { seedCountries } from '../countries/countries.seed';
import { countSeries } from './situation.repo';
import { JHU_SEED_DIR, seedSituation } from './situation.seed';
import { jhuSample } from './situation.test-support';

const clock = () => new Date('2026-11-26T10:00:00Z');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'concord-seed-'));
  const { confirmed, deaths } = jhuSample(30);
  writeFileSync(join(dir, 'time_series_covid19_confirmed_global.csv'), confirmed);
  writeFileSync(join(dir, 'time_series_covid19_deaths_global.csv'), deaths);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachDialect('situation seed', (get) => {
  let services: Services;
  beforeAll(async () => {
    const { db, dialect } = get();
    await seedCountries(db, clock);
    services = createServices({ db, dialect, clock, sessionTtlHours: 1 });
  });

  it('imports the shipped JHU series into an empty database, and never again', async () => {
    const url = pathToFileURL(`${dir}/`);
    expect(await seedSituation(get().db, services.situation, url)).toEqual({ source: 'jhu', countries: 2, days: 30, rows: 60, warnings: 2 });
    expect(await seedSituation(get().db, services.situation, url)).toBeNull();
    expect(await countSeries(get().db)).toBe(60);
  });
});

it('ships the full JHU files in data/seed/jhu', () => {
  const header = readFileSync(new URL('time_series_covid19_confirmed_global.csv', JHU_SEED_DIR), 'utf8').slice(0, 60);
  expect(header.startsWith('Province/State,Country/Region,Lat,Long,1/22/20')).toBe(true);
});
