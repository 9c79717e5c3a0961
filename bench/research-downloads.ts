import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { systemActor } from '../src/server/auth/actor';
import { openDatabase, type DatabaseOptions } from '../src/server/db/database';
import type { Dialect } from '../src/server/db/types';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedCountries } from '../src/server/modules/countries/countries.seed';
import { fixtureGenomes, toFasta, toMetadata } from '../src/server/modules/research/research.test-support';
import { createServices } from '../src/server/services';
import { benchDatabase } from './bench-database';

// Research downloads under load (issue 12.4), loopback only. `npx tsx bench/run.ts research-downloads`.
// A SQLite file, then a PostgreSQL database, holds GENOMES analysed genomes (the Nextclade fixture's, analysed
// by Concord, then copied); the server runs in its own process; CLIENTS anonymous clients, each from its own
// address, download the whole set as FASTA and as NDJSON at once, reading as fast as they can. Figures: the
// server's RSS (/proc, sampled every 20 ms) before and at its peak, and the latency of GET /api/health
// meanwhile; for each database with downloads read through a cursor on their own snapshot (as served), and
// by keyset pages on the main connection (as before ADR 061's revision, and as an in-memory SQLite still does).
// Target: the peak stays within a few tens of MB of the idle RSS whatever the number of genomes.

// BENCH_GENOMES sets another number, to see that the peak does not grow with it.
const GENOMES = Number(process.env.BENCH_GENOMES ?? 2_000);
const CLIENTS = 20;
const clock = () => new Date();

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function prepare(target: DatabaseOptions): Promise<void> {
  const handle = openDatabase(target);
  try {
    await migrateToLatest(handle.db, handle.dialect);
    await seedCountries(handle.db, clock);
    const services = createServices({ db: handle.db, dialect: handle.dialect, clock, sessionTtlHours: 1 });
    const genomes = fixtureGenomes(20);
    await services.research.submit(systemActor('bench'), { fasta: toFasta(genomes), metadata: toMetadata(genomes, 'KEN') });
    await services.research.idle();
    await services.research.close();
    // Copies of the analysed genomes (strain names made unique) up to GENOMES rows.
    for (let round = 1; Number((await sql<{ n: number }>`select count(*) as n from research_genomes`.execute(handle.db)).rows[0]!.n) < GENOMES; round++) {
      await sql`insert into research_genomes (submission_id, strain, collection_date, country, host, originating_lab, submitting_lab, sequence, status, analysis, clade, qc_status, total_substitutions, total_deletions, total_insertions, total_missing, submitted_by, created_at)
        select submission_id, strain || '/' || ${round} || '/' || id, collection_date, country, host, originating_lab, submitting_lab, sequence, status, analysis, clade, qc_status, total_substitutions, total_deletions, total_insertions, total_missing, submitted_by, created_at from research_genomes`.execute(handle.db);
    }
  } finally {
    await handle.destroy();
  }
}

async function startServer(target: string, reads: 'cursor' | 'keyset'): Promise<{ port: number; pid: number; stop: () => Promise<void> }> {
  // node itself (tsx as a loader), so that the pid measured is the server's, not a wrapper's.
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/research-downloads.server.ts', target, reads], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    port,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function download(port: number, format: string, client: number): Promise<{ status: number; bytes: number }> {
  const res = await fetch(`http://127.0.0.1:${port}/api/research/genomes/download?format=${format}`, { headers: { 'x-forwarded-for': `198.51.100.${client}` } });
  let bytes = 0;
  if (res.body) for await (const chunk of res.body) bytes += (chunk as Uint8Array).byteLength;
  return { status: res.status, bytes };
}

async function measure(target: string, reads: 'cursor' | 'keyset'): Promise<object> {
  const server = await startServer(target, reads);
  try {
    await download(server.port, 'fasta', 1); // warm up
    const idleMb = rssMb(server.pid);
    let peakMb = idleMb;
    const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb(server.pid))), 20);
    const health: number[] = [];
    let running = true;
    const probe = (async () => {
      while (running) {
        const started = performance.now();
        await fetch(`http://127.0.0.1:${server.port}/api/health`);
        health.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => download(server.port, i % 2 === 0 ? 'fasta' : 'ndjson', i + 10)));
    const seconds = (performance.now() - started) / 1000;
    running = false;
    await probe;
    clearInterval(sampler);
    health.sort((a, b) => a - b);
    return {
      reads,
      statuses: [...new Set(results.map((r) => r.status))],
      megabytesSent: Math.round(results.reduce((s, r) => s + r.bytes, 0) / 1e6),
      seconds: Number(seconds.toFixed(2)),
      rssIdleMb: Math.round(idleMb),
      rssPeakMb: Math.round(peakMb),
      healthMsMedian: Math.round(health[Math.floor(health.length / 2)] ?? 0),
      healthMsMax: Math.round(health.at(-1) ?? 0),
    };
  } finally {
    await server.stop();
  }
}

async function runOn(dialect: Dialect): Promise<object> {
  const database = await benchDatabase(dialect, 'downloads');
  try {
    await prepare(database.target);
    const target = database.target.databaseUrl ?? database.target.sqlitePath ?? '';
    return { cursor: await measure(target, 'cursor'), keyset: await measure(target, 'keyset') };
  } finally {
    await database.drop();
  }
}

export async function runResearchDownloadsBench(): Promise<object> {
  return { genomes: GENOMES, clients: CLIENTS, sqlite: await runOn('sqlite'), postgres: await runOn('postgres') };
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${JSON.stringify(await runResearchDownloadsBench(), null, 2)}\n`);
