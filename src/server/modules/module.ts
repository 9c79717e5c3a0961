import type { FastifyBaseLogger } from 'fastify';
import type { Migration } from 'kysely';
import type { Dialect } from '../db/types';
import type { RoutesPlugin } from '../http/types';
import type { Services } from '../services';

/** A first-start seeding step: it fills its tables only when they are empty and says what it added (null: nothing). */
export interface ModuleSeed {
  /** 'minimal' runs at CONCORD_SEED=minimal and full; 'full' only at full. */
  level: 'minimal' | 'full';
  /** The log line's message when something was seeded. */
  message: string;
  run(services: Services): Promise<object | null>;
}

/**
 * One server module's entry (modules/<m>/<m>.module.ts): its routes, migrations and seed, listed once in
 * modules/index.ts. Its service factory is exported beside it and wired in services.ts; its tables type is
 * added to db/types.ts. Those three lines are all a new module touches outside its folder.
 */
export interface ServerModule {
  name: string;
  routes: readonly RoutesPlugin[];
  /** Keyed by a name unique across the app, 'NNN-what': every module's migrations run together in name order. */
  migrations?: Readonly<Record<string, (dialect: Dialect) => Migration>>;
  seed?: ModuleSeed;
}

export const defineServerModule = <M extends ServerModule>(module: M): M => module;

export type SeedLog = Pick<FastifyBaseLogger, 'info'>;
