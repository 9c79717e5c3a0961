import { sql, type Kysely } from 'kysely';
import { withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

// The research-results exchange (ADR 052). A result is a row with its state and the columns searched and
// sorted by; each submission or correction is a version holding the record as JSON. Only the published
// version is indexed: its facet values (one row each) and its text for search, as the knowledge search
// does (ADR 083): FTS5 trigram on SQLite, pg_trgm on PostgreSQL, both "contains, ignoring case".
export function researchResults(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await withIdColumn(db.schema.createTable('research_results'), dialect)
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'pending', 'published', 'rejected', 'withdrawn')`))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('doi_key', 'text')
        .addColumn('latest_version', 'integer', (c) => c.notNull())
        .addColumn('published_version', 'integer')
        .addColumn('submitted_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('withdrawn_at', 'text')
        .addColumn('withdrawal_notice', 'text')
        .execute();
      await db.schema.createIndex('research_results_listing').on('research_results').columns(['published_version', 'date', 'id']).execute();
      await db.schema.createIndex('research_results_feed').on('research_results').columns(['published_at']).execute();
      await db.schema.createIndex('research_results_by').on('research_results').columns(['submitted_by', 'id']).execute();
      await db.schema.createIndex('research_results_doi').on('research_results').column('doi_key').execute();

      await withIdColumn(db.schema.createTable('research_result_versions'), dialect)
        .addColumn('result_id', 'integer', (c) => c.notNull().references('research_results.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'pending', 'published', 'superseded', 'rejected')`))
        .addColumn('record', 'text', (c) => c.notNull())
        .addColumn('change_note', 'text', (c) => c.notNull())
        .addColumn('submitted_by', 'integer', (c) => c.references('users.id'))
        .addColumn('submitted_at', 'text', (c) => c.notNull())
        .addColumn('reviewed_by', 'integer', (c) => c.references('users.id'))
        .addColumn('reviewed_at', 'text')
        .addColumn('review_note', 'text')
        .addUniqueConstraint('research_result_versions_number', ['result_id', 'version'])
        .execute();
      await db.schema.createIndex('research_result_versions_status').on('research_result_versions').columns(['status', 'id']).execute();

      await db.schema
        .createTable('research_result_facets')
        .addColumn('result_id', 'integer', (c) => c.notNull().references('research_results.id'))
        .addColumn('facet', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('research_result_facets_value').on('research_result_facets').columns(['facet', 'value', 'result_id']).execute();
      await db.schema.createIndex('research_result_facets_result').on('research_result_facets').columns(['result_id', 'facet', 'value']).execute();

      if (dialect === 'sqlite') {
        await sql`create virtual table research_results_search using fts5(result_id unindexed, body, tokenize = 'trigram')`.execute(db);
      } else {
        await sql`create extension if not exists pg_trgm`.execute(db);
        await sql`create table research_results_search (result_id integer not null references research_results(id), body text not null)`.execute(db);
        await sql`create index research_results_search_body on research_results_search using gin (body gin_trgm_ops)`.execute(db);
        await sql`create index research_results_search_result on research_results_search (result_id)`.execute(db);
      }
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['research_results_search', 'research_result_facets', 'research_result_versions', 'research_results']) await sql`drop table ${sql.table(table)}`.execute(db);
    },
  };
}
