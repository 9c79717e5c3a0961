import type { Insertable, Updateable } from 'kysely';
import type { DbExecutor } from '../../db/types';
import type { ResearchVaccineCandidatesTable, ResearchVaccineProposalsTable } from './research.tables';

// Typed queries over the vaccine tracker's tables, nothing else.

export function listCandidates(db: DbExecutor) {
  return db.selectFrom('research_vaccine_candidates').selectAll().orderBy('name').orderBy('id').execute();
}

export function findCandidate(db: DbExecutor, id: number) {
  return db.selectFrom('research_vaccine_candidates').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countCandidates(db: DbExecutor): Promise<number> {
  const row = await db.selectFrom('research_vaccine_candidates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function slugTaken(db: DbExecutor, slug: string, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom('research_vaccine_candidates').select('id').where('slug', '=', slug);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertCandidate(db: DbExecutor, row: Insertable<ResearchVaccineCandidatesTable>): Promise<number> {
  return (await db.insertInto('research_vaccine_candidates').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateCandidate(db: DbExecutor, id: number, patch: Updateable<ResearchVaccineCandidatesTable>): Promise<void> {
  await db.updateTable('research_vaccine_candidates').set(patch).where('id', '=', id).execute();
}

export async function insertProposal(db: DbExecutor, row: Insertable<ResearchVaccineProposalsTable>): Promise<number> {
  return (await db.insertInto('research_vaccine_proposals').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findProposal(db: DbExecutor, id: number) {
  return db.selectFrom('research_vaccine_proposals').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Proposals newest first: one account's, or everyone's when `proposedBy` is undefined. */
export function listProposals(db: DbExecutor, filter: { proposedBy?: number; status?: ResearchVaccineProposalsTable['status'] }) {
  let query = db.selectFrom('research_vaccine_proposals').selectAll();
  if (filter.proposedBy !== undefined) query = query.where('proposed_by', '=', filter.proposedBy);
  if (filter.status) query = query.where('status', '=', filter.status);
  return query.orderBy('id', 'desc').limit(500).execute();
}

/** Closes a pending proposal; false when it was no longer pending (another moderator got there first). */
export async function closeProposal(db: DbExecutor, id: number, patch: Pick<Updateable<ResearchVaccineProposalsTable>, 'status' | 'reviewed_by' | 'reviewed_at' | 'review_note' | 'candidate_id'>): Promise<boolean> {
  const result = await db.updateTable('research_vaccine_proposals').set(patch).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
