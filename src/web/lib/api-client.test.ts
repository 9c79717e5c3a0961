import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeSchema } from '../../shared/schemas/auth';
import { OkSchema } from '../../shared/schemas/common';
import { apiRequest, ApiRequestError, buildUrl, fieldErrors, fieldOfDetail, setCsrfToken } from './api-client';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function mockFetch(response: Response | Error) {
  const fn = vi.fn<typeof fetch>(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('apiRequest', () => {
  it('returns the parsed body and sends same-origin credentials', async () => {
    const fetchMock = mockFetch(json(200, { user: null, csrfToken: null }));
    await expect(apiRequest('/api/auth/me', { schema: MeSchema })).resolves.toEqual({ user: null, csrfToken: null });
    const [, init] = fetchMock.mock.calls[0];
    expect(init?.credentials).toBe('same-origin');
    expect(init?.method).toBe('GET');
  });

  it('sends the CSRF token on writes only', async () => {
    setCsrfToken('tok');
    const fetchMock = mockFetch(json(200, { ok: true }));
    await apiRequest('/api/auth/logout', { method: 'POST', schema: OkSchema });
    expect((fetchMock.mock.calls[0][1]?.headers as Record<string, string>)['x-csrf-token']).toBe('tok');

    mockFetch(json(200, { ok: true }));
    const getMock = vi.mocked(fetch);
    await apiRequest('/api/x', { schema: OkSchema });
    expect((getMock.mock.calls[0][1]?.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
  });

  it('throws the server error with its code, message and details', async () => {
    const details = [{ path: 'body.email', message: 'expected an email address' }];
    const body = { error: { code: 'validation_failed', message: 'the body is invalid', details } };
    mockFetch(json(400, body));
    const error = await apiRequest('/api/users', { method: 'POST', body: {}, schema: OkSchema }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    const apiError = error as ApiRequestError;
    expect(apiError.status).toBe(400);
    expect(apiError.kind).toBe('api');
    expect(apiError.code).toBe('validation_failed');
    expect(apiError.message).toBe('the body is invalid');
    expect(fieldErrors(apiError, ['email', 'password'])).toEqual({ email: 'expected an email address' });
  });

  it('maps a non-JSON failure to a code from its status', async () => {
    mockFetch(new Response('<html>bad gateway</html>', { status: 403 }));
    const error = (await apiRequest('/api/x', { schema: OkSchema }).catch((e: unknown) => e)) as ApiRequestError;
    expect(error.code).toBe('forbidden');
    expect(error.details).toEqual([]);
  });

  it('tells a dropped connection and an unexpected answer apart from a refusal', async () => {
    mockFetch(new TypeError('Failed to fetch'));
    await expect(apiRequest('/api/x', { schema: OkSchema })).rejects.toMatchObject({ kind: 'network', status: 0 });

    mockFetch(json(200, { ok: 'yes' }));
    await expect(apiRequest('/api/x', { schema: OkSchema })).rejects.toMatchObject({
      kind: 'invalid_response',
      details: [{ path: 'ok' }],
    });
  });
});

describe('helpers', () => {
  it('builds query strings without empty values', () => {
    expect(buildUrl('/api/audit', { action: 'user.create', entityId: '', limit: 50, from: undefined })).toBe('/api/audit?action=user.create&limit=50');
    expect(buildUrl('/api/countries')).toBe('/api/countries');
  });

  it('finds the field a detail points at, however the server spells the path', () => {
    for (const path of ['partnerId', 'body.partnerId', '/partnerId', '/body/partnerId']) expect(fieldOfDetail(path)).toBe('partnerId');
  });

  it('keeps details that name no form field under the empty key', () => {
    const details = [
      { path: 'email', message: 'taken' },
      { path: '', message: 'try again' },
    ];
    const error = new ApiRequestError(409, { code: 'conflict', message: 'exists', details });
    expect(fieldErrors(error, ['email'])).toEqual({ email: 'taken', '': 'try again' });
  });
});
