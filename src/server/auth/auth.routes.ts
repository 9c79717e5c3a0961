import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { LoginRequestSchema, MeSchema } from '../../shared/schemas/auth';
import { OkSchema } from '../../shared/schemas/common';
import { ChangePasswordSchema } from '../../shared/schemas/users';
import { SESSION_COOKIE } from '../http/access';
import type { RoutesPlugin } from '../http/types';

const ALL_ROLES = ['admin', 'coordinator', 'expert', 'researcher', 'consular_officer', 'partner_focal_point', 'citizen'] as const;

export function authRoutes(loginPerMinute: number): RoutesPlugin {
  return (app, { auth, users }) => {
    app.post('/api/auth/login', {
      config: { access: { public: true }, rateLimit: { max: loginPerMinute, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: 'Sign in; sets the session cookie', body: LoginRequestSchema, response: { 200: MeSchema } },
      handler: async (request, reply) => {
        const session = await auth.login(request.actor, request.body.email, request.body.password, {
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        });
        setSessionCookie(request, reply, session.token, session.expiresInSeconds);
        return { user: session.user, csrfToken: session.csrfToken };
      },
    });

    app.post('/api/auth/logout', {
      config: { access: { roles: ALL_ROLES, scope: 'own-account' } },
      schema: { tags: ['auth'], summary: 'Sign out; revokes the session', response: { 200: OkSchema } },
      handler: async (request, reply) => {
        if (request.session) await auth.logout(request.actor, request.session.tokenHash);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    });

    // Limited like sign-in: the current password must not be guessable from a stolen session either.
    app.put('/api/auth/password', {
      config: { access: { roles: ALL_ROLES, scope: 'own-account' }, rateLimit: { max: loginPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Change your own password (with the current one); your other sessions end',
        body: ChangePasswordSchema,
        response: { 204: z.null().describe('changed') },
      },
      handler: async (request, reply) => {
        await users.changeOwnPassword(request.actor, request.body, request.session?.tokenHash);
        return reply.status(204).send(null);
      },
    });

    app.get('/api/auth/me', {
      config: { access: { public: true } },
      schema: { tags: ['auth'], summary: 'The signed-in user and the CSRF token, or null', response: { 200: MeSchema } },
      handler: async (request) => ({ user: request.session?.user ?? null, csrfToken: request.session?.csrfToken ?? null }),
    });
  };
}

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, maxAge: number): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge,
  });
}
