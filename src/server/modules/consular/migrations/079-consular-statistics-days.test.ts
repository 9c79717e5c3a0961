import { sql, type Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../db/test-databases.test-support';
import { seedConsularPosts } from '../consular.seed';
import { consularStatisticsDays } from './079-consular-statistics-days';

// The cases logged before migration 079 get their post's local day, as the intake now stores it.
describeEachDialect('migration 079: the cases’ local days', (getDb) => {
  beforeAll(async () => {
    await seedConsularPosts(getDb().db, () => new Date('2020-03-01T00:00:00Z'));
  });

  it('sets each earlier case’s day in its post’s zone', async () => {
    const { db } = getDb();
    const migrationDb = db as unknown as Kysely<unknown>; // what the migrator hands a migration
    await consularStatisticsDays().down(migrationDb);
    const logged = [
      ['CG-USA-LAX', '2020-03-03T04:00:00.000Z'], // 20:00 on 2 March in Los Angeles
      ['EMB-JPN', '2020-03-01T23:30:00.000Z'], // 08:30 on 2 March in Tokyo
      ['EMB-GBR', '2020-03-01T23:30:00.000Z'], // 23:30 on 1 March in London (GMT)
    ];
    for (const [post, at] of logged) {
      await sql`insert into consular_cases (post_id, caller_name, caller_phone, channel, topic, urgency, status, summary, created_at, updated_at)
        values (${post}, 'Wang', '+1 213 555 0100', 'hotline', 'visa', 'normal', 'new', 'help', ${at}, ${at})`.execute(db);
    }
    await consularStatisticsDays().up(migrationDb);
    const rows = await db.selectFrom('consular_cases').select(['post_id', 'local_day']).orderBy('id').execute();
    expect(rows.map((r) => [r.post_id, r.local_day])).toEqual([
      ['CG-USA-LAX', '2020-03-02'],
      ['EMB-JPN', '2020-03-02'],
      ['EMB-GBR', '2020-03-01'],
    ]);
  });
});
