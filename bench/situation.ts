import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import { parseJhu } from '../src/core/situation-import/jhu-parse';
import { buildApp } from '../src/server/app';
import { systemActor } from '../src/server/auth/actor';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedCountries } from '../src/server/modules/countries/countries.seed';
import { JHU_SEED_DIR } from '../src/server/modules/situation/situation.seed';
import { createServices } from '../src/server/services';
import { TEST_ENV } from '../src/server/test-support/test-app.test-support';

// Situation benchmark (issue 3), loopback only. `npx tsx bench/run.ts situation` prints JSON.
// (a) The full shipped JHU series (confirmed + deaths): parsed and imported by `importFiles` into a fresh SQLite
//     file, against the sqlite3 shell importing the same rows in long form (iso3,date,cases,deaths) into a table
//     with a unique index on (iso3, date). Target: ours ≤ 2× the shell.
// (b) Requests per second of GET /api/situation/overview under autocannon against a bare Fastify route that
//     returns a constant, in the same run, alternating. Target: ≥ 0.5. The full details are measured beside it.

const run = promisify(execFile);
const SQLITE3 = '/usr/bin/sqlite3';
const RUNS = 3;
const OVERVIEW_ROUNDS = 5;
const DURATION_SEC = 5;
const CONNECTIONS = 10;
const clock = () => new Date();
const round = (x: number, digits = 4) => Number(x.toPrecision(digits));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function jhuFiles() {
  return {
    confirmed: readFileSync(new URL('time_series_covid19_confirmed_global.csv', JHU_SEED_DIR), 'utf8'),
    deaths: readFileSync(new URL('time_series_covid19_deaths_global.csv', JHU_SEED_DIR), 'utf8'),
  };
}

async function concordImport(dir: string, run: number, files: { confirmed: string; deaths: string }) {
  const handle = openDatabase({ sqlitePath: join(dir, `concord-${run}.db`) });
  try {
    await migrateToLatest(handle.db, 'sqlite');
    await seedCountries(handle.db, clock);
    const services = createServices({ db: handle.db, dialect: 'sqlite', clock, sessionTtlHours: 1 });
    const started = performance.now();
    const summary = await services.situation.importFiles(systemActor('bench'), { source: 'jhu', files });
    return { seconds: (performance.now() - started) / 1000, rows: summary.rows };
  } finally {
    await handle.destroy();
  }
}

function shellImport(dir: string, run: number, longCsv: string): number {
  const db = join(dir, `shell-${run}.db`);
  const started = performance.now();
  const result = spawnSync(SQLITE3, [
    db,
    'pragma journal_mode = wal;',
    'create table series (iso3 text not null, date text not null, cases real not null, deaths real not null);',
    '.mode csv',
    `.import ${longCsv} series`,
    'create unique index series_pk on series (iso3, date);',
  ], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`sqlite3 failed: ${result.stderr}`);
  return seconds;
}

