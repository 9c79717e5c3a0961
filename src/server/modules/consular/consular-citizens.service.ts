import type { Selectable } from 'kysely';
import { routeToPost } from '../../../core/consular/route-to-post';
import type { Citizen, CitizenInput } from '../../../shared/schemas/consular';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db, DbExecutor } from '../../db/types';
import { Conflict, NotFound, Unprocessable } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import { findCitizen, findCitizenOfUser, insertCitizen, listCitizens, listPosts, updateCitizen } from './consular.repo';
import type { ConsularCitizensTable } from './consular.tables';
import { ANONYMISED_PASSPORT, type PassportCipher } from './passport-cipher';
import { toPostInput } from './consular-posts.service';

// Citizens abroad. Officers reach only their own post's people (404 otherwise, as for a record that does not
// exist); a citizen reaches only their own record; admins reach all. Every read is written to the audit log.
export function createConsularCitizensService(deps: { db: Db; clock: Clock; audit: AuditService; cipher: () => PassportCipher }) {
  const { db, clock, audit, cipher } = deps;

  const toCitizen = (r: Selectable<ConsularCitizensTable>): Citizen => ({
    id: Number(r.id),
    postId: r.post_id,
    fullName: r.full_name,
    dateOfBirth: r.date_of_birth,
    passportNumber: r.passport_encrypted === ANONYMISED_PASSPORT ? 'ANONYMISED' : cipher().decrypt(r.passport_encrypted),
    status: r.status as Citizen['status'],
    school: r.school,
    programme: r.programme,
    guardianContact: r.guardian_contact,
    hostIso3: r.host_iso3,
    city: r.city,
    phone: r.phone,
    email: r.email,
    messagingHandle: r.messaging_handle,
    consentAt: r.consent_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

  /** The post covering the citizen's city; 422 at hostIso3/city when none does, or it is not the officer's. */
  async function postFor(trx: DbExecutor, actor: Actor, input: CitizenInput): Promise<string> {
    const posts = (await listPosts(trx)).map((p) => ({ id: p.id, ...toPostInput(p) }));
    const postId = routeToPost(posts, input.hostIso3, input.city);
    if (postId === null) throw new Unprocessable('no post covers this place', [{ path: 'city', message: `no embassy or consulate covers ${input.city} (${input.hostIso3})` }]);
    if (actor.role === 'consular_officer' && postId !== actor.postId) {
      throw new Unprocessable('this citizen belongs to another post', [{ path: 'city', message: `${input.city} is covered by ${postId}, not by your post` }]);
    }
    return postId;
  }

  const columns = (input: CitizenInput, postId: string) => ({
    post_id: postId,
    full_name: input.fullName,
    date_of_birth: input.dateOfBirth,
    passport_encrypted: cipher().encrypt(input.passportNumber),
    status: input.status,
    school: input.school,
    programme: input.programme,
    guardian_contact: input.guardianContact,
    host_iso3: input.hostIso3,
    city: input.city,
    phone: input.phone,
    email: input.email,
    messaging_handle: input.messagingHandle,
  });

  /** The record if the actor may see it, else 404 (never telling whether it exists). */
  async function reachable(trx: DbExecutor, actor: Actor, id: number) {
    const row = await findCitizen(trx, id);
    const allowed = row && (actor.role === 'admin' || (actor.role === 'consular_officer' && row.post_id === actor.postId) || (actor.role === 'citizen' && row.user_id === actor.userId));
    if (!allowed) throw new NotFound('citizen');
    return row;
  }

  const audited = async (trx: DbExecutor, actor: Actor, action: string, row: { id: number; post_id: string }) =>
    audit.record(trx, actor, { action, entityType: 'consular_citizen', entityId: String(row.id), summary: { postId: row.post_id } });

  return {
    /** A citizen registers themselves (once), an officer registers someone in their post's district, an admin anyone. */
    async register(actor: Actor, input: CitizenInput): Promise<Citizen> {
      const now = clock().toISOString();
      return db.transaction().execute(async (trx) => {
        const own = actor.role === 'citizen' ? actor.userId : null;
        if (own !== null && (await findCitizenOfUser(trx, own))) throw new Conflict('you are already registered: correct your record instead');
        const postId = await postFor(trx, actor, input);
        const id = await insertCitizen(trx, { ...columns(input, postId), user_id: own, consent_at: now, created_by: actor.userId, created_at: now, updated_at: now });
        await audited(trx, actor, 'consular.citizen.register', { id, post_id: postId });
        return toCitizen((await findCitizen(trx, id))!);
      });
    },

    async get(actor: Actor, id: number): Promise<Citizen> {
      return db.transaction().execute(async (trx) => {
        const row = await reachable(trx, actor, id);
        await audited(trx, actor, 'consular.citizen.read', row);
        return toCitizen(row);
      });
    },

    /** An officer's post's citizens (an admin's: all); each record listed is a read, so each is audited. */
    async list(actor: Actor): Promise<Citizen[]> {
      return db.transaction().execute(async (trx) => {
        const rows = await listCitizens(trx, actor.role === 'admin' ? null : (actor.postId ?? ''));
        for (const row of rows) await audited(trx, actor, 'consular.citizen.read', row);
        return rows.map(toCitizen);
      });
    },

    /** The signed-in citizen's own record (404 before they register). */
    async mine(actor: Actor): Promise<Citizen> {
      return db.transaction().execute(async (trx) => {
        const row = actor.userId === null ? undefined : await findCitizenOfUser(trx, actor.userId);
        if (!row) throw new NotFound('registration');
        await audited(trx, actor, 'consular.citizen.read', row);
        return toCitizen(row);
      });
    },

    /** Corrects a record the actor may reach; a move to another city may move it to another post. */
    async update(actor: Actor, id: number, input: CitizenInput): Promise<Citizen> {
      return db.transaction().execute(async (trx) => {
        await reachable(trx, actor, id);
        const postId = await postFor(trx, actor, input);
        await updateCitizen(trx, id, { ...columns(input, postId), updated_at: clock().toISOString() });
        await audited(trx, actor, 'consular.citizen.update', { id, post_id: postId });
        return toCitizen((await findCitizen(trx, id))!);
      });
    },
  };
}

export type ConsularCitizensService = ReturnType<typeof createConsularCitizensService>;
