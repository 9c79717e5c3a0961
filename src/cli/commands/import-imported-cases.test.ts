import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `concord import imported-cases` as a user runs it, on its own SQLite file.
const run = promisify(execFile);
const BIN = new URL('../../../bin/concord.js', import.meta.url).pathname;
const HEADER = 'arrival_date,port_of_entry,flight,origin_country,passport_country,student,age_band';
let dir: string;
let env: NodeJS.ProcessEnv;

const storedCases = () => {
  const db = new SQLite(join(dir, 'concord.db'), { readonly: true });
  try {
    return (db.prepare('select count(*) as n from consular_imported_cases').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'concord-imported-cases-'));
  env = { ...process.env, CONCORD_DB: join(dir, 'concord.db'), LOG_LEVEL: 'silent' };
  writeFileSync(join(dir, 'good.csv'), [HEADER, '2020-03-01,PEK,CA938,GBR,CHN,yes,18-29', '2020-03-02,PVG,,ITA,CHN,no,60+'].join('\n'));
  writeFileSync(join(dir, 'bad.csv'), [HEADER, '2020-03-01,PEK,CA938,GBR,CHN,yes,18-29', '2020-03-02,PVG,,ITA,CHN,perhaps,60+'].join('\n'));
});
afterAll(() => rmSync(dir, { recursive: true }));

describe('concord import imported-cases', () => {
  it('refuses a malformed file with exit code 2, naming line and column, and stores nothing', async () => {
    const error = await run(process.execPath, [BIN, 'import', 'imported-cases', join(dir, 'bad.csv')], { env }).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toContain('line 3, column 6: student: expected yes or no, found "perhaps"');
    expect(storedCases()).toBe(0);
  }, 60_000);

  it('imports a good file and says how many cases over which dates', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'import', 'imported-cases', join(dir, 'good.csv')], { env });
    expect(stdout).toContain('imported 2 imported case(s) arriving 2020-03-01 … 2020-03-02');
    expect(storedCases()).toBe(2);
  }, 60_000);
});
