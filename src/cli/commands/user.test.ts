import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `concord user add` as an administrator runs it, with the password piped on stdin.
const BIN = new URL('../../../bin/concord.js', import.meta.url).pathname;
let dir: string;
let env: NodeJS.ProcessEnv;

function userAdd(stdin: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, 'user', 'add', ...args], { env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'concord-user-'));
  env = { ...process.env, CONCORD_DB: join(dir, 'concord.db'), LOG_LEVEL: 'silent' };
});
afterAll(() => rmSync(dir, { recursive: true }));

describe('concord user add', () => {
  it('says that no password was given when stdin is empty, and creates nothing', async () => {
    const res = await userAdd('', '--email', 'first@agency.example', '--role', 'admin');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('no password was given');
    expect(res.stderr).not.toContain('at least 10 characters');
  }, 60_000);

  it('still names the rule for a password that is too short', async () => {
    const res = await userAdd('short\n', '--email', 'first@agency.example', '--role', 'admin');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('a password has at least 10 characters');
  }, 60_000);

  it('creates the account from a piped password', async () => {
    const res = await userAdd('a long enough password\n', '--email', 'first@agency.example', '--role', 'admin');
    expect(res).toMatchObject({ code: 0, stdout: expect.stringContaining('created admin first@agency.example') });
  }, 60_000);
});
