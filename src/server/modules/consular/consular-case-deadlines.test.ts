import Holidays from 'date-holidays';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { caseDeadlines, type Urgency } from '../../../core/consular/case-timers';
import { localParts, type WorkingSchedule } from '../../../core/consular/working-time';
import { systemActor } from '../../auth/actor';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createServices } from '../../services';
import { createTestApp, type TestApp } from '../../test-support/test-app.test-support';
import { findPost } from './consular.repo';
import { seedConsularPosts } from './consular.seed';
import { toPostInput } from './consular-posts.service';

// The deadlines a case stores when it opens, counted from the posts' cached desk (consular-post-desk.ts),
// against the computation the service made on every call before: the post read from the database, its host
// country's public holidays of the local year before, of and after from date-holidays, the deadlines from
// core/consular/case-timers.ts. Los Angeles: a daylight-saving change, Thanksgiving, Christmas, New Year.
describeEachDialect('consular case deadlines', (getDb) => {
  let now = Date.parse('2020-10-30T12:00:00Z');
  let t: TestApp;
  const actor = systemActor('deadlines test');
  const call = (urgency: Urgency, city = 'Los Angeles') => ({ channel: 'hotline', callerName: 'Wang', callerPhone: '+1 213 555 0100', hostIso3: 'USA', city, topic: 'visa', urgency, summary: 'visa' }) as const;

  async function directSchedule(postId: string, at: number): Promise<WorkingSchedule> {
    const post = toPostInput((await findPost(t.services.db, postId))!);
    const year = localParts(at, post.timeZone).year;
    const calendar = new Holidays('US');
    const holidays = [year - 1, year, year + 1].flatMap((y) => calendar.getHolidays(y).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    return { timeZone: post.timeZone, ...post.workingHours, holidays: new Set(holidays) };
  }
  const stored = (id: number) => t.services.db.selectFrom('consular_cases').select(['first_response_due', 'resolution_due', 'next_due', 'queue_rank']).where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    t = await createTestApp(getDb(), { clock: () => new Date(now) });
    await seedConsularPosts(t.services.db, t.services.clock);
  });
  afterAll(() => t.close());

  it('stores the deadlines the direct computation gives, across a time-zone change and holidays', async () => {
    const opened = [
      '2020-10-30T23:30:00Z', // Friday 16:30 PDT; the clocks go back on Sunday
      '2020-11-25T22:00:00Z', // the eve of Thanksgiving
      '2020-12-24T17:00:00Z', // Christmas Eve
      '2020-12-31T19:00:00Z', // New Year's Eve: the deadlines fall in the next year's calendar
      '2021-01-16T03:00:00Z', // Friday evening before Martin Luther King Day
    ];
    const urgencies: Urgency[] = ['life_threatening', 'urgent', 'normal'];
    for (const at of opened) {
      for (const urgency of urgencies) {
        now = Date.parse(at);
        const c = await t.services.consular.cases.intake(actor, call(urgency));
        expect(c.postId).toBe('CG-USA-LAX');
        const expected = caseDeadlines(now, urgency, await directSchedule('CG-USA-LAX', now));
        const row = await stored(c.id);
        expect([row.first_response_due, row.resolution_due], `${at} ${urgency}`).toEqual([new Date(expected.firstResponse!).toISOString(), new Date(expected.resolution!).toISOString()]);
        expect(row.next_due).toBe(row.first_response_due);
        expect(row.queue_rank).toBe(urgencies.indexOf(urgency));
        expect(c.firstResponse.due).toBe(row.first_response_due);
      }
    }
  });

  it('counts a post’s edited hours from the next call, whether this process or another edited it', async () => {
    now = Date.parse('2021-02-01T17:00:00Z'); // Monday 09:00 in Los Angeles
    const before = await t.services.consular.cases.intake(actor, call('life_threatening'));
    expect(before.firstResponse.due).toBe('2021-02-01T17:30:00.000Z');
    const post = await t.services.consular.posts.get('CG-USA-LAX');
    const { id: _id, demo: _demo, holidays: _holidays, ...input } = post;
    await t.services.consular.posts.update(actor, 'CG-USA-LAX', { ...input, workingHours: { ...input.workingHours, open: '10:00' } });
    expect((await t.services.consular.cases.intake(actor, call('life_threatening'))).firstResponse.due).toBe('2021-02-01T18:30:00.000Z');

    // Another server on the same database: its own cache, told nothing but the posts' new version.
    const other = createServices({ db: t.services.db, dialect: t.services.dialect, clock: () => new Date(now + 60_000), sessionTtlHours: 1 });
    await other.consular.posts.update(actor, 'CG-USA-LAX', { ...input, workingHours: { ...input.workingHours, open: '11:00' } });
    expect((await t.services.consular.cases.intake(actor, call('life_threatening'))).firstResponse.due).toBe('2021-02-01T19:30:00.000Z');
  });
});
