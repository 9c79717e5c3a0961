import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { localFileStore } from './file-store';

describe('the local file store', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'concord-store-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const files = () => readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)));

  it('keeps a streamed file under its sha256 and streams it back', async () => {
    const store = localFileStore(root);
    const chunks = ['first chunk, ', 'second chunk'];
    const staged = await store.stage(Readable.from(chunks.map((c) => Buffer.from(c))), 1024);
    const sha256 = createHash('sha256').update(chunks.join('')).digest('hex');
    expect({ sha256: staged.sha256, size: staged.size }).toEqual({ sha256, size: 25 });
    expect(await store.has(sha256)).toBe(false);
    await staged.commit();
    expect(files()).toEqual([path.join(sha256.slice(0, 2), sha256)]);
    expect(await text(store.open(sha256))).toBe('first chunk, second chunk');
  });

  it('refuses a file past the limit with 413 and leaves nothing staged', async () => {
    const store = localFileStore(root);
    const before = files();
    const big = Readable.from(Array.from({ length: 10 }, () => Buffer.alloc(100, 1)));
    await expect(store.stage(big, 512)).rejects.toMatchObject({ status: 413, code: 'payload_too_large' });
    expect(files()).toEqual(before);
  });
});
