import pino from 'pino';
import type { FastifyBaseLogger } from 'fastify';
import { systemClock, type Clock } from './clock';
import type { Env } from './config/env';
import { openDatabase, type DatabaseHandle } from './db/database';
import { migrateToLatest } from './db/migrate';
import { seedDatabase } from './seed';
import { createServices, type Services } from './services';

export interface Runtime {
  database: DatabaseHandle;
  services: Services;
  close(): Promise<void>;
}

/** Opens the configured database, migrates it to the latest schema and wires the services. */
export async function openRuntime(env: Env, clock: Clock = systemClock): Promise<Runtime> {
  const database = openDatabase({ databaseUrl: env.DATABASE_URL, sqlitePath: env.CONCORD_DB });
  await migrateToLatest(database.db, database.dialect);
  const services = createServices({ db: database.db, dialect: database.dialect, clock, sessionTtlHours: env.SESSION_TTL_HOURS, signal: database.signal, ipCountryDb: env.IP_COUNTRY_DB, log: pino({ level: env.LOG_LEVEL, base: { component: 'services' } }) });
  return { database, services, close: () => database.destroy() };
}

export async function seedIfEmpty(env: Env, runtime: Runtime, log: Pick<FastifyBaseLogger, 'info'>): Promise<void> {
  if (env.CONCORD_SEED === 'none') return;
  await seedDatabase(runtime.services, env.CONCORD_SEED, log);
}
