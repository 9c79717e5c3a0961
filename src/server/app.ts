import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from '@fastify/type-provider-zod';
import Fastify, { LogController, type FastifyServerOptions } from 'fastify';
import { authRoutes } from './auth/auth.routes';
import type { Env } from './config/env';
import { installAccessControl } from './http/access';
import { installCorrelationId } from './http/correlation-id';
import { frameworkErrors, installErrorHandler } from './http/error-handler';
import { refuseNulCharacters } from './http/refuse-nul';
import { registerSecurityHeaders } from './http/security-headers';
import { systemRoutes } from './http/system.routes';
import type { App, RoutesPlugin } from './http/types';
import { serverModules } from './modules';
import type { Services } from './services';

export type AppEnv = Pick<Env, 'LOG_LEVEL' | 'LOGIN_RATE_LIMIT_PER_MINUTE' | 'TRUST_PROXY' | 'WEB_DIST'>;

// The platform's routes and every module's (modules/index.ts), in one list: the route-access test walks what they register.
export function moduleRoutes(env: AppEnv): RoutesPlugin[] {
  return [systemRoutes, authRoutes(env.LOGIN_RATE_LIMIT_PER_MINUTE), ...serverModules.flatMap((module) => module.routes)];
}

export async function buildApp(env: AppEnv, services: Services, options: { logger?: FastifyServerOptions['logger'] } = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? {
      level: env.LOG_LEVEL,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
    // Each log line of a request carries its id, always the server's; a caller's own X-Request-Id is kept
    // beside it as the correlation id (http/correlation-id.ts).
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    frameworkErrors,
    trustProxy: env.TRUST_PROXY ? env.TRUST_PROXY.split(',').map((s) => s.trim()) : false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installCorrelationId(app);
  refuseNulCharacters(app);
  // Set before anything can fail, so that error answers carry them too; a callback hook costs no promise.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    done();
  });
  await registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Concord API', version: '0.1.0', description: 'International cooperation against an epidemic' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'concord_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  installAccessControl(app, services.auth);
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  for (const routes of moduleRoutes(env)) routes(app, services);
  // Import jobs a process stored but did not send before it stopped (ADR 063); the queue keeps one per job.
  app.addHook('onReady', () => services.imports.resume());
  // The forecast backtest of the data shown, when no process has stored it (ADR 042, ADR 063).
  app.addHook('onReady', () => services.situation.resumeBacktest());

  await serveWebApp(app, resolve(env.WEB_DIST));
  return app;
}

// The built single-page app, with index.html for every non-API path so deep links work.
async function serveWebApp(app: App, dist: string): Promise<void> {
  const indexPath = resolve(dist, 'index.html');
  const hasWeb = existsSync(indexPath);
  if (hasWeb) await app.register(fastifyStatic, { root: dist, wildcard: false, index: false });
  const index = hasWeb ? readFileSync(indexPath, 'utf8') : null;

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api') || request.method !== 'GET' || /\.[a-z0-9]+$/i.test(path)) {
      return reply.status(404).send({ error: { code: 'not_found', message: `no route ${request.method} ${path}`, details: [] } });
    }
    if (!index) return reply.status(503).type('text/plain').send('The web app is not built: run `npm run build`.');
    return reply.type('text/html').send(index);
  });
}
