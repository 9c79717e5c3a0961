import type { ExpressionBuilder } from 'kysely';
import type { PeriodUnit } from '../../../core/genome/trends';
import type { Database, DbExecutor } from '../../db/types';

// The variant-trend counts, grouped in SQL (the same on SQLite and PostgreSQL): analysed genomes by
// country, date and clade. By month the database groups on the date's first 7 characters (YYYY-MM);
// ISO weeks are spelled differently by each database, so by week it groups by day and the core folds
// the days into weeks.

/** The collection date as precise as the period needs: YYYY-MM by month, the day by week. */
function dateKey(unit: PeriodUnit) {
  return (eb: ExpressionBuilder<Database, 'research_genomes'>) =>
    unit === 'month' ? eb.fn<string>('substr', [eb.ref('research_genomes.collection_date'), eb.val(1), eb.val(7)]) : eb.ref('research_genomes.collection_date');
}

const analysed = (db: DbExecutor) => db.selectFrom('research_genomes').where('research_genomes.status', '=', 'analysed');

export async function cladeCounts(db: DbExecutor, country: string, unit: PeriodUnit) {
  const rows = await analysed(db)
    .where('research_genomes.country', '=', country)
    .where('research_genomes.clade', 'is not', null)
    .select((eb) => [dateKey(unit)(eb).as('date'), 'research_genomes.clade', eb.fn.countAll<number>().as('n')])
    .groupBy(['date', 'research_genomes.clade'])
    .execute();
  return rows.map((r) => ({ date: r.date, clade: r.clade!, count: Number(r.n) }));
}

/**
 * Analysed genomes by country and date, from the per-day counters the triggers of migration 051 keep: one row
 * per country and day however many genomes, so grouping them is bounded by countries × days (ADR 050).
 */
export async function countryCounts(db: DbExecutor, unit: PeriodUnit) {
  const date = (eb: ExpressionBuilder<Database, 'research_genome_day_counts'>) =>
    unit === 'month' ? eb.fn<string>('substr', [eb.ref('collection_date'), eb.val(1), eb.val(7)]) : eb.ref('collection_date');
  const rows = await db
    .selectFrom('research_genome_day_counts')
    .where('analysed', '>', 0)
    .select((eb) => ['country', date(eb).as('date'), eb.fn.sum<number>('analysed').as('n')])
    .groupBy(['country', 'date'])
    .execute();
  return rows.map((r) => ({ country: r.country, date: r.date, count: Number(r.n) }));
}

/**
 * Genomes carrying `label`, by country and date, from the label table alone (its rows carry their genome's
 * country and date; labels exist only for analysed genomes). By day, whatever the period: the first and
 * latest sightings need the dates themselves.
 */
export async function carrierCounts(db: DbExecutor, label: string) {
  const rows = await db
    .selectFrom('research_genome_mutations')
    .where('label', '=', label)
    .where('country', 'is not', null)
    .select((eb) => ['country', 'collection_date as date', eb.fn.countAll<number>().as('n')])
    .groupBy(['country', 'collection_date'])
    .execute();
  return rows.map((r) => ({ country: r.country!, date: r.date!, count: Number(r.n) }));
}

/** Countries with analysed genomes, most genomes first (from the per-day counters, as the totals are). */
export async function trendCountries(db: DbExecutor) {
  const rows = await db
    .selectFrom('research_genome_day_counts')
    .where('analysed', '>', 0)
    .select((eb) => ['country', eb.fn.sum<number>('analysed').as('n'), eb.fn.min('collection_date').as('first'), eb.fn.max('collection_date').as('last')])
    .groupBy('country')
    .orderBy('n', 'desc')
    .orderBy('country')
    .execute();
  return rows.map((r) => ({ country: r.country, genomes: Number(r.n), firstDate: String(r.first), lastDate: String(r.last) }));
}
