import type { SessionUser } from '../../../shared/schemas/auth';
import type { CreateUser, UpdateUser, User } from '../../../shared/schemas/users';
import type { Role } from '../../../shared/schemas/roles';
import type { Actor } from '../../auth/actor';
import { hashPassword } from '../../auth/password';
import { revokeUserSessions } from '../../auth/sessions.repo';
import type { Clock } from '../../clock';
import type { Db, UsersTable } from '../../db/types';
import { Conflict, NotFound, ValidationFailed } from '../../errors';
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

export function createUsersService(deps: { db: Db; clock: Clock; audit: AuditService; countries: CountriesService }) {
  const { db, clock, audit, countries } = deps;

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
        throw new ValidationFailed('unknown partner', [{ path: 'partnerId', message: `no partner with id ${partnerId}` }]);
      const passwordHash = await hashPassword(input.password);
      const now = clock().toISOString();
      return db.transaction().execute(async (trx) => {
        if (await findUserByEmail(trx, input.email))
          throw new Conflict('an account with this email exists', [{ path: 'email', message: 'already taken' }]);
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
      if (patch.disabled && actor.userId === id) throw new Conflict('you cannot disable your own account', [{ path: 'disabled', message: 'ask another admin' }]);
      const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
      const now = clock().toISOString();
      return db.transaction().execute(async (trx) => {
        const before = await findUserById(trx, id);
        if (!before) throw new NotFound('user');
        await updateUser(trx, id, {
          ...(patch.displayName !== undefined && { display_name: patch.displayName }),
          ...(patch.disabled !== undefined && { disabled: patch.disabled ? 1 : 0 }),
          ...(passwordHash && { password_hash: passwordHash }),
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
          },
        });
        const row = await findUserById(trx, id);
        if (!row) throw new NotFound('user');
        return toUser(row);
      });
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
