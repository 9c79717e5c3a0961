import type { Kysely } from 'kysely';
import type { Dialect } from '../../../db/types';

// The forecast backtest of every country, stored once per data version by the job that computed it (ADR 042,
// ADR 063), so that every process reads the same scores instead of computing them itself. One row per data
// version (`<shown source>:<its latest import id>:<method fingerprint>`), the scores of all countries as one JSON
// object keyed by ISO3 (about 200 small objects, tens of kB): they are always read together. A row is written
// once (done), or marked failed after the job's last try; only the current and the previous version are kept.
export function situationBacktestScores(_dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('situation_backtest_scores')
        .addColumn('version', 'text', (c) => c.primaryKey())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('scores', 'text')
        .addColumn('error', 'text')
        .addColumn('attempt', 'integer', (c) => c.notNull())
        .addColumn('worker', 'text', (c) => c.notNull())
        .addColumn('seconds', 'real', (c) => c.notNull())
        .addColumn('computed_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('situation_backtest_scores').execute();
    },
  };
}
