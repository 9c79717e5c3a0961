import type { Insertable, Updateable } from 'kysely';
import type { DbExecutor } from '../../db/types';
import type { ConsularAdvisoriesTable, ConsularAdvisoryVersionsTable } from './consular.tables';

// The advisories' queries (migration 073).

export async function insertAdvisory(db: DbExecutor, row: Insertable<ConsularAdvisoriesTable>): Promise<number> {
  return Number((await db.insertInto('consular_advisories').values(row).returning('id').executeTakeFirstOrThrow()).id);
}
export async function updateAdvisory(db: DbExecutor, id: number, row: Updateable<ConsularAdvisoriesTable>): Promise<void> {
  await db.updateTable('consular_advisories').set(row).where('id', '=', id).execute();
}
export const findAdvisory = (db: DbExecutor, id: number) => db.selectFrom('consular_advisories').selectAll().where('id', '=', id).executeTakeFirst();
export function listAdvisories(db: DbExecutor, filter: { postId?: string; published?: boolean; ids?: number[] }) {
  let q = db.selectFrom('consular_advisories').selectAll();
  if (filter.postId !== undefined) q = q.where('post_id', '=', filter.postId);
  if (filter.published) q = q.where('published_version', 'is not', null);
  if (filter.ids !== undefined) q = filter.ids.length === 0 ? q.where('id', '=', -1) : q.where('id', 'in', filter.ids);
  return q.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(200).execute();
}

export async function insertAdvisoryVersion(db: DbExecutor, row: Insertable<ConsularAdvisoryVersionsTable>): Promise<void> {
  await db.insertInto('consular_advisory_versions').values(row).execute();
}
export const listAdvisoryVersions = (db: DbExecutor, advisoryIds: number[]) =>
  advisoryIds.length === 0 ? Promise.resolve([]) : db.selectFrom('consular_advisory_versions').selectAll().where('advisory_id', 'in', advisoryIds).orderBy('version').execute();

/** The citizens of a post an advisory is for: all of them, its students, or those in one city. */
export function audienceOf(db: DbExecutor, a: Pick<ConsularAdvisoriesTable, 'post_id' | 'audience' | 'city'>) {
  let q = db.selectFrom('consular_citizens').select(['id']).where('post_id', '=', a.post_id);
  if (a.audience === 'students') q = q.where('status', '=', 'student');
  if (a.audience === 'city' && a.city !== null) q = q.where((eb) => eb(eb.fn('lower', ['city']), '=', a.city!.toLowerCase()));
  return q.orderBy('id').execute();
}

const CHUNK = 500;
export async function insertDeliveries(db: DbExecutor, advisoryId: number, version: number, citizenIds: number[], sentAt: string): Promise<void> {
  for (let i = 0; i < citizenIds.length; i += CHUNK) {
    const rows = citizenIds.slice(i, i + CHUNK).map((citizen_id) => ({ advisory_id: advisoryId, version, citizen_id, sent_at: sentAt, opened_at: null }));
    if (rows.length > 0) await db.insertInto('consular_advisory_deliveries').values(rows).execute();
  }
}

/** Sent and opened counts of each advisory's published version. */
export async function reachCounts(db: DbExecutor, advisoryIds: number[]) {
  if (advisoryIds.length === 0) return [];
  return db
    .selectFrom('consular_advisory_deliveries as d')
    .innerJoin('consular_advisories as a', (j) => j.onRef('a.id', '=', 'd.advisory_id').onRef('a.published_version', '=', 'd.version'))
    .select((eb) => ['d.advisory_id', eb.fn.countAll<number | string>().as('sent'), eb.fn.count<number | string>('d.opened_at').as('opened')])
    .where('d.advisory_id', 'in', advisoryIds)
    .groupBy('d.advisory_id')
    .execute();
}

export const listRecipients = (db: DbExecutor, advisoryId: number) =>
  db
    .selectFrom('consular_advisory_deliveries as d')
    .innerJoin('consular_citizens as c', 'c.id', 'd.citizen_id')
    .select(['d.citizen_id', 'c.full_name', 'd.version', 'd.sent_at', 'd.opened_at'])
    .where('d.advisory_id', '=', advisoryId)
    .orderBy('d.version', 'desc')
    .orderBy('c.full_name')
    .execute();

/** The advisories sent to a citizen (their latest delivery of each). */
export const deliveriesOf = (db: DbExecutor, citizenId: number) =>
  db.selectFrom('consular_advisory_deliveries').selectAll().where('citizen_id', '=', citizenId).orderBy('version', 'desc').execute();

export async function markOpened(db: DbExecutor, advisoryId: number, citizenId: number, at: string): Promise<number> {
  const result = await db
    .updateTable('consular_advisory_deliveries')
    .set({ opened_at: at })
    .where('advisory_id', '=', advisoryId)
    .where('citizen_id', '=', citizenId)
    .where('opened_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
