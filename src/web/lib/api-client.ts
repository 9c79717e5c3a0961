import type { z } from 'zod';
import { ApiErrorSchema, type ApiError, type ErrorDetail } from '../../shared/schemas/errors';

// The one way the web app talks to the server: JSON in, JSON out, every answer checked against the
// shared zod schema, every failure thrown as an ApiRequestError carrying the server's error body.

export type ApiErrorBody = ApiError['error'];

/** Why a request failed: the server said no (`api`), it could not be reached, or it answered in an unexpected shape. */
export type ApiFailureKind = 'api' | 'network' | 'invalid_response';

export class ApiRequestError extends Error {
  readonly status: number;
  readonly kind: ApiFailureKind;
  readonly error: ApiErrorBody;

  constructor(status: number, error: ApiErrorBody, kind: ApiFailureKind = 'api') {
    super(error.message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.kind = kind;
    this.error = error;
  }

  get code() {
    return this.error.code;
  }

  get details(): ErrorDetail[] {
    return this.error.details;
  }
}

export const isApiRequestError = (value: unknown): value is ApiRequestError => value instanceof ApiRequestError;

// The session's CSRF token: set from /api/auth/me and from login, cleared at logout, sent on every write.
let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

/** The session's CSRF token, for writes that cannot go through apiRequest (an upload reporting its progress). */
export const currentCsrfToken = () => csrfToken;

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions<S extends z.ZodType> {
  schema: S;
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

/** Builds `/api/x?a=1` from a path and a query object, leaving out empty values. */
export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

const codeForStatus = (status: number): ApiErrorBody['code'] => {
  if (status === 400) return 'bad_request';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'payload_too_large';
  if (status === 422) return 'unprocessable';
  if (status === 429) return 'rate_limited';
  return 'internal';
};

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function apiRequest<S extends z.ZodType>(path: string, options: RequestOptions<S>): Promise<z.output<S>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiRequestError(0, { code: 'internal', message: String(cause), details: [] }, 'network');
  }

  const payload = await readJson(response);
  if (!response.ok) {
    const parsed = ApiErrorSchema.safeParse(payload);
    if (parsed.success) throw new ApiRequestError(response.status, parsed.data.error);
    throw new ApiRequestError(response.status, {
      code: codeForStatus(response.status),
      message: `${response.status} ${response.statusText}`.trim(),
      details: [],
    });
  }

  const parsed = options.schema.safeParse(payload);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new ApiRequestError(response.status, { code: 'internal', message: `unexpected response from ${path}`, details }, 'invalid_response');
  }
  return parsed.data;
}

/** The field a server error detail points at: `body.partnerId`, `/partnerId` and `partnerId` all name `partnerId`. */
export function fieldOfDetail(path: string): string {
  const trimmed = path.replace(/^\/+/, '').replace(/^body[./]/, '');
  const parts = trimmed.split(/[./]/).filter(Boolean);
  return parts[0] ?? '';
}

/** Server error details grouped by form field; details that name no known field stay under ''. */
export function fieldErrors(error: unknown, fields: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiRequestError(error)) return out;
  for (const detail of error.details) {
    const field = fieldOfDetail(detail.path);
    const key = fields.includes(field) ? field : '';
    out[key] = out[key] ? `${out[key]}; ${detail.message}` : detail.message;
  }
  return out;
}
