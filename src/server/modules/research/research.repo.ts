import type { ExpressionBuilder, Insertable, Updateable } from 'kysely';
import type { GenomeFilters } from '../../../shared/schemas/research';
import type { Database, DbExecutor } from '../../db/types';
import type { ResearchGenomeMutationsTable, ResearchGenomesTable, ResearchSubmissionsTable } from './research.tables';

// Typed queries over the research tables, nothing else.

const CHUNK = 200;

export async function insertSubmission(db: DbExecutor, row: Insertable<ResearchSubmissionsTable>): Promise<number> {
  return (await db.insertInto('research_submissions').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateSubmission(db: DbExecutor, id: number, patch: Updateable<ResearchSubmissionsTable>): Promise<void> {
  await db.updateTable('research_submissions').set(patch).where('id', '=', id).execute();
}

/** Ends a submission's job (done or failed) unless it has ended already; false then, so its end is recorded once. */
export async function finishSubmission(db: DbExecutor, id: number, patch: Updateable<ResearchSubmissionsTable>): Promise<boolean> {
  const result = await db.updateTable('research_submissions').set(patch).where('id', '=', id).where('status', 'in', ['queued', 'running']).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findSubmission(db: DbExecutor, id: number) {
  return db.selectFrom('research_submissions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Submissions newest first: those of one account, or everyone's when `submittedBy` is undefined. */
export async function listSubmissions(db: DbExecutor, submittedBy: number | undefined, limit: number, offset: number) {
  let query = db.selectFrom('research_submissions');
  if (submittedBy !== undefined) query = query.where('submitted_by', '=', submittedBy);
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** The first `perSubmission` strains of each submission, in the order they were submitted. */
export async function submissionStrains(db: DbExecutor, submissionIds: number[], perSubmission: number): Promise<Map<number, string[]>> {
  const lists = await Promise.all(
    submissionIds.map((id) => db.selectFrom('research_genomes').select('strain').where('submission_id', '=', id).orderBy('id').limit(perSubmission).execute()),
  );
  return new Map(submissionIds.map((id, i) => [id, lists[i]!.map((r) => r.strain)]));
}

/** Queues a stopped (done or failed) submission again, its errors cleared; false if it was not stopped. */
export async function requeueSubmission(db: DbExecutor, id: number): Promise<boolean> {
  const result = await db
    .updateTable('research_submissions')
    .set({ status: 'queued', failed: 0, errors: '[]', finished_at: null })
    .where('id', '=', id)
    .where('status', 'in', ['done', 'failed'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Puts the failed genomes of a submission back to pending, their old results cleared. */
export async function requeueFailedGenomes(db: DbExecutor, submissionId: number): Promise<void> {
  const failed = db.selectFrom('research_genomes').select('id').where('submission_id', '=', submissionId).where('status', '=', 'failed');
  await db.deleteFrom('research_genome_mutations').where('genome_id', 'in', failed).execute();
  await db
    .updateTable('research_genomes')
    .set({ status: 'pending', analysis: null, clade: null, qc_status: null, total_substitutions: null, total_deletions: null, total_insertions: null, total_missing: null })
    .where('submission_id', '=', submissionId)
    .where('status', '=', 'failed')
    .execute();
}

/** Submissions not finished (after a restart, their analysis resumes). */
export function unfinishedSubmissions(db: DbExecutor) {
  return db.selectFrom('research_submissions').select('id').where('status', 'in', ['queued', 'running']).orderBy('id').execute();
}

export async function existingStrains(db: DbExecutor, strains: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < strains.length; i += CHUNK) {
    const rows = await db.selectFrom('research_genomes').select('strain').where('strain', 'in', strains.slice(i, i + CHUNK)).execute();
    for (const r of rows) found.add(r.strain);
  }
  return found;
}

export async function insertGenomes(db: DbExecutor, rows: Insertable<ResearchGenomesTable>[]): Promise<void> {
  // Few rows per statement: each carries a whole genome (about 30 kB for SARS-CoV-2).
  for (let i = 0; i < rows.length; i += 20) await db.insertInto('research_genomes').values(rows.slice(i, i + 20)).execute();
}

export function pendingGenomes(db: DbExecutor, submissionId: number, afterId: number, limit: number) {
  return db
    .selectFrom('research_genomes')
    .select(['id', 'strain', 'sequence'])
    .where('submission_id', '=', submissionId)
    .where('status', '=', 'pending')
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function storeAnalysis(
  db: DbExecutor,
  id: number,
  patch: Updateable<ResearchGenomesTable>,
  mutations: Pick<ResearchGenomeMutationsTable, 'kind' | 'label'>[],
): Promise<void> {
  await db.updateTable('research_genomes').set(patch).where('id', '=', id).execute();
  await db.deleteFrom('research_genome_mutations').where('genome_id', '=', id).execute();
  const genome = await db.selectFrom('research_genomes').select(['country', 'collection_date']).where('id', '=', id).executeTakeFirstOrThrow();
  const rows = mutations.map((m) => ({ ...m, genome_id: id, country: genome.country, collection_date: genome.collection_date }));
  for (let i = 0; i < rows.length; i += CHUNK) await db.insertInto('research_genome_mutations').values(rows.slice(i, i + CHUNK)).execute();
}

export async function countGenomesOfSubmission(db: DbExecutor, submissionId: number) {
  const rows = await db
    .selectFrom('research_genomes')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('submission_id', '=', submissionId)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Partial<Record<'pending' | 'analysed' | 'failed', number>>;
}

function filtersOf(f: GenomeFilters) {
  return (eb: ExpressionBuilder<Database, 'research_genomes'>) => {
    const all = [];
    if (f.mutation) {
      const label = f.mutation;
      all.push(
        eb.exists(
          eb
            .selectFrom('research_genome_mutations as m')
            .select('m.genome_id')
            .where('m.label', '=', label)
            .whereRef('m.genome_id', '=', 'research_genomes.id'),
        ),
      );
    }
    if (f.clade) all.push(eb('research_genomes.clade', '=', f.clade));
    if (f.country) all.push(eb('research_genomes.country', '=', f.country));
    if (f.from) all.push(eb('research_genomes.collection_date', '>=', f.from));
    if (f.to) all.push(eb('research_genomes.collection_date', '<=', f.to));
    if (f.qc) all.push(eb('research_genomes.qc_status', '=', f.qc));
    return eb.and(all);
  };
}

const SUMMARY_COLUMNS = [
  'id',
  'strain',
  'collection_date',
  'country',
  'host',
  'originating_lab',
  'submitting_lab',
  'status',
  'clade',
  'qc_status',
  'total_substitutions',
  'total_deletions',
  'total_insertions',
  'total_missing',
] as const;

/**
 * A search's genomes and their count, each one index range (ADR 006): by mutation the postings are read in
 * their (label, genome_id) order and joined to their genomes, so a page is the next `limit` postings of one
 * label whatever the number of genomes; the count of a label alone, or with a country and dates the postings
 * carry, reads the postings' index and never a genome row. Without a mutation the genomes are read in id order,
 * by (clade, id) for a clade. `after` (a genome id) pages by keyset; `offset` stays for the pages the web shows.
 */
export async function searchGenomes(db: DbExecutor, f: GenomeFilters, limit: number, offset: number, after?: number) {
  const [rows, total] = await Promise.all([searchPage(db, f, limit, offset, after), countSearch(db, f)]);
  return { rows, total };
}

/** The columns that only the genome row has: a posting carries its genome's country and date, not these. */
const onGenomeOnly = (f: GenomeFilters) => f.clade !== undefined || f.qc !== undefined;

/** The filters a mutation's postings answer alone (their label, and their genome's country and date). */
function postingFilters(f: GenomeFilters & { mutation: string }) {
  return (eb: ExpressionBuilder<Database, 'research_genome_mutations'>) => {
    const all = [eb('research_genome_mutations.label', '=', f.mutation)];
    if (f.country) all.push(eb('research_genome_mutations.country', '=', f.country));
    if (f.from) all.push(eb('research_genome_mutations.collection_date', '>=', f.from));
    if (f.to) all.push(eb('research_genome_mutations.collection_date', '<=', f.to));
    return eb.and(all);
  };
}

function genomeOnlyFilters(f: GenomeFilters) {
  return (eb: ExpressionBuilder<Database, 'research_genomes'>) => {
    const all = [];
    if (f.clade) all.push(eb('research_genomes.clade', '=', f.clade));
    if (f.qc) all.push(eb('research_genomes.qc_status', '=', f.qc));
    return eb.and(all);
  };
}

export function searchPage(db: DbExecutor, f: GenomeFilters, limit: number, offset: number, after: number | undefined) {
  const { mutation } = f;
  if (mutation !== undefined) {
    return db
      .selectFrom('research_genome_mutations')
      .innerJoin('research_genomes', 'research_genomes.id', 'research_genome_mutations.genome_id')
      .where(postingFilters({ ...f, mutation }))
      .where(genomeOnlyFilters(f))
      .$if(after !== undefined, (q) => q.where('research_genome_mutations.genome_id', '>', after!))
      .select(SUMMARY_COLUMNS.map((c) => `research_genomes.${c}` as const))
      .orderBy('research_genome_mutations.genome_id')
      .limit(limit)
      .$if(after === undefined, (q) => q.offset(offset))
      .execute();
  }
  return db
    .selectFrom('research_genomes')
    .where(filtersOf(f))
    .$if(after !== undefined, (q) => q.where('research_genomes.id', '>', after!))
    .select(SUMMARY_COLUMNS)
    .orderBy('research_genomes.id')
    .limit(limit)
    .$if(after === undefined, (q) => q.offset(offset))
    .execute();
}

export async function countSearch(db: DbExecutor, f: GenomeFilters): Promise<number> {
  const { mutation } = f;
  let query;
  if (mutation === undefined) query = db.selectFrom('research_genomes').where(filtersOf(f));
  else if (!onGenomeOnly(f)) query = db.selectFrom('research_genome_mutations').where(postingFilters({ ...f, mutation }));
  else
    query = db
      .selectFrom('research_genome_mutations')
      .innerJoin('research_genomes', 'research_genomes.id', 'research_genome_mutations.genome_id')
      .where(postingFilters({ ...f, mutation }))
      .where(genomeOnlyFilters(f));
  const row = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What a download leaves out: the genomes whose analysis failed, unless asked for. */
export interface DownloadScope {
  includeFailed: boolean;
}

const inScope = (scope: DownloadScope) => (eb: ExpressionBuilder<Database, 'research_genomes'>) =>
  scope.includeFailed ? eb.and([]) : eb('research_genomes.status', '!=', 'failed');

/** How many genomes a download holds, as a query: run on the download's own snapshot, or on `db`. */
export function countGenomesQuery(db: DbExecutor, f: GenomeFilters, scope: DownloadScope) {
  return db.selectFrom('research_genomes').where(filtersOf(f)).where(inScope(scope)).select((eb) => eb.fn.countAll<number>().as('n'));
}

export async function countGenomes(db: DbExecutor, f: GenomeFilters, scope: DownloadScope = { includeFailed: true }): Promise<number> {
  return Number((await countGenomesQuery(db, f, scope).executeTakeFirstOrThrow()).n);
}

/** A download's whole genomes in id order, as a query: read through a cursor, or by keyset pages (`genomesAfter`). */
export function downloadGenomesQuery(db: DbExecutor, f: GenomeFilters, scope: DownloadScope) {
  return db
    .selectFrom('research_genomes')
    .where(filtersOf(f))
    .where(inScope(scope))
    .select([...SUMMARY_COLUMNS, 'sequence', 'analysis'])
    .orderBy('id');
}

/** One page of whole genomes after `afterId` (keyset pagination, so a download of any size stays cheap). */
export function genomesAfter(db: DbExecutor, f: GenomeFilters, scope: DownloadScope, afterId: number, limit: number) {
  return downloadGenomesQuery(db, f, scope).where('id', '>', afterId).limit(limit).execute();
}

export function findGenome(db: DbExecutor, id: number) {
  return db.selectFrom('research_genomes').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Genomes with an analysis (good or failed) made under another version than `version`, in id order (ADR 014). */
const staleAnalyses = (db: DbExecutor, version: string) =>
  db
    .selectFrom('research_genomes')
    .where('status', 'in', ['analysed', 'failed'])
    .where((eb) => eb.or([eb('analysis_version', 'is', null), eb('analysis_version', '<>', version)]));

export async function staleGenomes(db: DbExecutor, version: string, afterId: number, limit: number) {
  return staleAnalyses(db, version).where('id', '>', afterId).select(['id', 'submission_id', 'strain', 'sequence']).orderBy('id').limit(limit).execute();
}

export async function countAnalyses(db: DbExecutor, version: string): Promise<{ stale: number; total: number }> {
  const [stale, total] = await Promise.all([
    staleAnalyses(db, version).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('research_genomes').where('status', 'in', ['analysed', 'failed']).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { stale: Number(stale.n), total: Number(total.n) };
}
