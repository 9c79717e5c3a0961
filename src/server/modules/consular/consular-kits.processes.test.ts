import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../auth/actor';
import { openDatabase, type DatabaseHandle } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';
import { createTestDatabase } from '../../db/test-databases.test-support';
import type { Dialect } from '../../db/types';
import { raceChildren, startLineChild } from '../../test-support/child-process.test-support';
import { createAuditService } from '../audit/audit.service';
import { seedConsularPosts } from './consular.seed';
import { insertCitizen } from './consular.repo';
import { createConsularKitsService } from './consular-kits.service';

// Two officers' processes allocate kits at once on one database, as aid.approve-processes.test.ts approves:
// the last kit goes to one student only (the other 409, the stock 0, never -1), and one student never gets
// two kits in a round even when there are kits for both.
const CHILD = fileURLToPath(new URL('./consular-kits.allocate-child.test-support.ts', import.meta.url));
const clock = () => new Date('2020-03-01T09:00:00Z');
type Outcome = { ok: true } | { ok: false; status: number | null; message: string };

async function prepare(handle: DatabaseHandle) {
  const { db } = handle;
  await seedConsularPosts(db, clock);
  const kits = createConsularKitsService({ db, clock, audit: createAuditService(db, clock) });
  const admin = systemActor('test');
  const student = (name: string) =>
    insertCitizen(db, { post_id: 'EMB-GBR', user_id: null, full_name: name, date_of_birth: '2001-01-01', passport_encrypted: 'v1:x:y:z', status: 'student', host_iso3: 'GBR', city: 'London', phone: '+44 7700 900000', consent_at: clock().toISOString(), created_at: clock().toISOString(), updated_at: clock().toISOString() });
  const [a, b] = [await student('A'), await student('B')];
  await kits.receive(admin, { postId: 'EMB-GBR', kitTypeId: 'student-health', received: 1 });
  const round = (await kits.openRound(admin, { postId: 'EMB-GBR', kitTypeId: 'student-health', name: 'March', studentsOnly: true })).rounds[0]!.id;
  return { kits, admin, a, b, round };
}

const race = (location: string, round: number, citizens: number[]) => raceChildren<Outcome>(citizens.map((c) => startLineChild(CHILD, [location, String(round), String(c)])));

const cases: Array<{ dialect: Dialect; open: () => Promise<{ handle: DatabaseHandle; location: string; cleanup: () => Promise<void> }> }> = [
  {
    dialect: 'sqlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'concord-kits-'));
      const location = join(dir, 'concord.db');
      const handle = openDatabase({ sqlitePath: location });
      await migrateToLatest(handle.db, 'sqlite');
      return { handle, location, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    dialect: 'postgres',
    async open() {
      const handle = await createTestDatabase('postgres');
      return { handle, location: handle.url!, cleanup: async () => undefined };
    },
  },
];

for (const { dialect, open } of cases) {
  describe(`kit allocations from two processes [${dialect}]`, () => {
    let opened: Awaited<ReturnType<typeof open>> | undefined;
    afterAll(async () => {
      await opened?.handle.destroy();
      await opened?.cleanup();
    });

    it('gives the last kit to one of two students; then refuses a second kit to the same student from two processes', async () => {
      opened = await open();
      const { kits, admin, a, b, round } = await prepare(opened.handle);
      const last = await race(opened.location, round, [a, b]);
      expect(last.filter((o) => o.ok)).toHaveLength(1);
      expect(last.filter((o) => !o.ok)).toMatchObject([{ status: 409 }]);
      expect((await kits.overview(admin)).stock).toEqual([{ postId: 'EMB-GBR', kitTypeId: 'student-health', quantity: 0 }]);

      await kits.receive(admin, { postId: 'EMB-GBR', kitTypeId: 'student-health', received: 3 });
      const winner = (await kits.overview(admin)).rounds[0]!.allocations[0]!.citizenId;
      const loser = winner === a ? b : a;
      const twice = await race(opened.location, round, [loser, loser]);
      expect(twice.filter((o) => o.ok)).toHaveLength(1);
      expect(twice.filter((o) => !o.ok)).toMatchObject([{ status: 409 }]);
      const after = await kits.overview(admin);
      expect(after.stock[0]!.quantity).toBe(2);
      expect(after.rounds[0]!.allocations.map((x) => x.citizenId).sort()).toEqual([a, b].sort());
    }, 60_000);
  });
}
