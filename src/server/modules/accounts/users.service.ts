import type { SessionUser } from '../../../shared/schemas/auth';
import type { ChangePassword, CreateUser, UpdateUser, User } from '../../../shared/schemas/users';
import type { Role } from '../../../shared/schemas/roles';
import type { Actor } from '../../auth/actor';
import { hashPassword, verifyPassword } from '../../auth/password';
import { revokeUserSessions } from '../../auth/sessions.repo';
import type { Clock } from '../../clock';
import type { Db, UsersTable } from '../../db/types';
import { Conflict, NotFound, Unprocessable } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import type { CountriesService } from '../countries/countries.service';
import { findUserByEmail, findUserById, insertUser, listUsers, updateUser } from './users.repo';

export function toUser(row: Pick<UsersTable, 'email' | 'display_name' | 'role' | 'partner_id' | 'post_id' | 'disabled' | 'created_at'> & { id: number }): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role as Role,
    partnerId: row.partner_id,
    postId: row.post_id,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
  };
}

/** Whether a consular post exists; null while no post is defined yet (a fresh install before its seed). */
export type PostDirectory = (postId: string) => Promise<boolean | null>;

export function createUsersService(deps: { db: Db; clock: Clock; audit: AuditService; countries: CountriesService; postExists?: PostDirectory }) {
  const { db, clock, audit, countries } = deps;
  // A consular officer's post is one of the consular module's posts (it replaced a free-text field).
  async function checkPost(postId: string | null) {
    if (postId && deps.postExists && (await deps.postExists(postId)) === false)
      throw new Unprocessable('unknown post', [{ path: 'postId', message: `no embassy or consulate with id ${postId}` }]);
  }

  /** The role and scope an account has after a patch: scope fields only mean something for their role. */
  async function scopeAfter(before: Pick<UsersTable, 'role' | 'partner_id' | 'post_id'>, patch: UpdateUser) {
    const role = patch.role ?? (before.role as Role);
    const partnerId = role === 'partner_focal_point' ? (patch.partnerId !== undefined ? patch.partnerId : before.partner_id) : null;
    const postId = role === 'consular_officer' ? (patch.postId !== undefined ? patch.postId : before.post_id) : null;
    if (role === 'partner_focal_point' && !partnerId)
      throw new Unprocessable('a partner focal point is scoped to one partner', [{ path: 'partnerId', message: 'a partner focal point is scoped to one partner' }]);
    if (role === 'consular_officer' && !postId)
      throw new Unprocessable('a consular officer is scoped to one embassy or consulate', [{ path: 'postId', message: 'a consular officer is scoped to one embassy or consulate' }]);
    if (partnerId && partnerId !== before.partner_id && !(await countries.partnerExists(partnerId)))
      throw new Unprocessable('unknown partner', [{ path: 'partnerId', message: `no partner with id ${partnerId}` }], { key: 'accounts.unknown-partner' });
    if (postId !== before.post_id) await checkPost(postId);
    return { role, partnerId, postId };
  }

  return {
    /** The row sign-in checks a password against (auth reaches the users table only through here). */
    async credentialsByEmail(email: string) {
      const row = await findUserByEmail(db, email);
      if (!row) return undefined;
      const user: SessionUser = {
        id: row.id,
        email: row.email,
        displayName: row.display_name,
        role: row.role as Role,
        partnerId: row.partner_id,
        postId: row.post_id,
      };
      return { user, passwordHash: row.password_hash, disabled: row.disabled === 1 };
    },

    async list(): Promise<User[]> {
      return (await listUsers(db)).map(toUser);
    },

    async create(actor: Actor, input: CreateUser): Promise<User> {
      // Scope fields only mean something for the role that is scoped by them.
      const partnerId = input.role === 'partner_focal_point' ? input.partnerId : null;
      const postId = input.role === 'consular_officer' ? input.postId : null;
      if (partnerId && !(await countries.partnerExists(partnerId)))
        throw new Unprocessable('unknown partner', [{ path: 'partnerId', message: `no partner with id ${partnerId}` }], { key: 'accounts.unknown-partner' });
      await checkPost(postId);
      const passwordHash = await hashPassword(input.password);
      const now = clock().toISOString();
      return db.transaction().execute(async (trx) => {
        if (await findUserByEmail(trx, input.email))
          throw new Conflict('an account with this email exists', [{ path: 'email', message: 'already taken' }], { key: 'accounts.email-taken' });
        const id = await insertUser(trx, {
          email: input.email,
          display_name: input.displayName,
          role: input.role,
          password_hash: passwordHash,
          partner_id: partnerId,
          post_id: postId,
          disabled: 0,
          created_at: now,
          updated_at: now,
        });
        await audit.record(trx, actor, {
          action: 'user.create',
          entityType: 'user',
          entityId: id,
          summary: { email: input.email, role: input.role, partnerId, postId },
        });
        const row = await findUserById(trx, id);
        if (!row) throw new NotFound('user');
        return toUser(row);
      });
    },

    async update(actor: Actor, id: number, patch: UpdateUser): Promise<User> {
      // An admin cannot lock themself out (and so cannot leave the agency without any admin).
      if (patch.disabled && actor.userId === id) throw new Conflict('you cannot disable your own account', [{ path: 'disabled', message: 'ask another admin' }], { key: 'accounts.disable-self' });
      if (patch.role !== undefined && patch.role !== 'admin' && actor.userId === id)
        throw new Conflict('you cannot take the admin role from your own account', [{ path: 'role', message: 'ask another admin' }], { key: 'accounts.demote-self' });
      const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
      const now = clock().toISOString();
      // The partner check reads another module outside the transaction (SQLite has one writer connection).
      const current = await findUserById(db, id);
      if (!current) throw new NotFound('user');
      const scope = await scopeAfter(current, patch);
      return db.transaction().execute(async (trx) => {
        const before = await findUserById(trx, id);
        if (!before) throw new NotFound('user');
        await updateUser(trx, id, {
          ...(patch.displayName !== undefined && { display_name: patch.displayName }),
          ...(patch.disabled !== undefined && { disabled: patch.disabled ? 1 : 0 }),
          ...(passwordHash && { password_hash: passwordHash }),
          role: scope.role,
          partner_id: scope.partnerId,
          post_id: scope.postId,
          updated_at: now,
        });
        // Disabling an account or changing its password ends every session it has.
        if (patch.disabled || passwordHash) await revokeUserSessions(trx, id, now);
        await audit.record(trx, actor, {
          action: 'user.update',
          entityType: 'user',
          entityId: id,
          summary: {
            ...(patch.displayName !== undefined && { displayName: [before.display_name, patch.displayName] }),
            ...(patch.disabled !== undefined && { disabled: [before.disabled === 1, patch.disabled] }),
            ...(passwordHash && { passwordChanged: true }),
            ...(before.role !== scope.role && { role: [before.role, scope.role] }),
            ...(before.partner_id !== scope.partnerId && { partnerId: [before.partner_id, scope.partnerId] }),
            ...(before.post_id !== scope.postId && { postId: [before.post_id, scope.postId] }),
          },
        });
        const row = await findUserById(trx, id);
        if (!row) throw new NotFound('user');
        return toUser(row);
      });
    },

    /**
     * A signed-in user's own new password, proven by the current one. A wrong current password changes
     * nothing; a right one ends every other session of the account (the one that asked stays signed in).
     */
    async changeOwnPassword(actor: Actor, input: ChangePassword, keepSessionHash: string | undefined): Promise<void> {
      if (actor.userId === null) throw new NotFound('user');
      const row = await findUserById(db, actor.userId);
      if (!row || row.disabled === 1) throw new NotFound('user');
      if (!(await verifyPassword(row.password_hash, input.currentPassword))) {
        await audit.record(db, actor, { action: 'user.password_change_failed', entityType: 'user', entityId: row.id, summary: {} });
        throw new Unprocessable('the current password is not right', [{ path: 'currentPassword', message: 'the current password is not right' }], { key: 'accounts.wrong-password' });
      }
      const passwordHash = await hashPassword(input.newPassword);
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateUser(trx, row.id, { password_hash: passwordHash, updated_at: now });
        await revokeUserSessions(trx, row.id, now, keepSessionHash);
        await audit.record(trx, actor, { action: 'user.password_change', entityType: 'user', entityId: row.id, summary: { otherSessionsEnded: true } });
      });
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
