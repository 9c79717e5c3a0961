import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../errors';

/**
 * Where the knowledge module keeps file contents, by sha256 (ADR 081). The local directory is the default;
 * an S3-compatible store implements the same four calls (put with a temporary object then a copy to its
 * hash key, get as a stream of the object, remove).
 */
export interface FileStore {
  /** Streams `source` into a staging file, hashing and counting; refuses past `maxBytes` (413, nothing kept). */
  stage(source: Readable, maxBytes: number): Promise<StagedFile>;
  open(sha256: string): Readable;
  has(sha256: string): Promise<boolean>;
}

export interface StagedFile {
  sha256: string;
  size: number;
  /** A local path to read the staged content from (type detection, text extraction). */
  path: string;
  /** Keeps the content under its hash. */
  commit(): Promise<void>;
  /** Drops the staged content. */
  discard(): Promise<void>;
}

export class PayloadTooLarge extends AppError {
  constructor(maxBytes: number) {
    super(413, 'payload_too_large', `the file is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB a document file may be`);
  }
}

export function localFileStore(root: string): FileStore {
  const final = (sha256: string) => path.join(root, sha256.slice(0, 2), sha256);
  return {
    async stage(source, maxBytes) {
      await mkdir(path.join(root, 'staging'), { recursive: true });
      const staging = path.join(root, 'staging', randomUUID());
      const hash = createHash('sha256');
      let size = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          if (size > maxBytes) return done(new PayloadTooLarge(maxBytes));
          hash.update(chunk);
          done(null, chunk);
        },
      });
      try {
        await pipeline(source, meter, createWriteStream(staging));
      } catch (err) {
        await rm(staging, { force: true });
        source.resume(); // drain what the client still sends
        throw err;
      }
      const sha256 = hash.digest('hex');
      return {
        sha256,
        size,
        path: staging,
        async commit() {
          await mkdir(path.dirname(final(sha256)), { recursive: true });
          await rename(staging, final(sha256));
        },
        discard: () => rm(staging, { force: true }),
      };
    },
    open: (sha256) => createReadStream(final(sha256)),
    async has(sha256) {
      return stat(final(sha256)).then(
        () => true,
        () => false,
      );
    },
  };
}
