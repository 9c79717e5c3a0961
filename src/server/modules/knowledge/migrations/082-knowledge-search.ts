import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../../../db/types';

// Full-text search over documents' titles and files' extracted text (ADR 083): one row per title pair or
// file. SQLite: an FTS5 table with the trigram tokenizer (substrings, so Chinese without word splitting);
// PostgreSQL: a plain table with a pg_trgm GIN index serving ILIKE '%…%'. Both answer "contains, ignoring case".
export function knowledgeSearch(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === 'sqlite') {
        await sql`create virtual table knowledge_search using fts5(document_id unindexed, file_id unindexed, body, tokenize = 'trigram')`.execute(db);
      } else {
        await sql`create extension if not exists pg_trgm`.execute(db);
        await sql`create table knowledge_search (document_id integer not null references knowledge_documents(id), file_id integer references knowledge_files(id) on delete cascade, body text not null)`.execute(db);
        await sql`create index knowledge_search_body on knowledge_search using gin (body gin_trgm_ops)`.execute(db);
      }
    },
    async down(db: Kysely<unknown>) {
      await sql`drop table knowledge_search`.execute(db);
    },
  };
}
