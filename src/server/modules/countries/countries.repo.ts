import type { Insertable } from 'kysely';
import type { CountriesTable, DbExecutor, PartnersTable } from '../../db/types';

export function listCountries(db: DbExecutor) {
  return db.selectFrom('countries').selectAll().orderBy('name_en').execute();
}

export function findCountry(db: DbExecutor, iso3: string) {
  return db.selectFrom('countries').selectAll().where('iso3', '=', iso3).executeTakeFirst();
}

export function listPartners(db: DbExecutor, kind?: 'country' | 'organisation') {
  let q = db.selectFrom('partners').leftJoin('countries', 'countries.iso3', 'partners.iso3').selectAll('partners').select('countries.who_region');
  if (kind) q = q.where('partners.kind', '=', kind);
  return q.orderBy('partners.kind', 'desc').orderBy('partners.name_en').execute();
}

export function findPartner(db: DbExecutor, id: string) {
  return db.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countCountries(db: DbExecutor): Promise<number> {
  const row = await db.selectFrom('countries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertCountries(db: DbExecutor, rows: Insertable<CountriesTable>[]): Promise<void> {
  // Chunks keep each statement under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('countries').values(rows.slice(i, i + 200)).execute();
}

export async function insertPartners(db: DbExecutor, rows: Insertable<PartnersTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('partners').values(rows.slice(i, i + 200)).execute();
}
