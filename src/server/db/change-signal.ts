import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from './types';

/**
 * Tells the other server processes on the same database that something they cache has changed. On
 * PostgreSQL: NOTIFY, sent inside the writing transaction (so it is delivered only if that commits) and
 * received on one dedicated LISTEN connection per process, which reconnects if it is lost. On SQLite there is
 * one process per database file, and the writer drops its own cache itself: nothing to send.
 */
export interface ChangeSignal {
  notify(trx: Db, channel: string, payload: string): Promise<void>;
  /** Resolves once this process is listening (a notification sent before may be missed). */
  listen(channel: string, handler: (payload: string) => void): Promise<void>;
  close(): Promise<void>;
}

export const noChangeSignal: ChangeSignal = {
  notify: async () => {},
  listen: async () => {},
  close: async () => {},
};

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;
const RECONNECT_MS = [250, 1_000, 5_000];

export function postgresChangeSignal(connectionString: string, warn: (message: string) => void = (m) => console.warn(m)): ChangeSignal {
  const handlers = new Map<string, ((payload: string) => void)[]>();
  let client: pg.Client | null = null;
  let connecting: Promise<void> | null = null;
  let closed = false;

  const check = (channel: string) => {
    if (!CHANNEL.test(channel)) throw new Error(`not a channel name: ${channel}`);
  };

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString });
    next.on('notification', (message) => {
      for (const handle of handlers.get(message.channel) ?? []) handle(message.payload ?? '');
    });
    next.on('error', (error) => {
      warn(`postgres: the LISTEN connection was lost (${error.message}); reconnecting`);
      if (client === next) client = null;
      void next.end().catch(() => {});
      ensureConnected();
    });
    await next.connect();
    if (closed) return void (await next.end());
    client = next;
    // A channel added while this loop runs is visited too (Map iteration sees new keys).
    for (const channel of handlers.keys()) await next.query(`listen ${channel}`);
  }

  function ensureConnected(): void {
    if (closed || client || connecting) return;
    connecting = (async () => {
      for (let attempt = 0; !closed; attempt++) {
        try {
          return await connect();
        } catch (error) {
          warn(`postgres: could not open the LISTEN connection (${(error as Error).message}); retrying`);
          await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS[Math.min(attempt, RECONNECT_MS.length - 1)]));
        }
      }
    })().finally(() => {
      connecting = null;
    });
  }

  return {
    async notify(trx, channel, payload) {
      check(channel);
      await sql`select pg_notify(${channel}, ${payload})`.execute(trx);
    },
    async listen(channel, handler) {
      check(channel);
      const known = handlers.get(channel);
      if (known) known.push(handler);
      else handlers.set(channel, [handler]);
      if (client) {
        await client.query(`listen ${channel}`).catch((error: Error) => warn(`postgres: listen ${channel} failed (${error.message})`));
        return;
      }
      ensureConnected();
      await connecting;
    },
    async close() {
      closed = true;
      await connecting;
      await client?.end();
      client = null;
    },
  };
}
