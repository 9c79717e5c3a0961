import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../auth/actor';
import { openDatabase, type DatabaseHandle } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';
import { createTestDatabase, type TestDatabase } from '../../db/test-databases.test-support';
import { createServices, type Services } from '../../services';
import { seedCountries } from '../countries/countries.seed';
import { jhuSample } from './situation.test-support';

const clock = () => new Date('2026-11-26T10:00:00Z');
const actor = systemActor('test');

// Two API processes on one PostgreSQL database: each keeps the indicators in memory, and an import or a
// weight change in one must reach the other (NOTIFY on commit, LISTEN in each process).
describe('situation cache across processes [postgres]', () => {
  let database: TestDatabase;
  let second: DatabaseHandle;
  let a: Services;
  let b: Services;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    await seedCountries(database.db, clock);
    second = openDatabase({ databaseUrl: database.url, poolSize: 2 });
    a = createServices({ db: database.db, dialect: 'postgres', clock, sessionTtlHours: 1, signal: database.signal });
    b = createServices({ db: second.db, dialect: 'postgres', clock, sessionTtlHours: 1, signal: second.signal });
    await Promise.all([a.situation.listening, b.situation.listening]);
  });
  afterAll(async () => {
    await second?.destroy();
    await database?.destroy();
  });

  it("shows one process's import in the other", async () => {
    await a.situation.importFiles(actor, { source: 'jhu', files: jhuSample(60, ['Kenya']) });
    expect((await b.situation.overviewData()).countries.map((c) => c.iso3)).toEqual(['KEN']);
    await a.situation.importFiles(actor, { source: 'jhu', files: jhuSample(90, ['Kenya', 'Italy']) });
    await expect.poll(async () => (await b.situation.overviewData()).lastDate, { timeout: 10_000 }).toBe('2020-04-20');
    expect((await b.situation.overviewData()).countries.map((c) => c.iso3).sort()).toEqual(['ITA', 'KEN']);
  });

  it("recomputes the severity in the other process when the weights change", async () => {
    const before = (await b.situation.overviewData()).countries.find((c) => c.iso3 === 'ITA')?.severity.factors.find((f) => f.key === 'incidence')?.weight;
    await a.situation.setSeverityWeights(actor, { incidence: 0.7, growth: 0.1, deaths: 0.1, 'health-system': 0.1 });
    await expect
      .poll(async () => (await b.situation.overviewData()).countries.find((c) => c.iso3 === 'ITA')?.severity.factors.find((f) => f.key === 'incidence')?.weight, { timeout: 10_000 })
      .toBe(0.7);
    expect(before).not.toBe(0.7);
  });
});

// The server on a SQLite file and `concord import` beside it: the server notices the other process's commit
// (PRAGMA data_version, checked every few seconds) instead of showing the old data until a restart.
describe('situation cache across processes [sqlite file]', () => {
  let dir: string;
  let server: DatabaseHandle;
  let cli: DatabaseHandle;
  let a: Services;
  let b: Services;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'concord-sqlite-signal-'));
    server = openDatabase({ sqlitePath: join(dir, 'concord.db') });
    await migrateToLatest(server.db, 'sqlite');
    await seedCountries(server.db, clock);
    cli = openDatabase({ sqlitePath: join(dir, 'concord.db') });
    b = createServices({ db: server.db, dialect: 'sqlite', clock, sessionTtlHours: 1, signal: server.signal });
    a = createServices({ db: cli.db, dialect: 'sqlite', clock, sessionTtlHours: 1, signal: cli.signal });
    await b.situation.listening;
  });
  afterAll(async () => {
    await cli?.destroy();
    await server?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows the CLI's import in the running server without a restart", async () => {
    await a.situation.importFiles(actor, { source: 'jhu', files: jhuSample(60, ['Kenya']) });
    await expect.poll(async () => (await b.situation.overviewData()).countries.map((c) => c.iso3), { timeout: 10_000 }).toEqual(['KEN']);
    await a.situation.importFiles(actor, { source: 'jhu', files: jhuSample(90, ['Kenya', 'Italy']) });
    await expect.poll(async () => (await b.situation.overviewData()).countries.map((c) => c.iso3).sort(), { timeout: 10_000 }).toEqual(['ITA', 'KEN']);
  });
});
