import { sql } from 'kysely';
import type { DbExecutor, Dialect } from '../../db/types';
import type { KnowledgeDocumentsTable, KnowledgeEditionsTable, KnowledgeFilesTable } from './knowledge.tables';
import type { Insertable, Selectable } from 'kysely';

export type DocumentRow = Selectable<KnowledgeDocumentsTable>;
export type EditionRow = Selectable<KnowledgeEditionsTable>;
export type FileRow = Selectable<KnowledgeFilesTable>;

export const insertDocument = (db: DbExecutor, row: Insertable<KnowledgeDocumentsTable>) =>
  db.insertInto('knowledge_documents').values(row).returning('id').executeTakeFirstOrThrow();

export const findDocument = (db: DbExecutor, id: number) => db.selectFrom('knowledge_documents').selectAll().where('id', '=', id).executeTakeFirst();

export const listDocuments = (db: DbExecutor, opts: { publicOnly: boolean }) => {
  let q = db.selectFrom('knowledge_documents').selectAll().orderBy('id', 'desc');
  if (opts.publicOnly) q = q.where('public', '=', 1);
  return q.execute();
};

export const findEdition = (db: DbExecutor, id: number) => db.selectFrom('knowledge_editions').selectAll().where('id', '=', id).executeTakeFirst();

export const editionsOf = (db: DbExecutor, documentIds: number[]) =>
  documentIds.length === 0 ? Promise.resolve([]) : db.selectFrom('knowledge_editions').selectAll().where('document_id', 'in', documentIds).orderBy('number').execute();

export const lastEditionNumber = async (db: DbExecutor, documentId: number) =>
  (await db.selectFrom('knowledge_editions').select((eb) => eb.fn.max('number').as('n')).where('document_id', '=', documentId).executeTakeFirst())?.n ?? 0;

export const insertEdition = (db: DbExecutor, row: Insertable<KnowledgeEditionsTable>) =>
  db.insertInto('knowledge_editions').values(row).returning('id').executeTakeFirstOrThrow();

export const publishEdition = (db: DbExecutor, id: number, at: string, by: string) =>
  db.updateTable('knowledge_editions').set({ published_at: at, published_by_label: by }).where('id', '=', id).execute();

export const filesOf = (db: DbExecutor, editionIds: number[]) =>
  editionIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom('knowledge_files').select(['id', 'edition_id', 'language', 'format', 'media_type', 'file_name', 'sha256', 'size']).where('edition_id', 'in', editionIds).orderBy('language').orderBy('format').execute();

export const findFile = (db: DbExecutor, id: number) => db.selectFrom('knowledge_files').selectAll().where('id', '=', id).executeTakeFirst();

/** Adds or replaces an edition's file in a language and format. */
export async function putFile(db: DbExecutor, row: Insertable<KnowledgeFilesTable>): Promise<number> {
  const replaced = await db.selectFrom('knowledge_files').select('id').where('edition_id', '=', row.edition_id).where('language', '=', row.language).where('format', '=', row.format).execute();
  for (const { id } of replaced) await db.deleteFrom('knowledge_search').where('file_id', '=', id).execute();
  await db.deleteFrom('knowledge_files').where('edition_id', '=', row.edition_id).where('language', '=', row.language).where('format', '=', row.format).execute();
  return (await db.insertInto('knowledge_files').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

// ── Distribution ──

export const deliveredPartners = async (db: DbExecutor, editionId: number) =>
  (await db.selectFrom('knowledge_deliveries').select('partner_id').where('edition_id', '=', editionId).execute()).map((r) => r.partner_id);

export async function insertDeliveries(db: DbExecutor, editionId: number, partnerIds: string[], at: string, by: string): Promise<void> {
  // In chunks, to stay under SQLite's limit on bound variables.
  for (let i = 0; i < partnerIds.length; i += 500)
    await db
      .insertInto('knowledge_deliveries')
      .values(partnerIds.slice(i, i + 500).map((partner_id) => ({ edition_id: editionId, partner_id, sent_at: at, sent_by_label: by, downloaded_at: null, acknowledged_at: null, acknowledged_by_label: null })))
      .execute();
}

export const findDelivery = (db: DbExecutor, editionId: number, partnerId: string) =>
  db.selectFrom('knowledge_deliveries').selectAll().where('edition_id', '=', editionId).where('partner_id', '=', partnerId).executeTakeFirst();

export const deliveriesOfPartner = (db: DbExecutor, partnerId: string) =>
  db.selectFrom('knowledge_deliveries').selectAll().where('partner_id', '=', partnerId).orderBy('sent_at', 'desc').orderBy('id', 'desc').execute();

export const deliveriesOfEdition = (db: DbExecutor, editionId: number) =>
  db.selectFrom('knowledge_deliveries').selectAll().where('edition_id', '=', editionId).orderBy('partner_id').execute();

export const markDelivery = (db: DbExecutor, id: number, set: { downloaded_at?: string; acknowledged_at?: string; acknowledged_by_label?: string }) =>
  db.updateTable('knowledge_deliveries').set(set).where('id', '=', id).execute();

/** Every delivery with the document and number of its edition, for the superseded-edition view. */
export const deliveriesWithEditions = (db: DbExecutor) =>
  db
    .selectFrom('knowledge_deliveries as d')
    .innerJoin('knowledge_editions as e', 'e.id', 'd.edition_id')
    .select(['d.partner_id', 'd.edition_id', 'e.document_id', 'e.number'])
    .execute();

/** The newest published edition of each document. */
export const publishedEditions = (db: DbExecutor) => db.selectFrom('knowledge_editions').select(['id', 'document_id', 'number']).where('published_at', 'is not', null).execute();

/** Every partner that received a published edition, once. */
export const reachedPartners = async (db: DbExecutor) =>
  (await db.selectFrom('knowledge_deliveries').select('partner_id').distinct().execute()).map((r) => r.partner_id);

// ── Reminders ──

export const insertReminders = async (db: DbExecutor, rows: { edition_id: number; partner_id: string; kind: string; created_at: string; created_by_label: string }[]) => {
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('knowledge_reminders').values(rows.slice(i, i + 500)).execute();
};

/** A partner's reminders, newest first. */
export const remindersOfPartner = (db: DbExecutor, partnerId: string) =>
  db.selectFrom('knowledge_reminders').select(['edition_id', 'kind', 'created_at']).where('partner_id', '=', partnerId).orderBy('id', 'desc').execute();

// ── Search ──

export const indexText = (db: DbExecutor, row: { document_id: number; file_id: number | null; body: string }) => db.insertInto('knowledge_search').values(row).execute();

/** Documents whose titles or files contain `text`, ignoring case, in either dialect with the same answer. */
export async function searchDocuments(db: DbExecutor, dialect: Dialect, text: string): Promise<number[]> {
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  let q = db.selectFrom('knowledge_search').select('document_id').distinct();
  if (dialect === 'postgres') q = q.where(sql<boolean>`body ilike ${like}`);
  // The trigram index answers phrases of three characters or more; shorter ones are scanned with LIKE.
  else if ([...text].length >= 3) q = q.where(sql<boolean>`knowledge_search match ${`"${text.replace(/"/g, '""')}"`}`);
  else q = q.where(sql<boolean>`body like ${like} escape '\\'`);
  return (await q.execute()).map((r) => Number(r.document_id));
}
