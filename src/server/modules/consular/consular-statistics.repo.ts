import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import type { CaseCountRow } from '../../../core/consular/help-desk-stats';
import type { ImportedCaseDayRow } from '../../../core/consular/imported-cases-weekly';
import type { CaseTimers } from '../../../core/consular/sla-compliance';
import type { DbExecutor } from '../../db/types';
import type { ConsularCallHistoryTable } from './consular.tables';

const CHUNK = 500;

/** Replaces the days (per line) the import names, leaves the others. */
export async function upsertCallHistory(db: DbExecutor, rows: Insertable<ConsularCallHistoryTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('consular_call_history')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(['day', 'post_id']).doUpdateSet((eb) => ({ calls: eb.ref('excluded.calls'), imported_at: eb.ref('excluded.imported_at') })))
      .execute();
  }
}

/** Imported calls per day over the ranges, summed over every line, or one post's own. */
export async function callHistoryByDay(db: DbExecutor, ranges: readonly { from: string; to: string }[], postId: string | null): Promise<Map<string, number>> {
  let q = db
    .selectFrom('consular_call_history')
    .select((eb) => ['day', eb.fn.sum<string | number>('calls').as('calls')])
    .where((eb) => eb.or(ranges.map((r) => eb.and([eb('day', '>=', r.from), eb('day', '<=', r.to)]))));
  if (postId !== null) q = q.where('post_id', '=', postId);
  const rows = await q.groupBy('day').execute();
  return new Map(rows.map((r) => [r.day, Number(r.calls)]));
}

/**
 * Cases opened per local day of their post, post, channel and topic over the ranges. One query per range reads
 * the index (local_day, post_id, channel, topic) alone and in its order, so the grouping needs no sort.
 */
export async function caseCountsByDay(db: DbExecutor, ranges: readonly { from: string; to: string }[], postId: string | null): Promise<CaseCountRow[]> {
  const counts: CaseCountRow[] = [];
  for (const range of ranges) {
    let q = db
      .selectFrom('consular_cases')
      .select((eb) => ['local_day', 'post_id', 'channel', 'topic', eb.fn.countAll<string | number>().as('count')])
      .where('local_day', '>=', range.from)
      .where('local_day', '<=', range.to);
    if (postId !== null) q = q.where('post_id', '=', postId);
    const rows = await q.groupBy(['local_day', 'post_id', 'channel', 'topic']).execute();
    for (const r of rows) counts.push({ day: r.local_day, postId: r.post_id, channel: r.channel, topic: r.topic, count: Number(r.count) });
  }
  return counts;
}

/** The timers of the cases opened in [from, to], local days of their posts. */
export async function caseTimersOpenedIn(db: DbExecutor, from: string, to: string, postId: string | null): Promise<CaseTimers[]> {
  let q = db
    .selectFrom('consular_cases')
    .select(['post_id', 'first_response_due', 'first_response_at', 'resolution_due', 'resolved_at'])
    .where('local_day', '>=', from)
    .where('local_day', '<=', to);
  if (postId !== null) q = q.where('post_id', '=', postId);
  const rows = await q.execute();
  return rows.map((r) => ({ postId: r.post_id, firstResponseDue: r.first_response_due, firstResponseAt: r.first_response_at, resolutionDue: r.resolution_due, resolvedAt: r.resolved_at }));
}

/** Imported cases arriving in [from, to] per arrival day and origin, with those holding `ownIso3` passports and the students. */
export async function importedCasesByDay(db: DbExecutor, from: string, to: string, ownIso3: string): Promise<ImportedCaseDayRow[]> {
  const rows = await db
    .selectFrom('consular_imported_cases')
    .select((eb) => [
      'arrival_date',
      'origin_iso3',
      eb.fn.countAll<string | number>().as('total'),
      sql<string | number | null>`sum(case when passport_iso3 = ${ownIso3} then 1 else 0 end)`.as('own'),
      eb.fn.sum<string | number | null>('student').as('students'),
    ])
    .where('arrival_date', '>=', from)
    .where('arrival_date', '<=', to)
    .groupBy(['arrival_date', 'origin_iso3'])
    .execute();
  return rows.map((r) => ({ date: r.arrival_date, originIso3: r.origin_iso3, total: Number(r.total), ownPassport: Number(r.own ?? 0), students: Number(r.students ?? 0) }));
}
