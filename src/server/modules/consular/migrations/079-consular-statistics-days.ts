import { sql, type Kysely } from 'kysely';
import { localDay } from '../../../../core/consular/working-time';

const PAGE = 2_000;

// The help desk counts a case on its post's local day (ADR 072): a call at 07:30 in Beijing is that day's, not
// the UTC day before's, and one at 20:00 in Los Angeles that evening's, not the next UTC day's. The day is
// stored with the case at intake (SQLite has no time zones, and a stored day lets one index cover the
// statistics' counts), and set here for the cases logged before, from their post's IANA zone. Two indexes hold
// what the counts group by, so they never read the table: led by the day for every post's (an admin's), by the
// post for one post's (an officer's; SQLite would otherwise take the (post_id, status) index and read rows).
export function consularStatisticsDays() {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('consular_cases').addColumn('local_day', 'text', (c) => c.notNull().defaultTo('')).execute();
      const zones = new Map((await sql<{ id: string; time_zone: string }>`select id, time_zone from consular_posts`.execute(db)).rows.map((p) => [p.id, p.time_zone]));
      for (let after = 0; ; ) {
        const rows = (await sql<{ id: number | string; post_id: string; created_at: string }>`select id, post_id, created_at from consular_cases where id > ${after} order by id limit ${PAGE}`.execute(db)).rows;
        if (rows.length === 0) break;
        const byDay = new Map<string, number[]>();
        for (const r of rows) {
          const day = localDay(Date.parse(r.created_at), zones.get(r.post_id) ?? 'UTC');
          const ids = byDay.get(day);
          if (ids) ids.push(Number(r.id));
          else byDay.set(day, [Number(r.id)]);
        }
        for (const [day, ids] of byDay) await sql`update consular_cases set local_day = ${day} where id in (${sql.join(ids)})`.execute(db);
        after = Number(rows[rows.length - 1].id);
      }
      await db.schema.createIndex('consular_cases_local_day').on('consular_cases').columns(['local_day', 'post_id', 'channel', 'topic']).execute();
      await db.schema.createIndex('consular_cases_post_day').on('consular_cases').columns(['post_id', 'local_day', 'channel', 'topic']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('consular_cases_post_day').execute();
      await db.schema.dropIndex('consular_cases_local_day').execute();
      await db.schema.alterTable('consular_cases').dropColumn('local_day').execute();
    },
  };
}
