import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

// An import on the job queue and the server's liveness meanwhile (issue 12, ADR 063), SQLite, loopback only.
// `npx tsx bench/run.ts import-health`. The server runs in its own process; the full shipped JHU pair (3.1 MB,
// 289 rows × 1,143 days) is sent IMPORTS times through POST /api/situation/imports (the first into an empty
// table, the next ones replacing it) while GET /api/health is sent every 50 ms, each probe timed on its own.
// Then one consular imported-cases file of CASES_MB (generated, some 400,000 cases) through
// POST /api/consular/imported-cases, measured the same way. Figures per import: its seconds, the health probes' p50/p99/max latency, and the server's own event-loop
// delay (max, p99; on SQLite a probe also waits for the import's transaction, which holds the one connection).
// CONCORD_BENCH_SERVER_ROOT=<another checkout> runs that checkout's server (with this bench's server file copied
// there), to compare with the code before a change.

const IMPORTS = 3;
const PROBE_MS = 50;
const CASES_MB = 19.5;
const JHU = resolve('../shared/data/jhu');
const EMAIL = 'admin@bench.invalid';
const PASSWORD = 'correct horse battery staple';

interface Server {
  port: number;
  command(line: 'reset' | 'report'): Promise<string>;
  stop(): void;
}

async function startServer(file: string): Promise<Server> {
  const root = process.env.CONCORD_BENCH_SERVER_ROOT ?? '.';
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/import-health.server.ts', file, EMAIL, PASSWORD], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const line = await lines.next();
    if (line.done) throw new Error('the server exited');
    return line.value;
  };
  const port = Number(await next());
  return {
    port,
    async command(line) {
      child.stdin.write(`${line}\n`);
      return line === 'report' ? next() : '';
    },
    stop: () => child.kill('SIGTERM'),
  };
}

async function signIn(port: number): Promise<Record<string, string>> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: EMAIL, password: PASSWORD }) });
  if (res.status !== 200) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

const percentile = (sorted: number[], p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0);

/** Sends a health probe every PROBE_MS (without waiting for the previous one) until stopped; the latencies. */
function probeHealth(port: number): () => Promise<number[]> {
  const latencies: Promise<number>[] = [];
  const timer = setInterval(() => {
    const started = performance.now();
    latencies.push(fetch(`http://127.0.0.1:${port}/api/health`).then(async (res) => (await res.arrayBuffer(), performance.now() - started)));
  }, PROBE_MS);
  return async () => {
    clearInterval(timer);
    return (await Promise.all(latencies)).sort((a, b) => a - b);
  };
}

/** A well-formed imported-cases file of about CASES_MB. */
function importedCasesFile(): string {
  const lines = ['arrival_date,port_of_entry,flight,origin_country,passport_country,student,age_band'];
  for (let i = 0, size = 0; size < CASES_MB * 1e6; i++) {
    const line = `2026-0${1 + (i % 9)}-1${i % 10},JKIA Nairobi,KQ10${i % 100},CHN,KEN,${i % 2 ? 'yes' : 'no'},${20 + (i % 5) * 10}-${29 + (i % 5) * 10}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

export async function runImportHealthBench(): Promise<object> {
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-import-health-'));
  const files = {
    confirmed: readFileSync(join(JHU, 'time_series_covid19_confirmed_global.csv'), 'utf8'),
    deaths: readFileSync(join(JHU, 'time_series_covid19_deaths_global.csv'), 'utf8'),
  };
  const body = JSON.stringify({ source: 'jhu', files });
  const server = await startServer(join(dir, 'concord.db'));
  try {
    const headers = await signIn(server.port);
    const idle = probeHealth(server.port);
    await new Promise((r) => setTimeout(r, 2000));
    const idleHealth = await idle();
    const measure = async (url: string, payload: string) => {
      await server.command('reset');
      const stop = probeHealth(server.port);
      const started = performance.now();
      const res = await fetch(`http://127.0.0.1:${server.port}${url}`, { method: 'POST', headers, body: payload });
      const answer = (await res.json()) as { rows?: number; imported?: number };
      const seconds = (performance.now() - started) / 1000;
      const health = await stop();
      const loop = JSON.parse(await server.command('report')) as { loopMaxMs: number; loopP99Ms: number };
      return { status: res.status, rows: answer.rows ?? answer.imported, seconds: Number(seconds.toFixed(2)), probes: health.length, healthMsP50: percentile(health, 50), healthMsP99: percentile(health, 99), healthMsMax: Math.round(health.at(-1) ?? 0), ...loop };
    };
    const imports = [];
    for (let i = 0; i < IMPORTS; i++) imports.push(await measure('/api/situation/imports', body));
    const importedCases = await measure('/api/consular/imported-cases', JSON.stringify({ data: importedCasesFile() }));
    return { megabytes: Number((body.length / 1e6).toFixed(1)), idleHealthMsP99: percentile(idleHealth, 99), imports, importedCasesMegabytes: CASES_MB, importedCases };
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${JSON.stringify(await runImportHealthBench(), null, 2)}\n`);
