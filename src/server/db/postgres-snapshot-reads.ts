import pg from 'pg';
import Cursor from 'pg-cursor';
import type { CompiledQuery } from 'kysely';
import type { Snapshot, SnapshotReads, SnapshotReadsOptions } from './snapshot-reads';

// Snapshots on PostgreSQL (ADR 061): a pool of their own, as large as the downloads allowed at once, so a
// download never waits for, nor takes, a connection of the main pool. Each snapshot is one REPEATABLE READ,
// READ ONLY transaction (one consistent view for its count and all its rows), read through pg-cursor (a portal
// fetched as many rows as each read asks for). Closing closes the cursor, rolls back and gives the connection back; a
// connection whose transaction could not be ended is destroyed, never handed to the next download.

/** Beyond the application's own bound: the server ends a transaction left idle this much longer. */
const SERVER_BACKSTOP_MS = 60_000;

export function postgresSnapshotReads(connectionString: string, options: SnapshotReadsOptions): SnapshotReads {
  const pool = new pg.Pool({
    connectionString,
    max: options.connections,
    application_name: 'concord snapshot reads',
    idle_in_transaction_session_timeout: options.maxMs + SERVER_BACKSTOP_MS,
  });
  pool.on('error', (err) => console.warn(`postgres: idle snapshot connection lost: ${err.message}`));
  let held = 0;
  let ended: Promise<void> | undefined;

  async function open(): Promise<Snapshot> {
    const client = await pool.connect();
    held++;
    let broken: Error | undefined;
    // A checked-out connection the server drops (the backstop above, a restart) must not take the process down.
    const onError = (err: Error) => (broken = err);
    client.on('error', onError);
    let reading: Promise<unknown> = Promise.resolve();
    let cursor: Cursor | undefined;
    let closed: Promise<void> | undefined;
    const close = () =>
      (closed ??= (async () => {
        await reading.catch(() => undefined);
        try {
          if (!broken) {
            await cursor?.close();
            await client.query('rollback');
          }
        } catch (err) {
          broken = err as Error;
        }
        client.off('error', onError);
        client.release(broken ?? false);
        held--;
      })());
    const read = <T>(promise: Promise<T>): Promise<T> => {
      reading = promise;
      return promise;
    };
    try {
      await read(client.query('begin isolation level repeatable read read only'));
    } catch (err) {
      broken = err as Error;
      await close();
      throw err;
    }
    return {
      async first<R>(query: CompiledQuery<R>) {
        if (closed) throw new Error('snapshot closed');
        const result = await read(client.query(query.sql, [...query.parameters]));
        return result.rows[0] as R | undefined;
      },
      cursor<R>(query: CompiledQuery<R>) {
        if (closed) throw new Error('snapshot closed');
        const opened = client.query(new Cursor<R>(query.sql, [...query.parameters]));
        cursor = opened;
        return { read: async (size: number) => (closed ? [] : read(opened.read(size))) };
      },
      close,
    };
  }

  return {
    open,
    get held() {
      return held;
    },
    end: () => (ended ??= pool.end()),
  };
}
