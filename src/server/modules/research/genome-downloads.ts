import { Readable } from 'node:stream';
import type { DOWNLOAD_FORMATS, GenomeFilters } from '../../../shared/schemas/research';
import type { SnapshotReads, SnapshotReadsFactory } from '../../db/snapshot-reads';
import type { Db } from '../../db/types';
import type { ServiceLog } from '../../log';
import { DOWNLOADS_AT_ONCE } from './download-slots';
import { DOWNLOAD } from './genome-views';
import * as repo from './research.repo';

// A download reads its genomes through a server-side cursor on a snapshot of its own (ADR 061): one
// consistent view of the database for its count and every row, however long it lasts and whatever is
// written meanwhile, on a connection no other request uses. The response stream pulls the rows (a slow
// reader holds one batch), the loop is given back between batches, and however the response ends (done,
// cut off by the client, failed, or past `maxMs`) the cursor is closed and its connection given back.

/** Genomes per cursor read: about 3 MB of SARS-CoV-2 sequences and analyses. */
const BATCH = 25;
/** Genomes per keyset page where no snapshot can be opened (an in-memory SQLite, tests only). */
const PAGE = 50;
/** How long one download may hold its snapshot by default (CONCORD_DOWNLOAD_MAX_MINUTES). */
export const DEFAULT_DOWNLOAD_MAX_MS = 30 * 60_000;

/** A download stopped at its time bound: the response is cut short, which its client sees (ADR 061). */
export class DownloadTimedOut extends Error {
  constructor(maxMs: number) {
    super(`a download may last ${Math.round(maxMs / 1000)} s at most: this one was cut short, download it again (or a smaller search)`);
  }
}

export interface GenomeDownload {
  count: number;
  /** The file's text, pulled by the response; destroyed, it closes the cursor. */
  body: Readable;
}

export interface GenomeDownloadsDeps {
  db: Db;
  log: ServiceLog;
  /** Where downloads open their snapshots; keyset pages on `db` without (an in-memory SQLite). */
  snapshots?: SnapshotReadsFactory | undefined;
  maxMs?: number | undefined;
}

type Format = (typeof DOWNLOAD_FORMATS)[number];
type Row = Awaited<ReturnType<ReturnType<typeof repo.downloadGenomesQuery>['execute']>>[number];

export function createGenomeDownloads(deps: GenomeDownloadsDeps) {
  const { db, log } = deps;
  const maxMs = deps.maxMs ?? DEFAULT_DOWNLOAD_MAX_MS;
  let reads: SnapshotReads | undefined;
  // Made on the first download: as many connections as downloads may run at once, so none ever waits for one.
  const snapshotReads = () => (deps.snapshots ? (reads ??= deps.snapshots({ connections: DOWNLOADS_AT_ONCE.total, maxMs })) : undefined);

  // Both loops below keep the batch in a variable of the loop's body, not of a `for (let …)` head nor a
  // `for await`: suspended at a yield, those kept earlier batches from the collector long enough to take the
  // server's peak RSS under 20 downloads from about 320 MB to 700 (bench/research-downloads.ts).
  async function* text(format: Format, next: () => Promise<Row[]>): AsyncGenerator<string> {
    const spec = DOWNLOAD[format];
    if (spec.header) yield spec.header;
    for (;;) {
      const batch = await next();
      if (batch.length === 0) return;
      for (const row of batch) yield spec.row(row);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Keyset pages on `db`: each one indexed query, no connection held between them. */
  function pages(filters: GenomeFilters, scope: repo.DownloadScope): () => Promise<Row[]> {
    let afterId = 0;
    return async () => {
      const page = await repo.genomesAfter(db, filters, scope, afterId, PAGE);
      afterId = page.at(-1)?.id ?? afterId;
      return page;
    };
  }

  /** The body as a stream that ends `close` when it closes, and is cut short with an error past `maxMs`. */
  function bounded(count: number, chunks: AsyncGenerator<string>, close: () => Promise<void>): GenomeDownload {
    const body = Readable.from(chunks);
    const timer = setTimeout(() => body.destroy(new DownloadTimedOut(maxMs)), maxMs);
    body.once('close', () => {
      clearTimeout(timer);
      close().catch((err: unknown) => log.error({ err }, 'research: a download snapshot could not be closed'));
    });
    return { count, body };
  }

  return {
    async open(format: Format, filters: GenomeFilters, scope: repo.DownloadScope): Promise<GenomeDownload> {
      const source = snapshotReads();
      if (!source) return bounded(await repo.countGenomes(db, filters, scope), text(format, pages(filters, scope)), async () => undefined);
      const snapshot = await source.open();
      try {
        const counted = await snapshot.first(repo.countGenomesQuery(db, filters, scope).compile());
        const cursor = snapshot.cursor(repo.downloadGenomesQuery(db, filters, scope).compile());
        return bounded(Number(counted?.n ?? 0), text(format, () => cursor.read(BATCH)), () => snapshot.close());
      } catch (err) {
        await snapshot.close();
        throw err;
      }
    },
    /** Downloads holding a snapshot (and its connection) now. */
    get held(): number {
      return reads?.held ?? 0;
    },
    close: async () => reads?.end(),
  };
}
