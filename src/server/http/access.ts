import { correlationIdOf } from './correlation-id';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { Role } from '../../shared/schemas/roles';
import { anonymousActor, type Actor } from '../auth/actor';
import type { AuthService, ResolvedSession } from '../auth/auth.service';
import { Forbidden, Unauthorized } from '../errors';

/**
 * Who may call a route, declared beside it: `{ public: true }`, or the roles that may call it and the
 * scope of what they may touch there. The scope is enforced by the service (it answers 404 for a record
 * outside the caller's scope); it is declared here so the route table tells the whole story.
 */
// 'own-records': records the caller created (a researcher's submissions); admins reach all of them.
export type Scope = 'all' | 'own-partner' | 'own-post' | 'own-account' | 'own-records';
export type Access = { public: true } | { roles: readonly Role[]; scope?: Scope };

export interface RouteAccessEntry {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor;
    session: ResolvedSession | undefined;
  }
  interface FastifyInstance {
    routeAccessTable: RouteAccessEntry[];
  }
}

export const SESSION_COOKIE = 'concord_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Records every API route with its access; a route under /api that declares none stops the boot. */
export function installAccessControl(app: FastifyInstance, auth: AuthService): void {
  app.decorate('routeAccessTable', [] as RouteAccessEntry[]);
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('session', undefined);

  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api')) return;
    route.config ??= {};
    const config = route.config as { access?: Access };
    // The API browser's own static files are public by nature.
    if (!config.access && route.url.startsWith('/api/docs')) config.access = { public: true };
    if (!config.access) throw new Error(`route ${String(route.method)} ${route.url} declares no access`);
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      app.routeAccessTable.push({ method, url: route.url, access: config.access });
    }
  });

  // A callback hook, not an async one: an anonymous GET (most requests) is decided without a promise.
  app.addHook('onRequest', (request, _reply, done) => {
    const correlationId = correlationIdOf(request);
    request.actor = anonymousActor(request.id, correlationId);
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return done(refusal(request));
    auth.resolve(token).then((session) => {
      request.session = session;
      const user = session?.user;
      if (user) request.actor = { userId: user.id, label: user.email, role: user.role, partnerId: user.partnerId, postId: user.postId, requestId: request.id, correlationId };
      done(refusal(request));
    }, done);
  });
}

/** Why this request may not go on (cross-site write, missing CSRF token, no session, wrong role), or undefined. */
function refusal(request: FastifyRequest): Error | undefined {
  if (UNSAFE.has(request.method)) {
    const origin = request.headers.origin;
    if (origin && safeHost(origin) !== request.headers.host) return new Forbidden('cross-site request refused', { key: 'cross-site' });
    // A browser sends the cookie by itself; only our own page can read the token to send it back.
    if (request.session && request.headers['x-csrf-token'] !== request.session.csrfToken) return new Forbidden('missing or wrong x-csrf-token header', { key: 'csrf-missing' });
  }
  const access = request.routeOptions.config.access;
  if (!access || 'public' in access) return undefined;
  if (!request.session) return new Unauthorized();
  if (!access.roles.includes(request.session.user.role)) return new Forbidden();
  return undefined;
}

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
