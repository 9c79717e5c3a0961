import { multiRowInsert } from '../../db/multi-row-insert';
import { writeRowChunks, yieldToLoop, type RowChunks } from '../../workers/imports/row-chunks';
import type { SeriesRow } from '../../workers/imports/series-import.worker';
import type { DbExecutor, Dialect } from '../../db/types';

// Typed queries of the situation tables. Series rows are written with raw multi-row INSERTs (multi-row-insert.ts).

const SERIES_COLUMNS = ['source', 'iso3', 'date', 'cumulative_cases', 'cumulative_deaths'];
const insertSeries = { sqlite: multiRowInsert('sqlite', 'situation_series', SERIES_COLUMNS), postgres: multiRowInsert('postgres', 'situation_series', SERIES_COLUMNS) };

/**
 * Replaces every row of `source` with `rows`. Call inside a transaction: the delete and the inserts then land
 * together or not at all. The event loop turns between chunks (on PostgreSQL other requests run meanwhile; on
 * SQLite those that need the database wait for the transaction, the others are answered).
 */
export async function replaceSeries(trx: DbExecutor, dialect: Dialect, source: string, rows: RowChunks<SeriesRow>): Promise<void> {
  // Country by country: one statement deleting a whole source (260,000 rows) held SQLite's thread 170 ms.
  const stored = await trx.selectFrom('situation_series').select('iso3').distinct().where('source', '=', source).execute();
  for (const { iso3 } of stored) {
    await trx.deleteFrom('situation_series').where('source', '=', source).where('iso3', '=', iso3).execute();
    await yieldToLoop();
  }
  await writeRowChunks(rows, (chunk) => insertSeries[dialect](trx, chunk.map((row) => [source, ...row])));
}

/** Every row of a source, ordered by country then date (the order computeIndicators needs). */
export function listSeries(db: DbExecutor, source: string) {
  return db
    .selectFrom('situation_series')
    .select(['iso3', 'date', 'cumulative_cases', 'cumulative_deaths'])
    .where('source', '=', source)
    .orderBy('iso3')
    .orderBy('date')
    .execute();
}

export async function countSeries(db: DbExecutor, source?: string): Promise<number> {
  let q = db.selectFrom('situation_series').select((eb) => eb.fn.countAll<number>().as('n'));
  if (source !== undefined) q = q.where('source', '=', source);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export async function insertImport(trx: DbExecutor, row: { source: string; files: string; summary: string; actor_label: string; imported_at: string }): Promise<number> {
  const inserted = await trx.insertInto('situation_imports').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(inserted.id);
}

export function listImports(db: DbExecutor, limit = 50) {
  return db.selectFrom('situation_imports').selectAll().orderBy('id', 'desc').limit(limit).execute();
}

/** The source of the most recent import, shown while no coordinator has chosen one. */
export async function latestImportSource(db: DbExecutor): Promise<string | null> {
  const row = await db.selectFrom('situation_imports').select('source').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row?.source ?? null;
}

/** What each source's stored series cover: one row per source that has any. */
export async function seriesCoverage(db: DbExecutor, source?: string) {
  let q = db
    .selectFrom('situation_series')
    .select((eb) => [
      'source',
      eb.fn.countAll<number>().as('rows'),
      eb.fn.count<number>('iso3').distinct().as('countries'),
      eb.fn.min<string>('date').as('first_date'),
      eb.fn.max<string>('date').as('last_date'),
    ])
    .groupBy('source')
    .orderBy('source');
  if (source !== undefined) q = q.where('source', '=', source);
  const rows = await q.execute();
  return rows.map((r) => ({ source: r.source, rows: Number(r.rows), countries: Number(r.countries), firstDate: r.first_date, lastDate: r.last_date }));
}

/** The most recent import of each source. */
export async function latestImportPerSource(db: DbExecutor) {
  const latest = db.selectFrom('situation_imports').select((eb) => ['source', eb.fn.max('id').as('id')]).groupBy('source').as('latest');
  return db.selectFrom('situation_imports').innerJoin(latest, 'latest.id', 'situation_imports.id').selectAll('situation_imports').execute();
}

/** The source a coordinator chose to show, by whom and when; undefined while nobody has chosen. */
export function chosenSource(db: DbExecutor) {
  return db.selectFrom('situation_shown_source').select(['source', 'chosen_by', 'chosen_at']).where('slot', '=', 'shown').executeTakeFirst();
}

export async function setChosenSource(trx: DbExecutor, source: string, by: string, at: string): Promise<void> {
  await trx
    .insertInto('situation_shown_source')
    .values({ slot: 'shown', source, chosen_by: by, chosen_at: at })
    .onConflict((oc) => oc.column('slot').doUpdateSet({ source, chosen_by: by, chosen_at: at }))
    .execute();
}

export function listSeverityWeights(db: DbExecutor) {
  return db.selectFrom('situation_severity_weights').selectAll().orderBy('factor').execute();
}

export async function replaceSeverityWeights(trx: DbExecutor, rows: { factor: string; weight: number; updated_at: string; updated_by: string }[]): Promise<void> {
  await trx.deleteFrom('situation_severity_weights').execute();
  if (rows.length > 0) await trx.insertInto('situation_severity_weights').values(rows).execute();
}

/** The id of a source's most recent import: with the source, what names a data version (situation.backtest.ts). */
export async function latestImportId(db: DbExecutor, source: string): Promise<number | null> {
  const row = await db.selectFrom('situation_imports').select((eb) => eb.fn.max('id').as('id')).where('source', '=', source).executeTakeFirst();
  return row?.id === null || row?.id === undefined ? null : Number(row.id);
}
