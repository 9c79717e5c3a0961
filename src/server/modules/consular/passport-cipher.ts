import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Passport numbers at rest (ADR 070): AES-256-GCM with a 96-bit random IV per value, stored as
// "v1:<iv>:<tag>:<ciphertext>" in base64. The version names the key, so a rotation can re-encrypt row by row.

export interface PassportCipher {
  /** The key generation new values are written under ("v1", "v2", …). */
  current: string;
  encrypt(plain: string): string;
  decrypt(stored: string): string;
}

/** What an anonymised record holds instead of a passport (the retention command, ADR 071). */
export const ANONYMISED_PASSPORT = 'anonymised';

/**
 * One key, or a keyring by generation ({ v1: old, v2: new }): values are read with the key their prefix names
 * and written with the newest, so a rotation can re-encrypt row by row while the app keeps reading both.
 */
export function createPassportCipher(keyOrRing: Buffer | Record<string, Buffer>): PassportCipher {
  const ring = Buffer.isBuffer(keyOrRing) ? { v1: keyOrRing } : keyOrRing;
  for (const key of Object.values(ring)) if (key.length !== 32) throw new Error('the secret key must be 32 bytes (AES-256)');
  const current = Object.keys(ring).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))).at(-1)!;
  return {
    current,
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', ring[current]!, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [current, iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
    },
    decrypt(stored) {
      const [version, iv, tag, data] = stored.split(':');
      const key = version === undefined ? undefined : ring[version];
      if (!key || !iv || !tag || data === undefined) throw new Error(`not a value encrypted under a known key (${version ?? 'none'})`);
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
    },
  };
}

/**
 * The key: CONCORD_SECRET_KEY (64 hex digits or base64 of 32 bytes), else the key file (CONCORD_SECRET_KEY_FILE,
 * by default concord-secret.key beside the SQLite file), created with owner-only permissions (0600) when absent.
 */
export function loadSecretKey(env: Record<string, string | undefined>): Buffer {
  const fromEnv = env.CONCORD_SECRET_KEY;
  if (fromEnv) return decodeKey(fromEnv, 'CONCORD_SECRET_KEY');
  const file = env.CONCORD_SECRET_KEY_FILE ?? join(dirname(env.CONCORD_DB ?? './data/concord.db'), 'concord-secret.key');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    // 'wx': never overwrite a key another process wrote first.
    try {
      writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return decodeKey(readFileSync(file, 'utf8').trim(), file);
}

/** The keyring: v1 as loadSecretKey finds it, and v2 from CONCORD_SECRET_KEY_V2 once a rotation began (ADR 071). */
export function loadKeyring(env: Record<string, string | undefined>): Record<string, Buffer> {
  const v2 = env.CONCORD_SECRET_KEY_V2;
  return { v1: loadSecretKey(env), ...(v2 && { v2: decodeKey(v2, 'CONCORD_SECRET_KEY_V2') }) };
}

function decodeKey(text: string, where: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error(`${where}: expected a 32-byte key as 64 hex digits or base64`);
  return key;
}
