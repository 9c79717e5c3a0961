import { createHash, randomBytes } from 'node:crypto';
import type { SessionUser } from '../../shared/schemas/auth';
import type { Role } from '../../shared/schemas/roles';
import type { Clock } from '../clock';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import type { AuditService } from '../modules/audit/audit.service';
import type { UsersService } from '../modules/accounts/users.service';
import type { Actor } from './actor';
import { dummyPasswordHash, verifyPassword } from './password';
import { findLiveSession, insertSession, revokeSession } from './sessions.repo';

export interface ResolvedSession {
  user: SessionUser;
  csrfToken: string;
  tokenHash: string;
}

// The cookie carries a random token; the database keeps only its hash, so a leaked table opens no session.
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function createAuthService(deps: { db: Db; clock: Clock; audit: AuditService; users: Pick<UsersService, 'credentialsByEmail'>; sessionTtlHours: number }) {
  const { db, clock, audit, users, sessionTtlHours } = deps;

  return {
    async login(actor: Actor, email: string, password: string, meta: { ip: string | null; userAgent: string | null }) {
      const found = await users.credentialsByEmail(email);
      const ok = found ? await verifyPassword(found.passwordHash, password) : await verifyPassword(await dummyPasswordHash(), password);
      if (!found || !ok || found.disabled) {
        await audit.record(db, actor, { action: 'auth.login_failed', entityType: 'user', entityId: found?.user.id ?? email, summary: { email } });
        throw new AppError(401, 'unauthorized', 'wrong email or password', [], { key: 'wrong-credentials' });
      }
      const user = found.user;
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      const now = clock();
      await db.transaction().execute(async (trx) => {
        await insertSession(trx, {
          id_hash: hashToken(token),
          user_id: user.id,
          csrf_token: csrfToken,
          created_at: now.toISOString(),
          expires_at: new Date(now.getTime() + sessionTtlHours * 3_600_000).toISOString(),
          revoked_at: null,
          ip: meta.ip,
          user_agent: meta.userAgent?.slice(0, 300) ?? null,
        });
        await audit.record(trx, { ...actor, userId: user.id, label: user.email }, {
          action: 'auth.login',
          entityType: 'session',
          entityId: user.id,
          summary: { ip: meta.ip },
        });
      });
      return { token, csrfToken, user, expiresInSeconds: sessionTtlHours * 3600 };
    },

    async resolve(token: string): Promise<ResolvedSession | undefined> {
      const tokenHash = hashToken(token);
      const row = await findLiveSession(db, tokenHash, clock().toISOString());
      if (!row) return undefined;
      return {
        tokenHash,
        csrfToken: row.csrf_token,
        user: {
          id: row.user_id,
          email: row.email,
          displayName: row.display_name,
          role: row.role as Role,
          partnerId: row.partner_id,
          postId: row.post_id,
        },
      };
    },

    async logout(actor: Actor, tokenHash: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await revokeSession(trx, tokenHash, clock().toISOString());
        await audit.record(trx, actor, { action: 'auth.logout', entityType: 'session', entityId: actor.userId ?? 'unknown', summary: {} });
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
