import { canTransition, RequestInputSchema, type AidRequest, type RequestInput, type RequestStatus, type StatusChange } from '../../../shared/schemas/aid';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db, DbExecutor } from '../../db/types';
import { Conflict, Forbidden, NotFound, Unprocessable } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import type { CountriesService } from '../countries/countries.service';
import type { AidRequestsTable } from './aid.tables';
import { actsAs, requirePartnerScope } from './aid-access';
import {
  allocatedByRequest,
  findRequest,
  insertComment,
  insertRequest,
  listComments,
  listItems,
  listLines,
  listRequests,
  replaceLines,
  updateRequest,
} from './aid.repo';

type RequestRow = Omit<AidRequestsTable, 'id'> & { id: number };

/** Requests with their lines (and what batches allocated to each), and their comments. */
export async function loadRequests(db: DbExecutor, rows: RequestRow[]): Promise<AidRequest[]> {
  const ids = rows.map((r) => r.id);
  const [lines, comments, allocated] = await Promise.all([listLines(db, ids), listComments(db, ids), allocatedByRequest(db, ids)]);
  const given = new Map(allocated.map((a) => [`${a.request_id}:${a.item_id}`, Number(a.quantity)]));
  return rows.map((r) => ({
    id: r.id,
    partnerId: r.partner_id,
    status: r.status as RequestStatus,
    neededBy: r.needed_by,
    justification: r.justification,
    lines: lines
      .filter((l) => l.request_id === r.id)
      .map((l) => ({ item: l.item_id, quantity: Number(l.quantity), allocated: given.get(`${r.id}:${l.item_id}`) ?? 0 })),
    comments: comments
      .filter((c) => c.request_id === r.id)
      .map((c) => ({ id: c.id, authorLabel: c.author_label, body: c.body, createdAt: c.created_at })),
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export function createAidRequestsService(deps: { db: Db; clock: Clock; audit: AuditService; countries: CountriesService }) {
  const { db, clock, audit, countries } = deps;

  async function requireRequest(trx: DbExecutor, actor: Actor, id: number): Promise<RequestRow> {
    const row = await findRequest(trx, id);
    if (!row) throw new NotFound('request');
    requirePartnerScope(actor, row.partner_id);
    return row;
  }

  async function checkItems(trx: DbExecutor, input: RequestInput): Promise<void> {
    const known = new Set((await listItems(trx)).map((i) => i.id));
    const details = input.lines.flatMap((l, k) => (known.has(l.item) ? [] : [{ path: `lines[${k}].item`, message: `no catalogue item ${l.item}` }]));
    if (details.length > 0) throw new Unprocessable('unknown items', details);
  }

  const one = async (trx: DbExecutor, id: number) => (await loadRequests(trx, [(await findRequest(trx, id))!]))[0]!;

  return {
    /** Every request, for coordinators; optionally only some statuses. */
    async listAll(statuses?: readonly RequestStatus[]): Promise<AidRequest[]> {
      return loadRequests(db, await listRequests(db, { statuses }));
    },

    async listForPartner(actor: Actor, partnerId: string): Promise<AidRequest[]> {
      requirePartnerScope(actor, partnerId);
      if (!(await countries.partnerExists(partnerId))) throw new NotFound('partner');
      return loadRequests(db, await listRequests(db, { partnerId }));
    },

    async get(actor: Actor, id: number): Promise<AidRequest> {
      const row = await requireRequest(db, actor, id);
      return (await loadRequests(db, [row]))[0]!;
    },

    async create(actor: Actor, partnerId: string, raw: RequestInput): Promise<AidRequest> {
      requirePartnerScope(actor, partnerId);
      if (!(await countries.partnerExists(partnerId))) throw new NotFound('partner');
      const input = RequestInputSchema.parse(raw);
      const now = clock().toISOString();
      return db.transaction().execute(async (trx) => {
        await checkItems(trx, input);
        const status: RequestStatus = input.submit ? 'submitted' : 'draft';
        const id = await insertRequest(trx, {
          partner_id: partnerId,
          status,
          needed_by: input.neededBy,
          justification: input.justification,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        });
        await replaceLines(trx, id, input.lines);
        await audit.record(trx, actor, { action: 'aid.request.create', entityType: 'aid_request', entityId: id, summary: { partnerId, status, lines: input.lines.length } });
        return one(trx, id);
      });
    },

    /** Edits a draft (its own partner's, or any for a coordinator); `submit` files it. */
    async update(actor: Actor, id: number, raw: RequestInput): Promise<AidRequest> {
      const input = RequestInputSchema.parse(raw);
      return db.transaction().execute(async (trx) => {
        const row = await requireRequest(trx, actor, id);
        if (row.status !== 'draft') throw new Conflict(`only a draft can be edited; this request is ${row.status}`, [{ path: 'status', message: row.status }], { key: 'aid.draft-only' });
        await checkItems(trx, input);
        const status: RequestStatus = input.submit ? 'submitted' : 'draft';
        await updateRequest(trx, id, { needed_by: input.neededBy, justification: input.justification, status, updated_at: clock().toISOString() });
        await replaceLines(trx, id, input.lines);
        await audit.record(trx, actor, { action: 'aid.request.update', entityType: 'aid_request', entityId: id, summary: { status: [row.status, status], lines: input.lines.length } });
        return one(trx, id);
      });
    },

    async changeStatus(actor: Actor, id: number, change: StatusChange): Promise<AidRequest> {
      return db.transaction().execute(async (trx) => {
        const row = await requireRequest(trx, actor, id);
        const from = row.status as RequestStatus;
        if (!canTransition(from, change.status, actsAs(actor))) {
          throw new Conflict(`a request cannot go from ${from} to ${change.status} by a ${actsAs(actor)}`, [{ path: 'status', message: `not allowed from ${from}` }], { key: 'aid.transition' });
        }
        const now = clock().toISOString();
        await updateRequest(trx, id, { status: change.status, updated_at: now });
        if (change.comment) await insertComment(trx, { request_id: id, author_id: actor.userId, author_label: actor.label, body: change.comment, created_at: now });
        await audit.record(trx, actor, { action: 'aid.request.status', entityType: 'aid_request', entityId: id, summary: { status: [from, change.status], ...(change.comment && { comment: true }) } });
        return one(trx, id);
      });
    },

    async comment(actor: Actor, id: number, body: string): Promise<AidRequest> {
      if (actor.role !== 'coordinator' && actor.role !== 'admin' && actor.role !== 'partner_focal_point') throw new Forbidden();
      return db.transaction().execute(async (trx) => {
        await requireRequest(trx, actor, id);
        await insertComment(trx, { request_id: id, author_id: actor.userId, author_label: actor.label, body, created_at: clock().toISOString() });
        await audit.record(trx, actor, { action: 'aid.request.comment', entityType: 'aid_request', entityId: id, summary: { length: body.length } });
        return one(trx, id);
      });
    },
  };
}

export type AidRequestsService = ReturnType<typeof createAidRequestsService>;
