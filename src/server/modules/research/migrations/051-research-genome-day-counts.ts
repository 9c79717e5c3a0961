import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../../../db/types';

// Analysed genomes counted by country and collection date, kept by triggers as genomes are stored, analysed,
// re-analysed or deleted (ADR 050). Every mutation map divides by these totals; counted from the genome rows
// they grow with the repository and were cached for 30 s. The table has at most one row per country and day,
// so grouping it is bounded by countries × days however many genomes there are.
// Triggers rather than the service's code: a status changes in several places (analysis, retry, failure,
// the benchmark's bulk load), and a counter one path forgets is wrong for good. No check on the count: a
// counter gone wrong must not stop a genome being stored; readers take the days with a positive count.
export function researchGenomeDayCounts(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('research_genome_day_counts')
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('collection_date', 'text', (c) => c.notNull())
        .addColumn('analysed', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('research_genome_day_counts_pk', ['country', 'collection_date'])
        .execute();
      await sql`insert into research_genome_day_counts (country, collection_date, analysed)
        select country, collection_date, count(*) from research_genomes where status = 'analysed' group by country, collection_date`.execute(db);
      const add = (row: 'new' | 'old', delta: 1 | -1) =>
        sql.raw(`insert into research_genome_day_counts (country, collection_date, analysed) values (${row}.country, ${row}.collection_date, ${delta === 1 ? 1 : 0})
          on conflict (country, collection_date) do update set analysed = research_genome_day_counts.analysed ${delta === 1 ? '+' : '-'} 1;`);
      if (dialect === 'postgres') {
        await sql`create function research_genome_day_counts_keep() returns trigger language plpgsql as $$
          begin
            if tg_op in ('UPDATE', 'DELETE') and old.status = 'analysed' then ${add('old', -1)} end if;
            if tg_op in ('INSERT', 'UPDATE') and new.status = 'analysed' then ${add('new', 1)} end if;
            return null;
          end $$`.execute(db);
        await sql`create trigger research_genome_day_counts_keep after insert or delete or update of status, country, collection_date
          on research_genomes for each row execute function research_genome_day_counts_keep()`.execute(db);
      } else {
        await sql`create trigger research_genome_day_counts_insert after insert on research_genomes when new.status = 'analysed'
          begin ${add('new', 1)} end`.execute(db);
        await sql`create trigger research_genome_day_counts_delete after delete on research_genomes when old.status = 'analysed'
          begin ${add('old', -1)} end`.execute(db);
        // Two triggers for an update, old row then new row: SQLite runs same-event triggers in reverse order of
        // creation, and the order does not matter since each touches its own key's counter.
        await sql`create trigger research_genome_day_counts_update_old after update of status, country, collection_date on research_genomes
          when old.status = 'analysed' begin ${add('old', -1)} end`.execute(db);
        await sql`create trigger research_genome_day_counts_update_new after update of status, country, collection_date on research_genomes
          when new.status = 'analysed' begin ${add('new', 1)} end`.execute(db);
      }
    },
    async down(db: Kysely<unknown>) {
      if (dialect === 'postgres') {
        await sql`drop trigger research_genome_day_counts_keep on research_genomes`.execute(db);
        await sql`drop function research_genome_day_counts_keep()`.execute(db);
      } else {
        for (const name of ['insert', 'delete', 'update_old', 'update_new']) await sql.raw(`drop trigger research_genome_day_counts_${name}`).execute(db);
      }
      await db.schema.dropTable('research_genome_day_counts').execute();
    },
  };
}
