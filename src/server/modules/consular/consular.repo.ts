import { sql } from 'kysely';
import type { Insertable, Updateable } from 'kysely';
import type { ImportedCaseCounts } from '../../../core/consular/imported-cases-stats';
import { multiRowInsert } from '../../db/multi-row-insert';
import type { DbExecutor, Dialect } from '../../db/types';
import type { ImportedCaseRow } from '../../workers/imports/imported-cases.worker';
import type { ConsularCaseImportsTable, ConsularCaseMessagesTable, ConsularCasesTable, ConsularCitizensTable, ConsularPostsTable } from './consular.tables';

export async function insertCaseImport(db: DbExecutor, row: Insertable<ConsularCaseImportsTable>): Promise<number> {
  const inserted = await db.insertInto('consular_case_imports').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(inserted.id);
}

const IMPORTED_CASE_COLUMNS = ['import_id', 'arrival_date', 'port_of_entry', 'flight', 'origin_iso3', 'passport_iso3', 'student', 'age_band'];
const insertCases = { sqlite: multiRowInsert('sqlite', 'consular_imported_cases', IMPORTED_CASE_COLUMNS), postgres: multiRowInsert('postgres', 'consular_imported_cases', IMPORTED_CASE_COLUMNS) };

/** Cases of one import, each a row of the other columns in IMPORTED_CASE_COLUMNS' order (raw multi-row inserts: an import's transaction holds SQLite's one connection). */
export async function insertImportedCases(db: DbExecutor, dialect: Dialect, importId: number, rows: readonly ImportedCaseRow[]): Promise<void> {
  await insertCases[dialect](db, rows.map((row) => [importId, ...row]));
}

/** The counts behind the imported-case statistics over arrivals in [from, to] (ISO dates compare as text). */
export async function countImportedCases(db: DbExecutor, from: string, to: string, ownIso3: string): Promise<ImportedCaseCounts> {
  const inRange = db.selectFrom('consular_imported_cases').where('arrival_date', '>=', from).where('arrival_date', '<=', to);
  const [totals, origins] = await Promise.all([
    inRange
      .select((eb) => [
        eb.fn.countAll<string | number>().as('total'),
        sql<string | number | null>`sum(case when passport_iso3 = ${ownIso3} then 1 else 0 end)`.as('own'),
        eb.fn.sum<string | number | null>('student').as('students'),
      ])
      .executeTakeFirstOrThrow(),
    inRange.select((eb) => ['origin_iso3', eb.fn.countAll<string | number>().as('count')]).groupBy('origin_iso3').execute(),
  ]);
  return {
    total: Number(totals.total),
    ownPassport: Number(totals.own ?? 0),
    students: Number(totals.students ?? 0),
    byOrigin: origins.map((o) => ({ iso3: o.origin_iso3, count: Number(o.count) })),
  };
}

export const listPosts = (db: DbExecutor) => db.selectFrom('consular_posts').selectAll().orderBy('id').execute();
export const findPost = (db: DbExecutor, id: string) => db.selectFrom('consular_posts').selectAll().where('id', '=', id).executeTakeFirst();
export async function insertPosts(db: DbExecutor, rows: Insertable<ConsularPostsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('consular_posts').values(rows).execute();
}
export async function updatePost(db: DbExecutor, id: string, row: Updateable<ConsularPostsTable>): Promise<void> {
  await db.updateTable('consular_posts').set(row).where('id', '=', id).execute();
}

export async function insertCitizen(db: DbExecutor, row: Insertable<ConsularCitizensTable>): Promise<number> {
  const inserted = await db.insertInto('consular_citizens').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(inserted.id);
}
export const findCitizen = (db: DbExecutor, id: number) => db.selectFrom('consular_citizens').selectAll().where('id', '=', id).executeTakeFirst();
export const findCitizenOfUser = (db: DbExecutor, userId: number) => db.selectFrom('consular_citizens').selectAll().where('user_id', '=', userId).executeTakeFirst();
export function listCitizens(db: DbExecutor, postId: string | null) {
  let q = db.selectFrom('consular_citizens').selectAll();
  if (postId !== null) q = q.where('post_id', '=', postId);
  return q.orderBy('full_name').orderBy('id').execute();
}
export async function updateCitizen(db: DbExecutor, id: number, row: Updateable<ConsularCitizensTable>): Promise<void> {
  await db.updateTable('consular_citizens').set(row).where('id', '=', id).execute();
}

/** The case as stored, with what the database derives (migration 078). */
export const insertCase = (db: DbExecutor, row: Insertable<ConsularCasesTable>) => db.insertInto('consular_cases').values(row).returningAll().executeTakeFirstOrThrow();
export const findCase = (db: DbExecutor, id: number) => db.selectFrom('consular_cases').selectAll().where('id', '=', id).executeTakeFirst();
export function listCases(db: DbExecutor, filter: { postId?: string; citizenId?: number }) {
  let q = db.selectFrom('consular_cases').selectAll();
  if (filter.postId !== undefined) q = q.where('post_id', '=', filter.postId);
  if (filter.citizenId !== undefined) q = q.where('citizen_id', '=', filter.citizenId);
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(500).execute();
}
export async function updateCase(db: DbExecutor, id: number, row: Updateable<ConsularCasesTable>): Promise<void> {
  await db.updateTable('consular_cases').set(row).where('id', '=', id).execute();
}
export async function insertCaseMessage(db: DbExecutor, row: Insertable<ConsularCaseMessagesTable>): Promise<void> {
  await db.insertInto('consular_case_messages').values(row).execute();
}
export const listCaseMessages = (db: DbExecutor, caseIds: readonly number[]) =>
  caseIds.length === 0 ? Promise.resolve([]) : db.selectFrom('consular_case_messages').selectAll().where('case_id', 'in', caseIds).orderBy('id').execute();
/** The citizen with this phone in this post, to link a caller rather than duplicate them. */
export const findCitizenByPhone = (db: DbExecutor, postId: string, phone: string) =>
  db.selectFrom('consular_citizens').select(['id']).where('post_id', '=', postId).where('phone', '=', phone).executeTakeFirst();
