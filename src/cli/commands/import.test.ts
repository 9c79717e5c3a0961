import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jhuSample } from '../../server/modules/situation/situation.test-support';

// `concord import` as a user runs it, on its own SQLite file.
const run = promisify(execFile);
const BIN = new URL('../../../bin/concord.js', import.meta.url).pathname;
let dir: string;
let env: NodeJS.ProcessEnv;

const seriesRows = () => {
  const db = new SQLite(join(dir, 'concord.db'), { readonly: true });
  try {
    return (db.prepare('select count(*) as n from situation_series').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'concord-import-'));
  env = { ...process.env, CONCORD_DB: join(dir, 'concord.db'), LOG_LEVEL: 'silent' };
  const { confirmed, deaths } = jhuSample(100);
  writeFileSync(join(dir, 'confirmed.csv'), confirmed);
  writeFileSync(join(dir, 'deaths.csv'), deaths);
  const lines = deaths.split('\n');
  lines[3] = lines[3].replace(/,(\d+),(\d+)$/, ',$1,-4');
  writeFileSync(join(dir, 'deaths-bad.csv'), lines.join('\n'));
});
afterAll(() => rmSync(dir, { recursive: true }));

describe('concord import', () => {
  it('imports the JHU files and prints the summary with warnings and their lines', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'import', 'jhu', '--confirmed', join(dir, 'confirmed.csv'), '--deaths', join(dir, 'deaths.csv')], { env });
    expect(stdout).toContain('imported jhu: 2 countries, 100 days (2020-01-22 … 2020-04-30), 200 rows from 6 input rows');
    expect(stdout).toMatch(/confirmed: line 2: "Diamond Princess" is .*not a country/);
    expect(seriesRows()).toBe(200);
  }, 60_000);

  it('refuses a malformed file with line and column, exit code 2, and leaves the database untouched', async () => {
    const error = await run(process.execPath, [BIN, 'import', 'jhu', '--confirmed', join(dir, 'confirmed.csv'), '--deaths', join(dir, 'deaths-bad.csv')], { env }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toContain('deaths: line 4, column 104');
    expect(seriesRows()).toBe(200);
  }, 60_000);

  const OWID = new URL('../../../../shared/data/owid/', import.meta.url).pathname;
  const refused = (args: string[]) => run(process.execPath, [BIN, 'import', ...args], { env }).then(
    () => ({ code: 0, stderr: '' }),
    (e: { code: number; stderr: string }) => e,
  );

  it('says plainly that a file does not exist, with exit code 2, not a raw ENOENT', async () => {
    const error = await refused(['who', join(dir, 'nowhere.csv')]);
    expect(error.code).toBe(2);
    expect(error.stderr).toContain(`there is no file ${join(dir, 'nowhere.csv')}`);
    expect(error.stderr).not.toContain('ENOENT');
  }, 60_000);

  it('names a corrupt .gz file', async () => {
    writeFileSync(join(dir, 'cut.csv.gz'), readFileSync(join(OWID, 'owid-covid-data_2020-05-24.csv.gz')).subarray(0, 5000));
    const error = await refused(['owid', join(dir, 'cut.csv.gz')]);
    expect(error.code).toBe(2);
    expect(error.stderr).toContain(`${join(dir, 'cut.csv.gz')} is not a valid gzip file`);
    expect(seriesRows()).toBe(200);
  }, 60_000);

  it('says why OWID\'s "latest" file cannot be imported', async () => {
    const error = await refused(['owid', join(OWID, 'owid-covid-latest.csv')]);
    expect(error.code).toBe(2);
    expect(error.stderr).toMatch(/"latest" file .* no time series; import owid-covid-data\.csv/);
  }, 60_000);

  it('needs --confirm, and says so plainly, for a file much smaller than the data shown', async () => {
    const small = jhuSample(10, ['Kenya']);
    writeFileSync(join(dir, 'small-confirmed.csv'), small.confirmed);
    writeFileSync(join(dir, 'small-deaths.csv'), small.deaths);
    const args = ['jhu', '--confirmed', join(dir, 'small-confirmed.csv'), '--deaths', join(dir, 'small-deaths.csv')];
    const error = await refused(args);
    expect(error.code).toBe(3);
    expect(error.stderr).toContain('this jhu file covers 1 countries and 10 country-days, under half of the jhu data shown now (2 countries, 200 country-days). Nothing was imported.');
    expect(error.stderr).toContain('run the same command with --confirm');
    expect(seriesRows()).toBe(200);
    const { stdout } = await run(process.execPath, [BIN, 'import', ...args, '--confirm'], { env });
    expect(stdout).toContain('imported jhu: 1 countries, 10 days');
    expect(seriesRows()).toBe(10);
  }, 60_000);

  it('imports the .csv.gz that OWID publishes', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'import', 'owid', join(OWID, 'owid-covid-data_2020-05-24.csv.gz')], { env });
    expect(stdout).toContain('imported owid: 210 countries, 146 days');
  }, 60_000);
});
