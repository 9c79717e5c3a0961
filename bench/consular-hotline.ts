import { benchDatabase } from './bench-database';
import { spawn } from 'node:child_process';
import { sql } from 'kysely';
import { systemActor } from '../src/server/auth/actor';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import type { Dialect } from '../src/server/db/types';
import { seedCountries } from '../src/server/modules/countries/countries.seed';
import { seedConsularPosts } from '../src/server/modules/consular/consular.seed';
import { createServices } from '../src/server/services';

// Hotline intake under load (issue 13), loopback only. `npx tsx bench/run.ts consular-hotline`; the duration
// in seconds from CONCORD_BENCH_SECONDS (60 by default), the clients from CONCORD_BENCH_CLIENTS (200).
// The server runs in its own process (bench/research-downloads.server.ts) on a fresh SQLite file and a fresh
// PostgreSQL database (TEST_PG_URL's server); each client, signed in as an operator, loops: log a call
// (POST /api/consular/cases), then read the console's due view one time in ten. Afterwards every
// acknowledged case (201) is counted in the database: acknowledged must equal stored.

const SECONDS = Number(process.env.CONCORD_BENCH_SECONDS ?? 60);
const CLIENTS = Number(process.env.CONCORD_BENCH_CLIENTS ?? 200);
const PASSWORD = 'bench password 123456';
const clock = () => new Date();

async function prepare(target: { sqlitePath?: string; databaseUrl?: string }, dialect: Dialect): Promise<void> {
  const handle = openDatabase(target);
  try {
    await migrateToLatest(handle.db, dialect);
    await seedCountries(handle.db, clock);
    await seedConsularPosts(handle.db, clock);
    const services = createServices({ db: handle.db, dialect, clock, sessionTtlHours: 1 });
    await services.users.create(systemActor('bench'), { email: 'operator@example.org', displayName: 'Operator', role: 'consular_officer', password: PASSWORD, partnerId: null, postId: 'EMB-GBR' });
  } finally {
    await handle.destroy();
  }
}

async function startServer(target: string): Promise<{ port: number; stop: () => void }> {
  // CONCORD_BENCH_CPU_PROF=DIR: the server writes a V8 CPU profile there when stopped (open it in Chrome's DevTools).
  const profile = process.env.CONCORD_BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CONCORD_BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'bench/research-downloads.server.ts', target], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return { port, stop: () => child.kill('SIGTERM') };
}

const percentile = (sorted: number[], p: number) => Number((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0).toFixed(1));

async function load(port: number) {
  const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'operator@example.org', password: PASSWORD }) });
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  const intake: number[] = [];
  const console_: number[] = [];
  const statuses = new Map<number, number>();
  let acknowledged = 0;
  const until = performance.now() + SECONDS * 1000;
  const client = async (c: number) => {
    for (let i = 0; performance.now() < until; i++) {
      const body = { channel: 'hotline', callerName: `Caller ${c}`, callerPhone: `+44 7700 ${String(100000 + c * 1000 + (i % 1000)).slice(0, 6)}`, hostIso3: 'GBR', city: 'London', topic: 'food', urgency: 'normal', summary: `bench call ${c}/${i}` };
      let started = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/api/consular/cases`, { method: 'POST', headers, body: JSON.stringify(body) });
      await res.arrayBuffer();
      intake.push(performance.now() - started);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 201) acknowledged++;
      if (i % 10 === 0) {
        started = performance.now();
        await (await fetch(`http://127.0.0.1:${port}/api/consular/cases?view=due`, { headers })).arrayBuffer();
        console_.push(performance.now() - started);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  const seconds = (performance.now() - started) / 1000;
  intake.sort((a, b) => a - b);
  console_.sort((a, b) => a - b);
  return {
    seconds: Number(seconds.toFixed(1)),
    acknowledged,
    statuses: Object.fromEntries(statuses),
    intakePerSecond: Number((intake.length / seconds).toFixed(1)),
    intakeMs: { p50: percentile(intake, 0.5), p99: percentile(intake, 0.99) },
    consoleMs: { p50: percentile(console_, 0.5), p99: percentile(console_, 0.99) },
  };
}

async function stored(target: { sqlitePath?: string; databaseUrl?: string }): Promise<number> {
  const handle = openDatabase(target);
  try {
    return Number((await sql<{ n: number }>`select count(*) as n from consular_cases`.execute(handle.db)).rows[0]!.n);
  } finally {
    await handle.destroy();
  }
}

async function runOn(dialect: Dialect) {
  const database = await benchDatabase(dialect, 'hotline');
  const { target } = database;
  try {
    await prepare(target, dialect);
    const server = await startServer(target.sqlitePath ?? target.databaseUrl!);
    let figures;
    try {
      figures = await load(server.port);
    } finally {
      server.stop();
    }
    const inDatabase = await stored(target);
    return { ...figures, stored: inDatabase, allAcknowledgedStored: inDatabase === figures.acknowledged };
  } finally {
    await database.drop();
  }
}

export async function runConsularHotlineBench(): Promise<object> {
  return { clients: CLIENTS, secondsPlanned: SECONDS, sqlite: await runOn('sqlite'), postgres: await runOn('postgres') };
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${JSON.stringify(await runConsularHotlineBench(), null, 2)}\n`);
