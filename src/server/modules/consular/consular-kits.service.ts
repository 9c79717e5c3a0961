import { z } from 'zod';
import type { KitOverview } from '../../../shared/schemas/consular-kits';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db, DbExecutor } from '../../db/types';
import { Conflict, NotFound, Unprocessable } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import { findCitizen, findPost } from './consular.repo';
import {
  addStock,
  confirmHandover,
  findAllocation,
  findAllocationOf,
  findKitType,
  findRound,
  insertAllocation,
  insertRound,
  listAllocations,
  listKitTypes,
  listRounds,
  listStock,
  takeOneKit,
} from './consular-kits.repo';

/** A unique-constraint violation, as each driver reports it. */
const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: string };
  return e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE';
};

// Health kits for students abroad: stock per post, rounds, one kit per person per round. Stock never goes
// negative: each allocation takes its kit with one guarded UPDATE (and a check constraint stands behind it);
// the unique (round, citizen) constraint refuses a second kit in a round even from another process.
export function createConsularKitsService(deps: { db: Db; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;

  async function postOf(trx: DbExecutor, actor: Actor, requested: string | undefined): Promise<string> {
    const postId = actor.role === 'consular_officer' ? actor.postId : requested;
    if (!postId || !(await findPost(trx, postId))) throw new Unprocessable('name the post', [{ path: 'postId', message: postId ? `no post ${postId}` : 'choose a post' }]);
    return postId;
  }
  async function kitType(trx: DbExecutor, id: string) {
    if (!(await findKitType(trx, id))) throw new Unprocessable('unknown kit type', [{ path: 'kitTypeId', message: `no kit type ${id}` }]);
  }
  async function reachableRound(trx: DbExecutor, actor: Actor, id: number) {
    const round = await findRound(trx, id);
    if (!round || (actor.role === 'consular_officer' && round.post_id !== actor.postId)) throw new NotFound('round');
    return round;
  }

  return {
    async overview(actor: Actor): Promise<KitOverview> {
      const postId = actor.role === 'consular_officer' ? (actor.postId ?? '') : null;
      const [types, stock, rounds] = await Promise.all([listKitTypes(db), listStock(db, postId), listRounds(db, postId)]);
      const allocations = await listAllocations(db, rounds.map((r) => Number(r.id)));
      return {
        types: types.map((k) => ({ id: k.id, nameEn: k.name_en, nameZh: k.name_zh, contents: z.array(z.string()).parse(JSON.parse(k.contents)) })),
        stock: stock.map((s) => ({ postId: s.post_id, kitTypeId: s.kit_type_id, quantity: s.quantity })),
        rounds: rounds.map((r) => ({
          id: Number(r.id),
          postId: r.post_id,
          kitTypeId: r.kit_type_id,
          name: r.name,
          studentsOnly: r.students_only === 1,
          createdAt: r.created_at,
          allocations: allocations
            .filter((a) => Number(a.round_id) === Number(r.id))
            .map((a) => ({ id: Number(a.id), citizenId: Number(a.citizen_id), fullName: a.full_name, status: a.status, allocatedAt: a.allocated_at, handedOverAt: a.handed_over_at })),
        })),
      };
    },

    async receive(actor: Actor, input: { postId?: string | undefined; kitTypeId: string; received: number }): Promise<KitOverview> {
      await db.transaction().execute(async (trx) => {
        const postId = await postOf(trx, actor, input.postId);
        await kitType(trx, input.kitTypeId);
        await addStock(trx, postId, input.kitTypeId, input.received, clock().toISOString());
        await audit.record(trx, actor, { action: 'consular.kits.receive', entityType: 'consular_kit_stock', entityId: `${postId}:${input.kitTypeId}`, summary: { received: input.received } });
      });
      return this.overview(actor);
    },

    async openRound(actor: Actor, input: { postId?: string | undefined; kitTypeId: string; name: string; studentsOnly: boolean }): Promise<KitOverview> {
      await db.transaction().execute(async (trx) => {
        const postId = await postOf(trx, actor, input.postId);
        await kitType(trx, input.kitTypeId);
        const id = await insertRound(trx, { post_id: postId, kit_type_id: input.kitTypeId, name: input.name, students_only: input.studentsOnly ? 1 : 0, created_by: actor.userId, created_at: clock().toISOString() });
        await audit.record(trx, actor, { action: 'consular.kits.round', entityType: 'consular_kit_round', entityId: String(id), summary: { postId, kitTypeId: input.kitTypeId, name: input.name } });
      });
      return this.overview(actor);
    },

    /** One kit to one citizen of the round's post: 409 when they already have this round's, or none is left. */
    async allocate(actor: Actor, roundId: number, citizenId: number): Promise<KitOverview> {
      const round = await reachableRound(db, actor, roundId);
      const citizen = await findCitizen(db, citizenId);
      if (!citizen || citizen.post_id !== round.post_id) throw new Unprocessable('this citizen is not registered with the round’s post', [{ path: 'citizenId', message: `no citizen ${citizenId} at ${round.post_id}` }]);
      if (round.students_only === 1 && citizen.status !== 'student') throw new Unprocessable('this round is for students', [{ path: 'citizenId', message: 'only students receive a kit in this round' }]);
      try {
        await db.transaction().execute(async (trx) => {
          const now = clock().toISOString();
          if (!(await takeOneKit(trx, round.post_id, round.kit_type_id, now))) throw new Conflict('no kit of this type is left at the post');
          if (await findAllocationOf(trx, roundId, citizenId)) throw new Conflict('this person already has a kit from this round');
          const id = await insertAllocation(trx, { round_id: roundId, citizen_id: citizenId, status: 'allocated', allocated_by: actor.userId, allocated_at: now, handed_over_at: null });
          await audit.record(trx, actor, { action: 'consular.kits.allocate', entityType: 'consular_kit_allocation', entityId: String(id), summary: { roundId, citizenId } });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new Conflict('this person already has a kit from this round');
        throw error;
      }
      return this.overview(actor);
    },

    /** The kit was picked up or delivered. */
    async handOver(actor: Actor, roundId: number, allocationId: number, status: 'picked_up' | 'delivered'): Promise<KitOverview> {
      await db.transaction().execute(async (trx) => {
        await reachableRound(trx, actor, roundId);
        const allocation = await findAllocation(trx, roundId, allocationId);
        if (!allocation) throw new NotFound('allocation');
        if (allocation.status !== 'allocated') throw new Conflict(`this kit was already ${allocation.status.replace('_', ' ')}`);
        await confirmHandover(trx, allocationId, status, clock().toISOString());
        await audit.record(trx, actor, { action: 'consular.kits.handover', entityType: 'consular_kit_allocation', entityId: String(allocationId), summary: { status } });
      });
      return this.overview(actor);
    },
  };
}

export type ConsularKitsService = ReturnType<typeof createConsularKitsService>;
