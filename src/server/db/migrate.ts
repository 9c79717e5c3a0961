import { Migrator, type Kysely } from 'kysely';
import type { Database, Dialect } from './types';
import { serverModules } from '../modules';
import { collectMigrations } from './migrations/index';

export async function migrateToLatest(db: Kysely<Database>, dialect: Dialect): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => collectMigrations(serverModules, dialect) },
    migrationTableName: 'concord_migrations',
    migrationLockTableName: 'concord_migrations_lock',
    // Each module numbers its migrations in its own range (aid 03x, research 05x, consular 07x…), so a module's
    // new migration can sort before another module's applied one; a deployed database must still take it.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
