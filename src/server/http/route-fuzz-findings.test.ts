import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../db/test-databases.test-support';
import { createTestApp, type TestApp } from '../test-support/test-app.test-support';

// What the route fuzz (route-fuzz.test.ts) found, each kept as the plain request that showed it.
describeEachDialect('route fuzz findings', (getDb) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(getDb());
  });
  afterAll(() => t.close());

  const errorShape = { error: { code: expect.any(String), message: expect.any(String), details: expect.any(Array) } };

  it('answers a path parameter over Fastify’s length limit with 414 in the API’s error shape', async () => {
    const res = await t.anonymous.request('GET', `/api/situation/countries/${'x'.repeat(2000)}/series`);
    expect(res.statusCode).toBe(414);
    expect(res.json()).toEqual({ error: { code: 'uri_too_long', message: expect.any(String), details: [] } });
  });

  it('refuses a NUL character in a path, query or body with 400 (PostgreSQL answered 500)', async () => {
    const coordinator = await t.signIn('coordinator');
    const inPath = await coordinator.request('GET', '/api/aid/partners/%00/batches');
    expect(inPath.statusCode).toBe(400);
    expect(inPath.json()).toMatchObject({ error: { code: 'validation_failed', details: [{ path: 'params.partnerId' }] } });
    const inBody = await coordinator.request('POST', '/api/aid/partners/%00/requests', { neededBy: '2025-03-04', justification: 'a', lines: [{ item: 'x', quantity: 1 }], submit: false });
    expect(inBody.statusCode).toBe(400);
    const inQuery = await t.anonymous.request('GET', '/api/research/genomes?country=%00');
    expect(inQuery.statusCode).toBe(400);
    expect(inQuery.json()).toMatchObject({ error: { code: 'validation_failed', details: [{ path: 'querystring.country' }] } });
    const deep = await coordinator.request('POST', '/api/aid/partners/KEN/requests', { neededBy: '2025-03-04', justification: 'a', lines: [{ item: 'x\u0000', quantity: 1 }], submit: false });
    expect(deep.json()).toMatchObject({ error: { code: 'validation_failed', details: [{ path: 'body.lines.0.item' }] } });
  });

  it('refuses ids beyond a PostgreSQL integer with 400 (PostgreSQL answered 500)', async () => {
    const focal = await t.signIn('partner_focal_point');
    const ack = await focal.request('POST', '/api/knowledge/partners/KEN/inbox/4313426312308277/acknowledge', {});
    expect(ack.statusCode).toBe(400);
    expect(ack.json()).toMatchObject(errorShape);
    const coordinator = await t.signIn('coordinator');
    const listed = await coordinator.request('GET', '/api/aid/consignments?batchId=6946549984399323');
    expect(listed.statusCode).toBe(400);
    const edition = await coordinator.request('GET', '/api/knowledge/editions/4313426312308277/deliveries');
    expect(edition.statusCode).toBe(400);
  });

  it('refuses a JSON body where a file upload expects the file with 415 (it answered 500)', async () => {
    const coordinator = await t.signIn('coordinator');
    const doc = await coordinator.request('POST', '/api/knowledge/documents', { kind: 'other', titleEn: 'Draft', titleZh: '草稿' });
    const draftId = (await coordinator.request('POST', `/api/knowledge/documents/${doc.json<{ id: number }>().id}/editions`, { date: '2026-12-01', summary: 's' })).json<{ editions: Array<{ id: number }> }>().editions[0]!.id;
    for (const body of [null, { file: 'x' }]) {
      const res = await coordinator.request('PUT', `/api/knowledge/editions/${draftId}/files?language=en&fileName=a.md`, body);
      expect(res.statusCode).toBe(415);
      expect(res.json()).toMatchObject(errorShape);
    }
  });
});
