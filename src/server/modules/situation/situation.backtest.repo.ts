import type { Insertable, Selectable } from 'kysely';
import type { DbExecutor } from '../../db/types';
import type { SituationBacktestScoresTable } from './situation.tables';

// The queries of situation_backtest_scores (migration 097): a version's row is written once; a failed one may be
// replaced by a later try's scores, a done one never.

export type BacktestScoresRow = Selectable<SituationBacktestScoresTable>;

/** How many versions' rows are kept: the current one and the one before (shown while a new one computes elsewhere). */
export const BACKTEST_VERSIONS_KEPT = 2;

export function findBacktestScores(db: DbExecutor, version: string): Promise<BacktestScoresRow | undefined> {
  return db.selectFrom('situation_backtest_scores').selectAll().where('version', '=', version).executeTakeFirst();
}

/** Stores a version's outcome unless it is stored already (a failure is replaced by scores); false when nothing was written. */
export async function storeBacktestScores(trx: DbExecutor, row: Insertable<SituationBacktestScoresTable>): Promise<boolean> {
  const { version: _version, ...values } = row;
  const written = await trx
    .insertInto('situation_backtest_scores')
    .values(row)
    .onConflict((oc) => (row.status === 'done' ? oc.column('version').doUpdateSet(values).where('situation_backtest_scores.status', '=', 'failed') : oc.column('version').doNothing()))
    .returning('version')
    .executeTakeFirst();
  return written !== undefined;
}

/** Deletes the rows of every version but `current` and the most recently computed others, so the table stays bounded. */
export async function pruneBacktestScores(trx: DbExecutor, current: string): Promise<number> {
  const others = await trx.selectFrom('situation_backtest_scores').select('version').where('version', '<>', current).orderBy('computed_at', 'desc').orderBy('version').execute();
  const old = others.slice(BACKTEST_VERSIONS_KEPT - 1).map((r) => r.version);
  if (old.length === 0) return 0;
  const result = await trx.deleteFrom('situation_backtest_scores').where('version', 'in', old).executeTakeFirst();
  return Number(result.numDeletedRows);
}
