// An officer's kit allocation from a separate OS process, for consular-kits.processes.test.ts. Takes the
// database (a SQLite file path or a PostgreSQL URL), the round and the citizen as arguments, prints "ready",
// waits for a line on stdin so that both processes allocate together, then prints its outcome.
import { once } from 'node:events';
import { openDatabase } from '../../db/database';
import { createAuditService } from '../audit/audit.service';
import { createConsularKitsService } from './consular-kits.service';

const [location, roundId, citizenId] = process.argv.slice(2) as [string, string, string];
const handle = openDatabase(location.startsWith('postgres') ? { databaseUrl: location, poolSize: 2 } : { sqlitePath: location });
const clock = () => new Date('2020-03-01T09:00:00Z');
const kits = createConsularKitsService({ db: handle.db, clock, audit: createAuditService(handle.db, clock) });
const officer = { userId: null, label: `officer:${process.pid}`, role: 'consular_officer' as const, partnerId: null, postId: 'EMB-GBR', requestId: null };

process.stdout.write('ready\n');
await once(process.stdin, 'data');
let outcome: { ok: true } | { ok: false; status: number | null; message: string };
try {
  await kits.allocate(officer, Number(roundId), Number(citizenId));
  outcome = { ok: true };
} catch (err) {
  const e = err as { status?: number; message?: string };
  outcome = { ok: false, status: e.status ?? null, message: e.message ?? String(err) };
}
process.stdout.write(`${JSON.stringify(outcome)}\n`);
await handle.destroy();
process.stdin.destroy();
