import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DonorFileError, DonorFileSkips, DonorFlow, DonorResolver } from '../../../core/aid-donors/donor-flow';
import { createIatiDonorReader } from '../../../core/aid-donors/iati-donor-reader';
import { readFtsDonorCsv } from '../../../core/aid-donors/fts-donor-csv';
import type { DonorFileFormat } from '../../../shared/schemas/aid-donors';
import { AppError } from '../../errors';

// The uploaded file on disk while it is read: an IATI file is read twice (first to check it whole, so that a
// malformed one stores nothing and holds no transaction open while the upload arrives; then to store it),
// each time as a stream, so memory does not grow with the file (docs/decisions/046).

/** The largest donor file taken: a year of a large donor's IATI activities is tens of MB. */
export const MAX_DONOR_FILE_BYTES = 200 * 1024 * 1024;
/** The FTS-like CSV is read whole: it carries only the goods rows. */
export const MAX_DONOR_CSV_BYTES = 20 * 1024 * 1024;

export class DonorFileTooLarge extends AppError {
  constructor(maxBytes: number) {
    super(413, 'payload_too_large', `the file is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB a donor file may be`, [], { key: 'payload-too-large' });
  }
}

export interface SpooledFile {
  path: string;
  sha256: string;
  bytes: number;
  remove(): Promise<void>;
}

/** Writes the body to a private temporary file, hashing it on the way, and stops past `maxBytes`. */
export async function spool(body: Readable, maxBytes: number): Promise<SpooledFile> {
  const dir = await mkdtemp(join(tmpdir(), 'concord-donors-'));
  const path = join(dir, 'upload');
  const hash = createHash('sha256');
  let bytes = 0;
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await pipeline(
      body,
      async function* (source: AsyncIterable<Buffer | string>) {
        for await (const chunk of source) {
          const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
          bytes += buffer.length;
          if (bytes > maxBytes) throw new DonorFileTooLarge(maxBytes);
          hash.update(buffer);
          yield buffer;
        }
      },
      createWriteStream(path, { mode: 0o600 }),
    );
  } catch (cause) {
    await remove();
    throw cause;
  }
  return { path, sha256: hash.digest('hex'), bytes, remove };
}

export interface DonorFileRead {
  error: DonorFileError | null;
  /** Further errors of a CSV (an IATI file stops at its first). */
  errors: DonorFileError[];
  activities: number;
  flows: number;
  donors: Set<string>;
  skips: DonorFileSkips;
}

/**
 * Reads a spooled file, handing its flows to `sink` a few hundred at a time (awaited: the caller may store
 * them). Returns what was read and the first error, if any.
 */
export async function readDonorFile(file: SpooledFile, format: DonorFileFormat, resolver: DonorResolver, sink: (flows: DonorFlow[]) => Promise<void> = async () => {}): Promise<DonorFileRead> {
  const donors = new Set<string>();
  let flows = 0;
  const take = (f: DonorFlow) => {
    flows++;
    if (donors.size < 1000) donors.add(f.donor);
  };
  if (format === 'fts') {
    if (file.bytes > MAX_DONOR_CSV_BYTES) throw new DonorFileTooLarge(MAX_DONOR_CSV_BYTES);
    const result = readFtsDonorCsv(await readFile(file.path, 'utf8'), resolver);
    if (!result.ok) return { error: result.errors[0] ?? null, errors: result.errors, activities: 0, flows: 0, donors, skips: { unknownPartner: 0, unknownItem: 0 } };
    result.flows.forEach(take);
    await sink(result.flows);
    return { error: null, errors: [], activities: result.rows, flows, donors, skips: { unknownPartner: 0, unknownItem: 0 } };
  }
  let pending: DonorFlow[] = [];
  const reader = createIatiDonorReader(resolver, (f) => {
    take(f);
    pending.push(f);
  });
  let first = true;
  for await (const chunk of createReadStream(file.path, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
    const text = chunk as string;
    reader.write(first && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    first = false;
    if (reader.error) break;
    if (pending.length >= 500) {
      const batch = pending;
      pending = [];
      await sink(batch);
    }
  }
  const error = reader.close();
  if (!error && pending.length > 0) await sink(pending);
  return { error, errors: error ? [error] : [], activities: reader.activities, flows, donors, skips: { ...reader.skips } };
}
