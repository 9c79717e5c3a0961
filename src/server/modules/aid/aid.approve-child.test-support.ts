// A coordinator's approval from a separate OS process, for aid.approve-processes.test.ts. Takes the
// database (a SQLite file path or a PostgreSQL URL) and the approval as arguments, prints "ready", waits
// for a line on stdin so that both processes start their approval together, then prints its outcome.
import { once } from 'node:events';
import type { ApproveInput } from '../../../shared/schemas/aid';
import { openDatabase } from '../../db/database';
import { createAuditService } from '../audit/audit.service';
import { createCountriesService } from '../countries/countries.service';
import { createAidService } from './aid.service';

const [location, approval] = process.argv.slice(2) as [string, string];
const handle = openDatabase(location.startsWith('postgres') ? { databaseUrl: location, poolSize: 2 } : { sqlitePath: location });
const clock = () => new Date('2026-12-01T09:00:00Z');
const aid = createAidService({ db: handle.db, clock, audit: createAuditService(handle.db, clock), countries: createCountriesService(handle.db) });
const coordinator = { userId: null, label: `coordinator:${process.pid}`, role: 'coordinator' as const, partnerId: null, postId: null, requestId: null };

process.stdout.write('ready\n');
await once(process.stdin, 'data');
let outcome: { ok: true; number: number } | { ok: false; status: number | null; message: string };
try {
  outcome = { ok: true, number: (await aid.planner.approve(coordinator, JSON.parse(approval) as ApproveInput)).number };
} catch (err) {
  const e = err as { status?: number; message?: string };
  outcome = { ok: false, status: e.status ?? null, message: e.message ?? String(err) };
}
process.stdout.write(`${JSON.stringify(outcome)}\n`);
await handle.destroy();
process.stdin.destroy();
