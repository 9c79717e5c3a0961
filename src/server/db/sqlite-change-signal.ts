import type SQLite from 'better-sqlite3';
import type { ChangeSignal } from './change-signal';

/** How often a server checks whether another process wrote to its SQLite file. */
export const SQLITE_POLL_MS = 2_000;

/**
 * The change signal for SQLite. One server process owns a database file, but `concord import` (or another
 * CLI command) may write to it while the server runs. SQLite's `PRAGMA data_version` changes when another
 * connection commits (never for this connection's own writes), so a cheap check every few seconds tells the
 * listeners that something they cache may be stale. The payload is empty: listeners cannot tell what changed
 * and drop everything (see parseChange in the situation service).
 */
export function sqliteChangeSignal(sqlite: SQLite.Database, intervalMs = SQLITE_POLL_MS): ChangeSignal {
  const handlers: ((payload: string) => void)[] = [];
  let timer: NodeJS.Timeout | null = null;
  let seen = 0;
  const dataVersion = () => Number(sqlite.pragma('data_version', { simple: true }));

  function check(): void {
    if (!sqlite.open) return;
    const now = dataVersion();
    if (now === seen) return;
    seen = now;
    for (const handle of handlers) handle('');
  }

  return {
    notify: async () => {},
    async listen(_channel, handler) {
      handlers.push(handler);
      if (timer) return;
      seen = dataVersion();
      timer = setInterval(check, intervalMs);
      timer.unref(); // a CLI command that opened the database still exits when it is done
    },
    async close() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
