import type { Selectable } from 'kysely';
import { caseDeadlines, timerState, type Urgency } from '../../../core/consular/case-timers';
import { officerMayMove, statusAfterCitizenReply, type CaseStatus } from '../../../core/consular/case-status';
import { routeToPost } from '../../../core/consular/route-to-post';
import { autoEscalationReason, escalationDue } from '../../../core/consular/sla-escalation';
import { isOpenAt, localDay, localParts, type WorkingSchedule } from '../../../core/consular/working-time';
import type { Case, CaseIntake, CasePage, CaseView, CitizenCaseInput } from '../../../shared/schemas/consular';
import { systemActor, type Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db, DbExecutor } from '../../db/types';
import { Conflict, NotFound, Unprocessable, ValidationFailed } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import { escalateAutomatically, listOverdueCases } from './consular-escalation.repo';
import { findCase, findCitizenByPhone, findCitizenOfUser, insertCase, insertCaseMessage, listCaseMessages, listCases, updateCase } from './consular.repo';
import { countQueue, listQueuePage, type QueueFilter, type QueueKey } from './consular-case-queue.repo';
import type { ConsularCaseMessagesTable, ConsularCasesTable } from './consular.tables';
import type { ConsularPostsService } from './consular-posts.service';
import type { PostDesk } from './consular-post-desk';
import { startPeriodicSweep } from '../../workers/periodic-sweep';

/** The officers of a post, to assign or escalate to. */
export type OfficerDirectory = (postId: string) => Promise<Array<{ id: number; displayName: string; postId: string }>>;

