import type { ExpressionBuilder } from 'kysely';
import type { CaseView } from '../../../shared/schemas/consular';
import type { Database, DbExecutor } from '../../db/types';

/** Where a page of the queue ends: the queue keys of its last case (migration 078). */
export interface QueueKey {
  rank: number;
  due: string;
  id: number;
}

export interface QueueFilter {
  /** The post's cases; null: every post's (an admin). */
  postId: string | null;
  view: CaseView;
  /** The reader, for "mine". */
  userId: number | null;
  /** Now, ISO UTC: a running timer past it is breached. */
  now: string;
}

type Eb = ExpressionBuilder<Database, 'consular_cases'>;
// A running case has queue_rank below 9; a timer met late (sla_late) or running past its deadline
// (next_due < now) is breached, as core/consular/case-timers.ts's timerState says.
const RUNNING_BELOW = 9;

function inView(eb: Eb, f: QueueFilter) {
  const running = eb('queue_rank', '<', RUNNING_BELOW);
  const byView = {
    all: [],
    mine: [eb('assigned_to', '=', f.userId ?? -1)],
    unassigned: [eb('assigned_to', 'is', null), running],
    due: [running, eb('sla_late', '=', 0), eb('next_due', '>=', f.now)],
    breached: [running, eb.or([eb('sla_late', '=', 1), eb('next_due', '<', f.now)])],
  }[f.view];
  return eb.and([...(f.postId === null ? [] : [eb('post_id', '=', f.postId)]), ...byView]);
}

/** After `k` in queue order (urgency, nearest deadline, id). */
const after = (eb: Eb, k: QueueKey) =>
  eb.or([eb('queue_rank', '>', k.rank), eb.and([eb('queue_rank', '=', k.rank), eb.or([eb('next_due', '>', k.due), eb.and([eb('next_due', '=', k.due), eb('id', '>', k.id)])])])]);

/** One page of a desk view in queue order, from after `cursor`; one row more than `limit` tells a next page exists. */
export const listQueuePage = (db: DbExecutor, f: QueueFilter, limit: number, cursor: QueueKey | null) =>
  db
    .selectFrom('consular_cases')
    .selectAll()
    .where((eb) => (cursor === null ? inView(eb, f) : eb.and([inView(eb, f), after(eb, cursor)])))
    .orderBy('queue_rank')
    .orderBy('next_due')
    .orderBy('id')
    .limit(limit + 1)
    .execute();

/** How many cases the view holds (an index range count). */
export async function countQueue(db: DbExecutor, f: QueueFilter): Promise<number> {
  const row = await db
    .selectFrom('consular_cases')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where((eb) => inView(eb, f))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
