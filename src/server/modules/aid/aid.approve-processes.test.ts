import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';
import { createTestDatabase, type TestDatabase } from '../../db/test-databases.test-support';
import type { Dialect } from '../../db/types';
import { createAuditService } from '../audit/audit.service';
import { seedCountries } from '../countries/countries.seed';
import { createCountriesService } from '../countries/countries.service';
import { seedAidCatalogue } from './aid.seed';
import { coordinator, ken, request, uga } from './aid.service.test-support';
import { createAidService } from './aid.service';
import { solvePlan } from '../../workers/solver/solve-in-worker';

// Two server processes on one database approve the same plan at once: one batch, one 409, the supply
// committed once. In one process the approval lock is tested in aid.service.test.ts; here each approval
// has its own process and connection, as with two servers on one PostgreSQL or two CLI runs on one
// SQLite file (docs/decisions/032).
const CHILD = fileURLToPath(new URL('./aid.approve-child.test-support.ts', import.meta.url));
const clock = () => new Date('2026-12-01T09:00:00Z');

type Outcome = { ok: true; number: number } | { ok: false; status: number | null; message: string };

function startChild(location: string, approval: unknown) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, location, JSON.stringify(approval)], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let buffer = '';
  let stderr = '';
  const waiters: Array<() => void> = [];
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let at: number;
    while ((at = buffer.indexOf('\n')) >= 0) {
      lines.push(buffer.slice(0, at));
      buffer = buffer.slice(at + 1);
      waiters.splice(0).forEach((wake) => wake());
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const line = async (n: number): Promise<string> => {
    while (lines.length <= n) {
      const woken = new Promise<void>((resolve) => waiters.push(resolve));
      const code = await Promise.race([woken.then(() => undefined), exited]);
      if (code !== undefined && lines.length <= n) throw new Error(`child exited (${code}) before line ${n}: ${stderr}`);
    }
    return lines[n]!;
  };
  return { child: child as ChildProcessWithoutNullStreams, line, exited };
}

async function prepare(handle: DatabaseHandle) {
  const { db } = handle;
  await seedCountries(db, clock);
  await seedAidCatalogue(db, clock);
  const aid = createAidService({ db, clock, audit: createAuditService(db, clock), countries: createCountriesService(db), solve: async (instance) => solvePlan(instance) });
  await aid.supply.putSupply(coordinator, 'gloves', { stockOnHand: 100_000, weeklyIncoming: 0, committed: 0, reserveFloor: 20_000 });
  await aid.requests.create(ken, 'KEN', request(30_000));
  await aid.requests.create(uga, 'UGA', request(30_000));
  const options = { batchDate: '2026-12-01', items: ['gloves'] };
  const run = await aid.planner.plan(options);
  return { aid, approval: { options, fingerprint: run.fingerprint, allocations: run.plan.allocations } };
}

async function approveFromTwoProcesses(location: string, approval: unknown): Promise<Outcome[]> {
  const children = [startChild(location, approval), startChild(location, approval)];
  await Promise.all(children.map((c) => c.line(0)));
  for (const c of children) c.child.stdin.write('go\n');
  const outcomes = await Promise.all(children.map(async (c) => JSON.parse(await c.line(1)) as Outcome));
  await Promise.all(children.map((c) => c.exited));
  return outcomes;
}

function expectOneBatch(outcomes: Outcome[]) {
  expect(outcomes.filter((o) => o.ok)).toEqual([{ ok: true, number: 1 }]);
  const refused = outcomes.filter((o) => !o.ok);
  expect(refused).toHaveLength(1);
  expect(refused[0]).toMatchObject({ ok: false, status: 409 });
}

const cases: Array<{ dialect: Dialect; open: () => Promise<{ handle: DatabaseHandle; location: string; cleanup: () => Promise<void> }> }> = [
  {
    dialect: 'sqlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'concord-approve-'));
      const location = join(dir, 'concord.db');
      const handle = openDatabase({ sqlitePath: location });
      await migrateToLatest(handle.db, 'sqlite');
      return { handle, location, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    dialect: 'postgres',
    async open() {
      const handle: TestDatabase = await createTestDatabase('postgres');
      return { handle, location: handle.url!, cleanup: async () => undefined };
    },
  },
];

for (const { dialect, open } of cases) {
  describe(`aid approvals from two processes [${dialect}]`, () => {
    let opened: Awaited<ReturnType<typeof open>> | undefined;
    afterAll(async () => {
      await opened?.handle.destroy();
      await opened?.cleanup();
    });

    it('creates one batch and refuses the other approval with 409; the supply is committed once', async () => {
      opened = await open();
      const { aid, approval } = await prepare(opened.handle);
      expectOneBatch(await approveFromTwoProcesses(opened.location, approval));
      expect((await aid.planner.batches()).map((b) => b.number)).toEqual([1]);
      expect((await aid.supply.overview()).lines.find((l) => l.item === 'gloves')!.committed).toBe(60_000);
    }, 60_000);
  });
}
