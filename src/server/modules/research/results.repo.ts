import { sql, type Insertable, type Updateable } from 'kysely';
import type { ResultsFilter } from '../../../shared/schemas/research-results';
import type { Dialect, DbExecutor } from '../../db/types';
import type { ResearchResultsTable, ResearchResultVersionsTable } from './research.tables';

// Typed queries over the research-results tables (migration 050), nothing else.

export const findResult = (db: DbExecutor, id: number) => db.selectFrom('research_results').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertResult(db: DbExecutor, row: Insertable<ResearchResultsTable>): Promise<number> {
  return (await db.insertInto('research_results').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateResult(db: DbExecutor, id: number, patch: Updateable<ResearchResultsTable>): Promise<void> {
  await db.updateTable('research_results').set(patch).where('id', '=', id).execute();
}

export async function countResults(db: DbExecutor): Promise<number> {
  const row = await db.selectFrom('research_results').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Another result of this DOI that is not rejected, if any. */
export const findByDoi = (db: DbExecutor, doiKey: string, exceptId?: number) => {
  let q = db.selectFrom('research_results').select(['id', 'status']).where('doi_key', '=', doiKey).where('status', '!=', 'rejected');
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  return q.executeTakeFirst();
};

export async function insertVersion(db: DbExecutor, row: Insertable<ResearchResultVersionsTable>): Promise<void> {
  await db.insertInto('research_result_versions').values(row).execute();
}

export async function updateVersion(db: DbExecutor, resultId: number, version: number, patch: Updateable<ResearchResultVersionsTable>): Promise<void> {
  await db.updateTable('research_result_versions').set(patch).where('result_id', '=', resultId).where('version', '=', version).execute();
}

/** Moves a version from one status to another; false when it was no longer in `from` (reviewed meanwhile). */
export async function moveVersion(db: DbExecutor, resultId: number, version: number, from: ResearchResultVersionsTable['status'], patch: Updateable<ResearchResultVersionsTable>): Promise<boolean> {
  const res = await db.updateTable('research_result_versions').set(patch).where('result_id', '=', resultId).where('version', '=', version).where('status', '=', from).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const listVersions = (db: DbExecutor, resultId: number) => db.selectFrom('research_result_versions').selectAll().where('result_id', '=', resultId).orderBy('version').execute();

/** The versions to show in listings: each result's published one, joined to the result. */
export function publishedRows(db: DbExecutor, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('research_results as r')
    .innerJoin('research_result_versions as v', (j) => j.onRef('v.result_id', '=', 'r.id').onRef('v.version', '=', 'r.published_version'))
    .select(['r.id', 'r.status', 'r.kind', 'r.title', 'r.published_at', 'v.record', 'v.version', 'v.reviewed_at'])
    .where('r.id', 'in', ids)
    .execute();
}

/** A caller's own results (any state), with their latest version's record, newest first. */
export function ownRows(db: DbExecutor, submittedBy: number) {
  return db
    .selectFrom('research_results as r')
    .innerJoin('research_result_versions as v', (j) => j.onRef('v.result_id', '=', 'r.id').onRef('v.version', '=', 'r.latest_version'))
    .select(['r.id', 'r.status', 'r.kind', 'r.title', 'v.record', 'v.status as version_status'])
    .where('r.submitted_by', '=', submittedBy)
    .orderBy('r.id', 'desc')
    .limit(500)
    .execute();
}

/** Versions waiting for a moderator, oldest first. */
export function pendingVersions(db: DbExecutor) {
  return db
    .selectFrom('research_result_versions as v')
    .innerJoin('research_results as r', 'r.id', 'v.result_id')
    .select(['r.id', 'v.version', 'r.kind', 'v.record', 'v.change_note', 'v.submitted_by', 'v.submitted_at', 'r.published_version'])
    .where('v.status', '=', 'pending')
    .orderBy('v.id')
    .limit(500)
    .execute();
}

// ── The index of published versions: facets and text ──

export async function replaceIndex(db: DbExecutor, resultId: number, facets: { facet: string; value: string }[], body: string): Promise<void> {
  await db.deleteFrom('research_result_facets').where('result_id', '=', resultId).execute();
  if (facets.length > 0) await db.insertInto('research_result_facets').values(facets.map((f) => ({ result_id: resultId, ...f }))).execute();
  await db.deleteFrom('research_results_search').where('result_id', '=', resultId).execute();
  await db.insertInto('research_results_search').values({ result_id: resultId, body }).execute();
}

/** The published (or withdrawn) results matching every filter given: the query to count, page or group. */
function matching(db: DbExecutor, dialect: Dialect, f: ResultsFilter) {
  let q = db.selectFrom('research_results as r').where('r.published_version', 'is not', null);
  if (f.kind) q = q.where('r.kind', '=', f.kind);
  if (f.from) q = q.where('r.date', '>=', f.from);
  // A record dated to the month sorts before its days: "to 2020-07" keeps July whole.
  if (f.to) q = q.where('r.date', '<=', f.to.length === 7 ? `${f.to}-31` : f.to);
  for (const [facet, value] of [['topic', f.topic], ['country', f.country], ['phase', f.phase], ['intervention', f.intervention]] as const) {
    if (value === undefined) continue;
    q = q.where((eb) => eb.exists(eb.selectFrom('research_result_facets as f').select(sql`1`.as('one')).whereRef('f.result_id', '=', 'r.id').where('f.facet', '=', facet).where('f.value', '=', value)));
  }
  if (f.q) {
    const text = f.q;
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    let s = db.selectFrom('research_results_search').select('result_id');
    if (dialect === 'postgres') s = s.where(sql<boolean>`body ilike ${like}`);
    // The trigram index answers phrases of three characters or more; shorter ones are scanned with LIKE (ADR 083).
    else if ([...text].length >= 3) s = s.where(sql<boolean>`research_results_search match ${`"${text.replace(/"/g, '""')}"`}`);
    else s = s.where(sql<boolean>`body like ${like} escape '\\'`);
    q = q.where('r.id', 'in', s);
  }
  return q;
}

export async function searchPage(db: DbExecutor, dialect: Dialect, f: ResultsFilter, limit: number, offset: number): Promise<{ ids: number[]; total: number }> {
  const base = matching(db, dialect, f);
  const [rows, count] = await Promise.all([
    base.select('r.id').orderBy('r.date', 'desc').orderBy('r.id', 'desc').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: rows.map((r) => Number(r.id)), total: Number(count.n) };
}

/** Every matching id, newest first, up to `cap` (exports). */
export async function searchIds(db: DbExecutor, dialect: Dialect, f: ResultsFilter, cap: number): Promise<number[]> {
  const rows = await matching(db, dialect, f).select('r.id').orderBy('r.date', 'desc').orderBy('r.id', 'desc').limit(cap).execute();
  return rows.map((r) => Number(r.id));
}

/** How many matching results carry each facet value. */
export async function facetCounts(db: DbExecutor, dialect: Dialect, f: ResultsFilter) {
  const ids = matching(db, dialect, f).select('r.id');
  const rows = await db
    .selectFrom('research_result_facets')
    .select(['facet', 'value', (eb) => eb.fn.countAll<number>().as('n')])
    .where('result_id', 'in', ids)
    .groupBy(['facet', 'value'])
    .execute();
  return rows.map((r) => ({ facet: r.facet, value: r.value, count: Number(r.n) }));
}

/** The published records of one kind (not withdrawn), for comparisons. */
export function publishedOfKind(db: DbExecutor, kind: string) {
  return db
    .selectFrom('research_results as r')
    .innerJoin('research_result_versions as v', (j) => j.onRef('v.result_id', '=', 'r.id').onRef('v.version', '=', 'r.published_version'))
    .select(['r.id', 'v.record'])
    .where('r.kind', '=', kind)
    .where('r.status', '=', 'published')
    .execute();
}

/** The newest publications (first publications and corrections), for the Atom feed. */
export function recentlyPublished(db: DbExecutor, limit: number) {
  return db
    .selectFrom('research_results as r')
    .innerJoin('research_result_versions as v', (j) => j.onRef('v.result_id', '=', 'r.id').onRef('v.version', '=', 'r.published_version'))
    .select(['r.id', 'r.published_at', 'v.version', 'v.reviewed_at', 'v.record'])
    .where('r.status', '=', 'published')
    .orderBy('v.reviewed_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
}

export async function existingGenomes(db: DbExecutor, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('research_genomes').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}
