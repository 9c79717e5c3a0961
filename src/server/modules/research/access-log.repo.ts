import { sql, type Insertable } from 'kysely';
import type { StatsQuery } from '../../../shared/schemas/research';
import type { Db, DbExecutor } from '../../db/types';
import type { ResearchAccessLogTable } from './research.tables';

// The research access log: raw rows for the retention period, per-day aggregates before it (migration 007).
// The statistics read both: a day is in one or the other, never in both.

/** Inserts a row; a visit whose visit_key is already there (same visitor, same day) is not inserted again. */
export async function insertAccess(db: DbExecutor, row: Insertable<ResearchAccessLogTable>): Promise<void> {
  await db.insertInto('research_access_log').values(row).onConflict((oc) => oc.column('visit_key').doNothing()).execute();
}

export async function countAccessRows(db: DbExecutor): Promise<number> {
  const row = await db.selectFrom('research_access_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Folds the raw rows of the days before `beforeDate` (YYYY-MM-DD) into the daily aggregates and deletes them,
 * one day per transaction. The rows are those the delete returns, so two processes pruning at once never
 * count a row twice. Returns the rows folded.
 */
export async function pruneAccessLog(db: Db, beforeDate: string): Promise<number> {
  let folded = 0;
  for (;;) {
    const oldest = await db.selectFrom('research_access_log').select((eb) => eb.fn.min('at').as('at')).where('at', '<', beforeDate).executeTakeFirst();
    const day = (oldest?.at as string | null | undefined)?.slice(0, 10);
    if (!day) return folded;
    folded += await db.transaction().execute(async (trx) => {
      const rows = await trx
        .deleteFrom('research_access_log')
        .where('at', '>=', day)
        .where('at', '<', `${day}T99`)
        .returning(['kind', 'visitor', 'country', 'count'])
        .execute();
      const byCountry = new Map<string, { visitors: Set<string>; visits: number; downloads: number; genomes: number }>();
      for (const r of rows) {
        const key = r.country ?? '';
        const agg = byCountry.get(key) ?? { visitors: new Set(), visits: 0, downloads: 0, genomes: 0 };
        agg.visitors.add(r.visitor);
        if (r.kind === 'visit') agg.visits++;
        else {
          agg.downloads++;
          agg.genomes += Number(r.count);
        }
        byCountry.set(key, agg);
      }
      for (const [country, a] of byCountry) {
        const row = { date: day, country, visitors: a.visitors.size, visits: a.visits, downloads: a.downloads, genomes: a.genomes };
        await trx
          .insertInto('research_access_daily')
          .values(row)
          .onConflict((oc) =>
            oc.columns(['date', 'country']).doUpdateSet((eb) => ({
              visitors: eb('research_access_daily.visitors', '+', eb.ref('excluded.visitors')),
              visits: eb('research_access_daily.visits', '+', eb.ref('excluded.visits')),
              downloads: eb('research_access_daily.downloads', '+', eb.ref('excluded.downloads')),
              genomes: eb('research_access_daily.genomes', '+', eb.ref('excluded.genomes')),
            })),
          )
          .execute();
      }
      return rows.length;
    });
  }
}

function rawRange(db: DbExecutor, q: StatsQuery) {
  let query = db.selectFrom('research_access_log');
  if (q.from) query = query.where('at', '>=', q.from);
  if (q.to) query = query.where('at', '<', `${q.to}T99`); // every time of that day sorts before 'T99'
  return query;
}

function dailyRange(db: DbExecutor, q: StatsQuery) {
  let query = db.selectFrom('research_access_daily');
  if (q.from) query = query.where('date', '>=', q.from);
  if (q.to) query = query.where('date', '<=', q.to);
  return query;
}

export interface AccessCounts {
  visitors: number;
  visits: number;
  downloads: number;
  genomes: number;
}

const add = (a: AccessCounts, b: AccessCounts): AccessCounts => ({ visitors: a.visitors + b.visitors, visits: a.visits + b.visits, downloads: a.downloads + b.downloads, genomes: a.genomes + b.genomes });

/** Counts grouped by `key` ('date' or 'country'; null for the totals) over raw rows and aggregates alike. */
async function accessCounts(db: DbExecutor, q: StatsQuery, key: 'date' | 'country' | null): Promise<Map<string | null, AccessCounts>> {
  const raw = await rawRange(db, q)
    .select((eb) => [
      key === 'date' ? eb.fn<string>('substr', [eb.ref('at'), eb.val(1), eb.val(10)]).as('k') : key === 'country' ? eb.ref('country').as('k') : sql<string | null>`null`.as('k'),
      eb.fn.count<number>('visitor').distinct().as('visitors'),
      eb.fn.sum<number>(eb.case().when('kind', '=', 'visit').then(1).else(0).end()).as('visits'),
      eb.fn.sum<number>(eb.case().when('kind', '=', 'download').then(1).else(0).end()).as('downloads'),
      eb.fn.sum<number>(eb.case().when('kind', '=', 'download').then(eb.ref('count')).else(0).end()).as('genomes'),
    ])
    .$if(key !== null, (qb) => qb.groupBy('k'))
    .execute();
  const daily = await dailyRange(db, q)
    .select((eb) => [
      key === 'date' ? eb.ref('date').as('k') : key === 'country' ? eb.ref('country').as('k') : sql<string | null>`null`.as('k'),
      eb.fn.sum<number>('visitors').as('visitors'),
      eb.fn.sum<number>('visits').as('visits'),
      eb.fn.sum<number>('downloads').as('downloads'),
      eb.fn.sum<number>('genomes').as('genomes'),
    ])
    .$if(key !== null, (qb) => qb.groupBy('k'))
    .execute();
  const counts = new Map<string | null, AccessCounts>();
  for (const r of [...raw, ...daily]) {
    const k = key === 'country' && r.k === '' ? null : (r.k as string | null);
    const c = { visitors: Number(r.visitors ?? 0), visits: Number(r.visits ?? 0), downloads: Number(r.downloads ?? 0), genomes: Number(r.genomes ?? 0) };
    counts.set(k, add(counts.get(k) ?? { visitors: 0, visits: 0, downloads: 0, genomes: 0 }, c));
  }
  return counts;
}

export async function accessTotals(db: DbExecutor, q: StatsQuery): Promise<AccessCounts> {
  return (await accessCounts(db, q, null)).get(null) ?? { visitors: 0, visits: 0, downloads: 0, genomes: 0 };
}

export async function accessSeries(db: DbExecutor, q: StatsQuery) {
  const counts = await accessCounts(db, q, 'date');
  return [...counts]
    .filter(([date]) => date !== null)
    .sort(([a], [b]) => (a! < b! ? -1 : 1))
    .map(([date, c]) => ({ date: date!, visitors: c.visitors, visits: c.visits, downloads: c.downloads }));
}

export async function accessByCountry(db: DbExecutor, q: StatsQuery) {
  const counts = await accessCounts(db, q, 'country');
  return [...counts]
    .map(([country, c]) => ({ country, visitors: c.visitors, visits: c.visits, downloads: c.downloads }))
    .sort((a, b) => b.visitors - a.visitors || (a.country ?? '').localeCompare(b.country ?? ''));
}

