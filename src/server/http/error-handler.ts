import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from '@fastify/type-provider-zod';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from '../../shared/schemas/errors';
import { AppError } from '../errors';

type Body = ApiError['error'];

// Every error leaves the API in one shape: { error: { code, message, details } }.
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const send = (status: number, body: Body) => reply.status(status).send({ error: body });

    if (err instanceof AppError) return send(err.status, { code: err.code, message: err.message, details: err.details, ...err.reason });

    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const details = err.validation.map((v) => ({
        path: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'invalid value',
        ...machineReadable(v.keyword, v.params),
      }));
      return send(400, { code: 'validation_failed', message: `the ${where} does not match what this route expects`, details });
    }

    if (isResponseSerializationError(err)) {
      request.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
      return send(500, { code: 'internal', message: 'internal error', details: [], key: 'internal' });
    }

    const status = err.statusCode ?? 500;
    if (status === 413 || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return send(413, { code: 'payload_too_large', message: 'the request body is larger than this route accepts', details: [], key: 'payload-too-large' });
    if (status === 429) return send(429, { code: 'rate_limited', message: 'too many attempts: wait a minute and try again', details: [], key: 'rate-limited' });
    if (status >= 400 && status < 500) return send(status, { code: 'bad_request', message: err.message, details: [] });

    request.log.error({ err }, 'unhandled error');
    return send(500, { code: 'internal', message: 'internal error', details: [], key: 'internal' });
  });
}

/** The parts of a zod issue a client needs to word the problem itself: its code and the bound or format it missed. */
function machineReadable(code: string, params: Record<string, unknown>) {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : typeof value === 'bigint' ? Number(value) : undefined);
  const out: { code: string; format?: string; origin?: string; minimum?: number; maximum?: number } = { code };
  const format = text(params.format);
  const origin = text(params.origin);
  const minimum = num(params.minimum);
  const maximum = num(params.maximum);
  if (format) out.format = format;
  if (origin) out.origin = origin;
  if (minimum !== undefined) out.minimum = minimum;
  if (maximum !== undefined) out.maximum = maximum;
  return out;
}

/**
 * Refusals Fastify makes before any route or hook runs (a path parameter over its length, 414; a malformed URL,
 * 400): the same shape as every other error, not Fastify's own `{ error: 'Bad Request' }`.
 */
export function frameworkErrors(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = err.statusCode ?? 400;
  const code = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'uri_too_long' : 'bad_request';
  const message = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'a path parameter is longer than any this API accepts' : 'the URL is malformed';
  void reply.header('x-request-id', request.id).status(status).send({ error: { code, message, details: [] } });
}