/** The cursor of a desk view: the queue keys of the page's last case, opaque to the client. */
const encodeCursor = (k: QueueKey) => Buffer.from(JSON.stringify([k.rank, k.due, k.id])).toString('base64url');
function decodeCursor(cursor: string): QueueKey {
  try {
    const [rank, due, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (Number.isInteger(rank) && typeof due === 'string' && due.length <= 30 && Number.isInteger(id)) return { rank: rank as number, due, id: id as number };
  } catch {
    // refused below
  }
  throw new ValidationFailed('not a cursor of this list', [{ path: 'cursor', message: 'pass the nextCursor of the previous page unchanged' }]);
}
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const ms = (text: string | null) => (text === null ? null : Date.parse(text));

// Help requests: one case per request from any channel, routed to the post covering the caller's city, its
// timers counted in that post's working time. Officers reach their post's cases (404 otherwise), a citizen
// their own (without the internal notes).
export function createConsularCasesService(deps: { db: Db; clock: Clock; audit: AuditService; posts: Pick<ConsularPostsService, 'desk' | 'ready'>; officers: OfficerDirectory }) {
  const { db, clock, audit, posts, officers } = deps;

  /** 422 at `path` unless `userId` is an officer of the case's post. */
  async function officerOf(postId: string, userId: number, path: string) {
    if (!(await officers(postId)).some((o) => o.id === userId)) throw new Unprocessable('not an officer of this post', [{ path, message: `user ${userId} is not an officer of ${postId}` }]);
  }
  // Every write runs in one short transaction that needs the posts (routing, working time): the country codes
  // are loaded before it opens (on SQLite a transaction holds the one connection), the posts' desk is checked
  // inside it, from the process's cache. Every separate statement waits its turn for SQLite's one connection
  // behind all the others under load: a request makes as few as it can.
  const transaction = async <T>(work: (trx: DbExecutor, desk: PostDesk) => Promise<T>): Promise<T> => {
    await posts.ready();
    return db.transaction().execute(async (trx) => work(trx, await posts.desk(trx)));
  };

  async function present(trx: DbExecutor, desk: PostDesk, rows: Selectable<ConsularCasesTable>[], forCitizen: boolean): Promise<Case[]> {
    const messages = await listCaseMessages(trx, rows.map((r) => Number(r.id)));
    const now = clock().getTime();
    const schedules = new Map<string, WorkingSchedule>();
    for (const postId of new Set(rows.map((r) => r.post_id))) schedules.set(postId, await desk.schedule(postId, now));
    const toMessage = (m: Selectable<ConsularCaseMessagesTable>) => ({ id: Number(m.id), kind: m.kind, body: m.body, author: m.author_label, createdAt: m.created_at });
    // The post's local time and whether it is open: once per post, not per case.
    const clocks = new Map([...schedules].map(([postId, s]) => {
      const local = localParts(now, s.timeZone);
      return [postId, { time: `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`, open: isOpenAt(now, s) }];
    }));
    return rows.map((r) => {
      const s = schedules.get(r.post_id)!;
      const local = clocks.get(r.post_id)!;
      const timer = (due: string | null, met: string | null) => {
        const state = timerState(ms(due), ms(met), now, s);
        return { due: iso(state.due), metAt: iso(state.metAt), breached: state.breached, workingMinutesLeft: state.workingMinutesLeft };
      };
      return {
        id: Number(r.id),
        postId: r.post_id,
        citizenId: r.citizen_id,
        callerName: r.caller_name,
        callerPhone: r.caller_phone,
        channel: r.channel as Case['channel'],
        topic: r.topic as Case['topic'],
        urgency: r.urgency as Case['urgency'],
        status: r.status as Case['status'],
        assignedTo: r.assigned_to,
        escalation: r.escalated_at !== null ? { to: r.escalated_to, at: r.escalated_at, reason: r.escalation_reason ?? '', automatic: r.escalated_to === null } : null,
        summary: r.summary,
        createdAt: r.created_at,
        firstResponse: timer(r.first_response_due, r.first_response_at),
        resolution: timer(r.resolution_due, r.resolved_at),
        postLocalTime: local.time,
        postOpen: local.open,
        messages: messages.filter((m) => Number(m.case_id) === Number(r.id) && !(forCitizen && m.kind === 'note')).map(toMessage),
      };
    });
  }

  async function open(trx: DbExecutor, desk: PostDesk, actor: Actor, c: { postId: string; citizenId: number | null; callerName: string; callerPhone: string; channel: string; topic: string; urgency: Urgency; summary: string }) {
    const now = clock();
    // The deadlines are counted once, here, in the post's working time; the queue keys follow from them (078).
    const schedule = await desk.schedule(c.postId, now.getTime());
    const due = caseDeadlines(now.getTime(), c.urgency, schedule);
    const row = await insertCase(trx, {
      post_id: c.postId,
      citizen_id: c.citizenId,
      caller_name: c.callerName,
      caller_phone: c.callerPhone,
      channel: c.channel,
      topic: c.topic,
      urgency: c.urgency,
      status: 'new',
      assigned_to: null,
      summary: c.summary,
      first_response_due: iso(due.firstResponse),
      resolution_due: iso(due.resolution),
      first_response_at: null,
      resolved_at: null,
      created_by: actor.userId,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      local_day: localDay(now.getTime(), schedule.timeZone), // the statistics' day (migration 079, ADR 072)
    });
    await audit.record(trx, actor, { action: 'consular.case.open', entityType: 'consular_case', entityId: String(row.id), summary: { postId: c.postId, channel: c.channel, topic: c.topic, urgency: c.urgency } });
    return row;
  }

  /** The case if the actor may reach it, else 404. */
  async function reachable(trx: DbExecutor, actor: Actor, id: number) {
    const row = await findCase(trx, id);
    if (row && actor.role === 'admin') return row;
    if (row && actor.role === 'consular_officer' && row.post_id === actor.postId) return row;
    if (row && actor.role === 'citizen' && actor.userId !== null && row.citizen_id !== null && row.citizen_id === Number((await findCitizenOfUser(trx, actor.userId))?.id)) return row;
    throw new NotFound('case');
  }

  /**
   * Escalates every running case whose timer ran out and that was not escalated for it yet, each audited as the
   * system's. The update is conditional, so two processes sweeping at once escalate a case once.
   */
  async function escalateOverdue(batch = 1000): Promise<number> {
    const now = clock();
    const candidates = await listOverdueCases(db, now.toISOString(), batch);
    const due = candidates.flatMap((c) => {
      const timer = escalationDue({ status: c.status, firstResponseDue: c.first_response_due, firstResponseAt: c.first_response_at, resolutionDue: c.resolution_due, resolvedAt: c.resolved_at, escalatedTo: c.escalated_to, escalatedAt: c.escalated_at, escalationReason: c.escalation_reason }, now.getTime());
      return timer === null ? [] : [{ id: Number(c.id), before: c.escalation_reason, reason: autoEscalationReason(timer) }];
    });
    if (due.length === 0) return 0;
    // One transaction for the batch: a backlog of breached cases is one commit, not one per case.
    let escalated = 0;
    await db.transaction().execute(async (trx) => {
      for (const c of due) {
        if (!(await escalateAutomatically(trx, c.id, c.before, c.reason, now.toISOString()))) continue;
        escalated += 1;
        await audit.record(trx, systemActor('sla'), { action: 'consular.case.escalate', entityType: 'consular_case', entityId: String(c.id), summary: { to: null, reason: c.reason, automatic: true } });
      }
    });
    return escalated;
  }

  return {
    escalateOverdue,

    /** Sweeps overdue cases every `intervalMs` until the returned stop is called (which waits for a sweep in progress). */
    startEscalations(log: { error: (obj: object, msg: string) => void }, intervalMs = 60_000): () => Promise<void> {
      return startPeriodicSweep(escalateOverdue, intervalMs, (error) => log.error({ err: error }, 'consular: the SLA escalation sweep failed; the next one retries'));
    },

    /** An operator logs a call: routed to the post covering the caller's city, linked to the citizen with that phone. */
    async intake(actor: Actor, input: CaseIntake): Promise<Case> {
      return transaction(async (trx, desk) => {
        const postId = routeToPost(desk.coverage, input.hostIso3, input.city);
        if (postId === null) throw new Unprocessable('no post covers this place', [{ path: 'city', message: `no embassy or consulate covers ${input.city} (${input.hostIso3})` }]);
        const citizen = await findCitizenByPhone(trx, postId, input.callerPhone);
        const row = await open(trx, desk, actor, { ...input, postId, citizenId: citizen ? Number(citizen.id) : null });
        return (await present(trx, desk, [row], false))[0];
      });
    },

    /** A registered citizen asks for help on the web; their post is their record's. */
    async ask(actor: Actor, input: CitizenCaseInput): Promise<Case> {
      return transaction(async (trx, desk) => {
        const me = actor.userId === null ? undefined : await findCitizenOfUser(trx, actor.userId);
        if (!me) throw new Conflict('register as a citizen abroad first: your post answers your request');
        const row = await open(trx, desk, actor, { ...input, channel: 'web', postId: me.post_id, citizenId: Number(me.id), callerName: me.full_name, callerPhone: me.phone });
        return (await present(trx, desk, [row], true))[0];
      });
    },

    /**
     * One page of the post's cases in one of the desk's views (an admin's: every post's), most urgent first
     * (urgency, then the nearest deadline), filtered, ordered and paged by the database on the queue keys
     * (migration 078); `nextCursor` continues after the page's last case, null after the last page.
     */
    async list(actor: Actor, view: CaseView, page: { limit: number; cursor?: string }): Promise<CasePage> {
      const after = page.cursor === undefined ? null : decodeCursor(page.cursor);
      // The views show escalations as of now, even between two sweeps of the server's job (an index probe
      // when nothing is due).
      await escalateOverdue();
      const filter: QueueFilter = { postId: actor.role === 'admin' ? null : (actor.postId ?? ''), view, userId: actor.userId, now: clock().toISOString() };
      // The page's reads on one connection, taken once (see `transaction`), without a transaction's cost.
      await posts.ready();
      return db.connection().execute(async (conn) => {
        const desk = await posts.desk(conn);
        const rows = await listQueuePage(conn, filter, page.limit, after);
        const total = await countQueue(conn, filter);
        const shown = rows.slice(0, page.limit);
        const last = shown[shown.length - 1];
        return {
          cases: await present(conn, desk, shown, false),
          nextCursor: rows.length > page.limit && last ? encodeCursor({ rank: last.queue_rank, due: last.next_due, id: Number(last.id) }) : null,
          total,
        };
      });
    },

    async mine(actor: Actor): Promise<Case[]> {
      const me = actor.userId === null ? undefined : await findCitizenOfUser(db, actor.userId);
      return me ? present(db, await posts.desk(), await listCases(db, { citizenId: Number(me.id) }), true) : [];
    },

    async get(actor: Actor, id: number): Promise<Case> {
      const desk = await posts.desk();
      const row = await reachable(db, actor, id);
      return (await present(db, desk, [row], actor.role === 'citizen'))[0];
    },

    /** A reply or an internal note; the first reply stops the first-response timer. A citizen's reply may reopen the case. */
    async message(actor: Actor, id: number, kind: 'reply' | 'note' | 'citizen', body: string): Promise<Case> {
      return transaction(async (trx, desk) => {
        const row = await reachable(trx, actor, id);
        const now = clock().toISOString();
        const patch: Partial<Selectable<ConsularCasesTable>> = { updated_at: now };
        if (kind === 'citizen') {
          const next = statusAfterCitizenReply(row.status as CaseStatus, row.assigned_to !== null);
          if (next === null) throw new Conflict('this case is closed: ask for help again to open a new one');
          patch.status = next;
          if (next !== row.status) patch.resolved_at = null;
        } else if (kind === 'reply' && row.first_response_at === null) patch.first_response_at = now;
        await insertCaseMessage(trx, { case_id: id, kind, body, author_id: actor.userId, author_label: actor.label, created_at: now });
        await updateCase(trx, id, patch);
        await audit.record(trx, actor, { action: `consular.case.${kind}`, entityType: 'consular_case', entityId: String(id), summary: { status: patch.status ?? row.status } });
        return (await present(trx, desk, [(await findCase(trx, id))!], kind === 'citizen'))[0];
      });
    },

    /** An officer moves the case along the flow (and assigns it: to themselves when no one is named). */
    async setStatus(actor: Actor, id: number, status: CaseStatus, assignedTo?: number | null): Promise<Case> {
      // Checked before the transaction: on SQLite it holds the one connection the directory would wait for.
      if (assignedTo !== undefined && assignedTo !== null && assignedTo !== actor.userId) await officerOf((await reachable(db, actor, id)).post_id, assignedTo, 'assignedTo');
      return transaction(async (trx, desk) => {
        const row = await reachable(trx, actor, id);
        if (!officerMayMove(row.status as CaseStatus, status)) throw new Unprocessable(`a ${row.status} case cannot become ${status}`, [{ path: 'status', message: `from ${row.status} a case may not move to ${status}` }]);
        const now = clock().toISOString();
        const assignee = status === 'assigned' ? (assignedTo ?? row.assigned_to ?? actor.userId) : status === 'new' ? null : row.assigned_to;
        await updateCase(trx, id, { status, assigned_to: assignee, updated_at: now, ...(status === 'resolved' && { resolved_at: now }) });
        await audit.record(trx, actor, { action: 'consular.case.status', entityType: 'consular_case', entityId: String(id), summary: { from: row.status, to: status, assignedTo: assignee } });
        return (await present(trx, desk, [(await findCase(trx, id))!], false))[0];
      });
    },

    /** Escalates the case to an officer of its post (a supervisor, the post's head): audited, shown on the case. */
    async escalate(actor: Actor, id: number, to: number, reason: string): Promise<Case> {
      const row = await reachable(db, actor, id);
      await officerOf(row.post_id, to, 'to');
      return transaction(async (trx, desk) => {
        const now = clock().toISOString();
        await updateCase(trx, id, { escalated_to: to, escalated_at: now, escalation_reason: reason, updated_at: now });
        await audit.record(trx, actor, { action: 'consular.case.escalate', entityType: 'consular_case', entityId: String(id), summary: { to, reason } });
        return (await present(trx, desk, [(await findCase(trx, id))!], false))[0];
      });
    },

    officers,
  };
}

export type ConsularCasesService = ReturnType<typeof createConsularCasesService>;
