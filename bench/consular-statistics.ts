import { benchDatabase } from './bench-database';
import { localDay } from '../src/core/consular/working-time';
import { systemActor, type Actor } from '../src/server/auth/actor';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import type { Dialect } from '../src/server/db/types';
import { seedCountries } from '../src/server/modules/countries/countries.seed';
import { seedConsularPosts } from '../src/server/modules/consular/consular.seed';
import { createServices } from '../src/server/services';

// The consular statistics over the load (issue 13): ~70,000 help requests in two months (three times
// the same months of the year before), the call history of both years imported, then the help desk's
// statistics over the two months for an admin (every post) and an officer (one post), timed in-process, and
// one SLA escalation sweep over the breached backlog. `npx tsx bench/run.ts consular-statistics`; PostgreSQL
// at TEST_PG_URL. The cases are written straight to the table (their intake is bench/consular-hotline.ts).

const CASES = Number(process.env.CONCORD_BENCH_CASES ?? 70_000);
const RUNS = 7;
const POSTS = ['EMB-GBR', 'CG-GBR-MAN', 'EMB-USA', 'EMB-ITA', 'EMB-FRA', 'EMB-DEU'];
const CHANNELS = ['hotline', 'hotline', 'hotline', 'post_line', 'web', 'email', 'message'];
const TOPICS = ['treatment', 'visa', 'studies', 'accommodation', 'food', 'travel_home', 'lost_documents', 'other'];
const DAY = 86_400_000;

const median = (xs: number[]) => Number([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(1));

async function runOn(dialect: Dialect) {
  const database = await benchDatabase(dialect, 'stats');
  const { target } = database;
  let now = new Date('2020-04-01T12:00:00Z');
  const clock = () => now;
  const handle = openDatabase(target);
  try {
    await migrateToLatest(handle.db, dialect);
    await seedCountries(handle.db, clock);
    await seedConsularPosts(handle.db, clock);
    const services = createServices({ db: handle.db, dialect, clock, sessionTtlHours: 1 });
    const zones = new Map((await handle.db.selectFrom('consular_posts').select(['id', 'time_zone']).execute()).map((p) => [p.id, p.time_zone]));
    const postIds = POSTS.filter((p) => zones.has(p));

    // This year: CASES over 1 Feb – 31 Mar 2020; last year a third as many over the same days of 2019.
    const seeded = Date.now();
    const rows = [];
    const make = (i: number, start: number, days: number) => {
      const created = new Date(start + ((i * 7919) % (days * DAY))).toISOString();
      const due = new Date(Date.parse(created) + 8 * 3_600_000).toISOString();
      const answered = i % 3 === 0 ? null : new Date(Date.parse(created) + ((i % 5) + 1) * 2 * 3_600_000).toISOString();
      const postId = postIds[i % postIds.length];
      return {
        post_id: postId, citizen_id: null, caller_name: 'Bench', caller_phone: `+1 555 ${i}`, channel: CHANNELS[i % CHANNELS.length], topic: TOPICS[i % TOPICS.length],
        urgency: 'normal', status: answered === null ? 'new' : 'assigned', assigned_to: null, summary: 'bench', first_response_due: due, resolution_due: new Date(Date.parse(created) + 5 * DAY).toISOString(),
        first_response_at: answered, resolved_at: null, created_by: null, created_at: created, updated_at: created,
        local_day: localDay(Date.parse(created), zones.get(postId)!), // as the intake stores it
      };
    };
    for (let i = 0; i < CASES; i++) rows.push(make(i, Date.parse('2020-02-01T00:00:00Z'), 60));
    for (let i = 0; i < Math.round(CASES / 3); i++) rows.push(make(i, Date.parse('2019-02-01T00:00:00Z'), 60));
    for (let i = 0; i < rows.length; i += 500) await handle.db.insertInto('consular_cases').values(rows.slice(i, i + 500)).execute();
    const history = ['date,calls'];
    for (let t = Date.parse('2019-01-01'); t <= Date.parse('2020-03-31'); t += DAY) history.push(`${new Date(t).toISOString().slice(0, 10)},${t < Date.parse('2020-01-01') ? 380 : 1150}`);
    await services.consular.statistics.importCallHistory(systemActor('bench'), history.join('\n'));
    const seedMs = Date.now() - seeded;

    const range = { from: '2020-02-01', to: '2020-03-31' };
    const admin: Actor = { ...systemActor('bench'), role: 'admin' };
    const officer: Actor = { ...systemActor('bench'), role: 'consular_officer', postId: 'EMB-GBR' };
    const time = async (actor: Actor) => {
      const ms: number[] = [];
      let totals = {};
      for (let r = 0; r < RUNS; r++) {
        const t0 = performance.now();
        totals = (await services.consular.statistics.helpDesk(actor, range)).totals;
        ms.push(performance.now() - t0);
      }
      return { medianMs: median(ms), totals };
    };
    const adminFigures = await time(admin);
    const officerFigures = await time(officer);
    now = new Date('2020-04-01T12:00:00Z');
    const t0 = performance.now();
    const escalated = await services.consular.cases.escalateOverdue();
    const sweepMs = Number((performance.now() - t0).toFixed(1));
    return { casesStored: rows.length, seedSeconds: Number((seedMs / 1000).toFixed(1)), helpDeskAdmin: adminFigures, helpDeskOfficer: officerFigures, escalationSweep: { escalated, ms: sweepMs } };
  } finally {
    await handle.destroy();
    await database.drop();
  }
}

export async function runConsularStatisticsBench(): Promise<object> {
  return { cases: CASES, runs: RUNS, sqlite: await runOn('sqlite'), postgres: await runOn('postgres') };
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${JSON.stringify(await runConsularStatisticsBench(), null, 2)}\n`);
