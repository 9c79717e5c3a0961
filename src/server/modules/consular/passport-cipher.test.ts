import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPassportCipher, loadSecretKey } from './passport-cipher';

const dir = mkdtempSync(join(tmpdir(), 'concord-key-'));
afterAll(() => rmSync(dir, { recursive: true }));

describe('passport cipher', () => {
  const cipher = createPassportCipher(Buffer.alloc(32, 7));

  it('round-trips, with a fresh IV each time, and never stores the plain number', () => {
    const a = cipher.encrypt('E12345678');
    const b = cipher.encrypt('E12345678');
    expect(a).not.toBe(b);
    expect(a).not.toContain('E12345678');
    expect(cipher.decrypt(a)).toBe('E12345678');
  });

  it('refuses a tampered value and a value under another key', () => {
    const stored = cipher.encrypt('E12345678');
    const parts = stored.split(':');
    const data = Buffer.from(parts[3], 'base64');
    data[0] ^= 1;
    expect(() => cipher.decrypt([...parts.slice(0, 3), data.toString('base64')].join(':'))).toThrow();
    expect(() => createPassportCipher(Buffer.alloc(32, 8)).decrypt(stored)).toThrow();
  });

  it('creates the key file with owner-only permissions once, then reads the same key', () => {
    const file = join(dir, 'sub', 'secret.key');
    const key = loadSecretKey({ CONCORD_SECRET_KEY_FILE: file });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadSecretKey({ CONCORD_SECRET_KEY_FILE: file })).toEqual(key);
    expect(readFileSync(file, 'utf8').trim()).toBe(key.toString('hex'));
  });

  it('takes the key from the environment first, and refuses one of the wrong length', () => {
    expect(loadSecretKey({ CONCORD_SECRET_KEY: 'ab'.repeat(32) })).toEqual(Buffer.alloc(32, 0xab));
    expect(() => loadSecretKey({ CONCORD_SECRET_KEY: 'abcd' })).toThrow(/32-byte key/);
  });
});