async function importBench() {
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-situation-'));
  try {
    const files = jhuFiles();
    const parsed = parseJhu(files);
    if (!parsed.ok) throw new Error('the shipped JHU files do not parse');
    const longCsv = join(dir, 'long.csv');
    writeFileSync(longCsv, parsed.value.records.map((r) => `${r.iso3},${r.date},${r.cumulativeCases},${r.cumulativeDeaths}`).join('\n') + '\n');
    const ours: number[] = [];
    const shell: number[] = [];
    let rows = 0;
    for (let run = 0; run < RUNS; run++) {
      const result = await concordImport(dir, run, files);
      ours.push(result.seconds);
      rows = result.rows;
      shell.push(shellImport(dir, run, longCsv));
    }
    const oursMedian = median(ours);
    const shellMedian = median(shell);
    return {
      rows,
      concordSeconds: round(oursMedian),
      concordIncludes: 'parsing both wide JHU files, country mapping, one transaction of multi-row inserts, audit entry',
      sqlite3ShellSeconds: round(shellMedian),
      sqlite3ShellIncludes: '.import of the long CSV (already written) into a plain table, then a unique index on (iso3, date)',
      ratio: round(oursMedian / shellMedian, 3),
      target: '≤ 2',
      runs: { concord: ours.map((x) => round(x)), sqlite3: shell.map((x) => round(x)) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The client runs as its own process (the autocannon CLI), so that it shares neither the event loop nor the
// heap of the servers; it asks for gzip, as every browser does.
const AUTOCANNON = fileURLToPath(new URL('../node_modules/autocannon/autocannon.js', import.meta.url));
const HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

interface AutocannonJson {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

async function autocannonRun(url: string, seconds: number, headers: Record<string, string>): Promise<AutocannonJson> {
  const args = [AUTOCANNON, '-j', '-c', String(CONNECTIONS), '-d', String(seconds), ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}=${v}`]), url];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as AutocannonJson;
}

interface Throughput {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
}

async function throughput(url: string, extraHeaders: Record<string, string> = {}): Promise<Throughput> {
  const headers = { ...HEADERS, ...extraHeaders };
  await autocannonRun(url, 1, headers); // warm-up
  const result = await autocannonRun(url, DURATION_SEC, headers);
  const notModified = 'if-none-match' in extraHeaders;
  if ((!notModified && result.non2xx > 0) || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { requestsPerSecond: round(result.requests.average), latencyP50Ms: result.latency.p50, latencyP99Ms: result.latency.p99 };
}

async function overviewBench() {
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-overview-'));
  const handle = openDatabase({ sqlitePath: join(dir, 'concord.db') });
  const bare = Fastify({ logger: false });
  bare.get('/constant', async () => ({ ok: true }));
  try {
    await migrateToLatest(handle.db, 'sqlite');
    await seedCountries(handle.db, clock);
    const services = createServices({ db: handle.db, dialect: 'sqlite', clock, sessionTtlHours: 1 });
    await services.situation.importFiles(systemActor('bench'), { source: 'jhu', files: jhuFiles() });
    const app = await buildApp(TEST_ENV, services, { logger: false });
    const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
    try {
      const first = performance.now();
      await (await fetch(`${appUrl}/api/situation/overview`)).arrayBuffer();
      const firstRequestSeconds = (performance.now() - first) / 1000;
      const summary = await services.situation.overviewSummary();
      const details = await services.situation.overview();
      // The machine is shared: the constant route and the overview alternate, and the ratio of each pair counts.
      const rounds: { constant: Throughput; overview: Throughput; ratio: number }[] = [];
      for (let r = 0; r < OVERVIEW_ROUNDS; r++) {
        const constant = await throughput(`${bareUrl}/constant`);
        const overview = await throughput(`${appUrl}/api/situation/overview`);
        rounds.push({ constant, overview, ratio: round(overview.requestsPerSecond / constant.requestsPerSecond, 3) });
      }
      const constant = await throughput(`${bareUrl}/constant`);
      const detailsRun = await throughput(`${appUrl}/api/situation/overview/details`);
      // A client that already holds this version (a browser revalidating with its ETag) gets 304 and no body.
      const revalidated = await throughput(`${appUrl}/api/situation/overview`, { 'if-none-match': summary.etag });
      const ratios = rounds.map((x) => x.ratio);
      return {
        ratio: median(ratios),
        target: '≥ 0.5',
        measured: 'GET /api/situation/overview (the summary the map and ranking use; latest date) against a bare Fastify route returning {"ok":true}; median of the rounds',
        rounds,
        overviewBytes: { json: summary.json.length, gzip: summary.gzip.length, brotli: summary.brotli.length },
        firstRequestSeconds: round(firstRequestSeconds),
        details: {
          url: '/api/situation/overview/details',
          bytes: { json: details.json.length, gzip: details.gzip.length, brotli: details.brotli.length },
          ...detailsRun,
          ratioToConstant: round(detailsRun.requestsPerSecond / constant.requestsPerSecond, 3),
        },
        overviewRevalidated304: { ...revalidated, ratioToConstant: round(revalidated.requestsPerSecond / constant.requestsPerSecond, 3) },
        settings: { connections: CONNECTIONS, durationSeconds: DURATION_SEC, acceptEncoding: HEADERS['accept-encoding'] },
      };
    } finally {
      await app.close();
    }
  } finally {
    await bare.close();
    await handle.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runSituationBench(): Promise<object> {
  return { import: await importBench(), overview: await overviewBench() };
}
