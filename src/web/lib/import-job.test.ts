import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiRequestError } from './api-client';
import { sendImport } from './import-job';

// A 202 is followed until its job ends: the caller sees the summary or the refusal as if the POST had answered it.
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const Summary = z.object({ imported: z.number() });
const job = (status: string, extra: object = {}) => ({ id: 7, status, attempts: 1, createdAt: '2026-01-01T00:00:00Z', startedAt: null, finishedAt: null, result: null, httpStatus: null, error: null, ...extra });

function answers(...responses: Response[]) {
  const fn = vi.fn<typeof fetch>(async () => responses.shift()!);
  vi.stubGlobal('fetch', fn);
  return fn;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('sendImport', () => {
  it('returns a 201 summary as it is', async () => {
    answers(json(201, { imported: 3 }));
    await expect(sendImport('/api/x/imports', {}, Summary)).resolves.toEqual({ imported: 3 });
  });

  it('reads the job of a 202 until it is done, then returns its summary', async () => {
    vi.useFakeTimers();
    const fetchMock = answers(json(202, job('queued')), json(200, job('running')), json(200, job('done', { result: { imported: 5 } })));
    const sent = sendImport('/api/x/imports', {}, Summary);
    await vi.runAllTimersAsync();
    await expect(sent).resolves.toEqual({ imported: 5 });
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/x/imports', '/api/x/imports/jobs/7', '/api/x/imports/jobs/7']);
  });

  it('throws the error of a failed job with the status the POST would have answered', async () => {
    vi.useFakeTimers();
    const error = { code: 'unprocessable', message: 'refused', details: [{ path: 'line 3, column 4', message: 'bad' }] };
    answers(json(202, job('running')), json(200, job('failed', { httpStatus: 422, error })));
    const sent = sendImport('/api/x/imports', {}, Summary).catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    const thrown = await sent;
    expect(thrown).toBeInstanceOf(ApiRequestError);
    expect(thrown).toMatchObject({ status: 422, error });
  });
});
