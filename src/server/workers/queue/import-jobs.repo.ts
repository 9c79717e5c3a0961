import type { Insertable, Selectable } from 'kysely';
import type { DbExecutor, ImportJobsTable } from '../../db/types';

// The queries of import_jobs (ADR 063). A job ends once: every change of status out of queued/running is conditional.

export type ImportJobRow = Selectable<ImportJobsTable>;
const UNFINISHED = ['queued', 'running'] as const;

export async function insertJob(db: DbExecutor, row: Insertable<ImportJobsTable>): Promise<number> {
  const { id } = await db.insertInto('import_jobs').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(id);
}

export function findJob(db: DbExecutor, id: number): Promise<ImportJobRow | undefined> {
  return db.selectFrom('import_jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function startJob(db: DbExecutor, id: number, values: { attempts: number; worker: string; started_at: string }): Promise<void> {
  await db.updateTable('import_jobs').set({ ...values, status: 'running' }).where('id', '=', id).where('status', 'in', UNFINISHED).execute();
}

/** Ends a job not yet ended, dropping its input; false when it had ended already (another try ended it). */
export async function endJob(db: DbExecutor, id: number, values: { status: 'done' | 'failed'; finished_at: string; outcome?: string }): Promise<boolean> {
  const result = await db.updateTable('import_jobs').set({ ...values, payload: null }).where('id', '=', id).where('status', 'in', UNFINISHED).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function unfinishedJobs(db: DbExecutor, kinds: string[]): Promise<Pick<ImportJobRow, 'id' | 'kind'>[]> {
  if (kinds.length === 0) return Promise.resolve([]);
  return db.selectFrom('import_jobs').select(['id', 'kind']).where('status', 'in', UNFINISHED).where('kind', 'in', kinds).orderBy('id').execute();
}

/**
 * Deletes up to `batch` jobs that ended (done or failed) before `before`; queued and running jobs are never
 * deleted, however old. The number deleted.
 */
export async function deleteEndedJobs(db: DbExecutor, before: string, batch: number): Promise<number> {
  const result = await db
    .deleteFrom('import_jobs')
    .where('id', 'in', (eb) => eb.selectFrom('import_jobs').select('id').where('status', 'in', ['done', 'failed']).where('finished_at', '<', before).orderBy('id').limit(batch))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
