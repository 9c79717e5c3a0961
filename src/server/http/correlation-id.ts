import type { FastifyRequest } from 'fastify';
import type { App } from './types';

// A caller may send X-Request-Id to follow its request across systems. It is never the request's own id
// (app.ts makes every request id): it is kept beside it as the correlation id, in the log lines of the
// request, the audit records it writes (audit_log.correlation_id) and the X-Correlation-Id answer header.

const CORRELATION_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The caller's X-Request-Id when it is a plain token of at most 64 characters; null otherwise. */
export function correlationIdOf(request: Pick<FastifyRequest, 'headers'>): string | null {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && CORRELATION_ID.test(given) ? given : null;
}

export function installCorrelationId(app: App): void {
  app.addHook('onRequest', (request, reply, done) => {
    const id = correlationIdOf(request);
    if (id !== null) {
      reply.header('x-correlation-id', id);
      request.log = request.log.child({ correlationId: id });
    }
    done();
  });
}
