import SQLite from 'better-sqlite3';
import type { CompiledQuery } from 'kysely';
import type { Snapshot, SnapshotReads } from './snapshot-reads';

// Snapshots on SQLite (ADR 061): a read-only connection of its own per snapshot, on the same file, so the
// main connection (Kysely's, which every other request shares) stays free for writes while a download reads.
// In WAL mode a read transaction sees the file as it was at its first read until it ends; its rows come from
// one statement's `.iterate()`, stepped as many rows as each read asks for. Closing ends the iterator and the connection.

export function sqliteSnapshotReads(file: string): SnapshotReads {
  let held = 0;

  async function open(): Promise<Snapshot> {
    const db = new SQLite(file, { readonly: true, fileMustExist: true });
    held++;
    let rows: IterableIterator<unknown> | undefined;
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      rows?.return?.();
      db.close();
      held--;
    };
    try {
      db.pragma('busy_timeout = 5000');
      // Each page is read once, in order: a page cache of its own (2 MB by default) would only add to the RSS.
      db.pragma('cache_size = -64');
      db.exec('begin'); // deferred: the snapshot is taken by the first read, and kept to the end
    } catch (err) {
      await close();
      throw err;
    }
    return {
      async first<R>(query: CompiledQuery<R>) {
        if (closed) throw new Error('snapshot closed');
        return db.prepare(query.sql).get(...query.parameters) as R | undefined;
      },
      cursor<R>(query: CompiledQuery<R>) {
        if (closed) throw new Error('snapshot closed');
        const iterator = db.prepare(query.sql).iterate(...query.parameters);
        rows = iterator;
        return {
          async read(size: number) {
            const batch: R[] = [];
            while (!closed && batch.length < size) {
              const next = iterator.next();
              if (next.done) break;
              batch.push(next.value as R);
            }
            return batch;
          },
        };
      },
      close,
    };
  }

  return {
    open,
    get held() {
      return held;
    },
    end: async () => undefined,
  };
}
