import type { Migration } from 'kysely';
import type { ServerModule } from '../../modules/module';
import type { Dialect } from '../types';
import { foundation } from './001-foundation';
import { auditCorrelationId } from './008-audit-correlation-id';
import { importJobs } from './096-import-jobs';

// The foundation's tables (users, sessions, audit log, countries, partners) are everyone's; each module brings its own.
const FOUNDATION = { '001-foundation': foundation, '008-audit-correlation-id': () => auditCorrelationId(), '096-import-jobs': importJobs };

/**
 * One ordered list of migrations for both dialects, the foundation's and every module's, by name (Kysely runs
 * them in name order). A name given twice is a mistake in a module's entry and stops the start.
 */
export function collectMigrations(modules: readonly ServerModule[], dialect: Dialect): Record<string, Migration> {
  const all: Record<string, Migration> = {};
  for (const source of [FOUNDATION, ...modules.map((m) => m.migrations ?? {})]) {
    for (const [name, make] of Object.entries(source)) {
      if (name in all) throw new Error(`migration ${name} is declared twice`);
      all[name] = make(dialect);
    }
  }
  return Object.fromEntries(Object.entries(all).sort(([a], [b]) => a.localeCompare(b)));
}
