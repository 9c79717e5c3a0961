import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { minimalDocx, minimalPdf } from './knowledge.test-support';

describeEachDialect('knowledge API: documents', (getDb) => {
  let t: TestApp;
  let expert: TestClient;
  const filesDir = mkdtempSync(path.join(tmpdir(), 'concord-files-'));

  beforeAll(async () => {
    process.env.CONCORD_FILES_DIR = filesDir;
    t = await createTestApp(getDb());
    delete process.env.CONCORD_FILES_DIR;
    expert = await t.signIn('expert');
  });
  afterAll(async () => {
    await t.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  const upload = (client: TestClient, editionId: number, query: string, body: Buffer) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/knowledge/editions/${editionId}/files?${query}`,
      headers: { cookie: client.cookie!, 'x-csrf-token': client.csrfToken!, 'content-type': 'application/octet-stream' },
      payload: body,
    });
  const stored = () => readdirSync(filesDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);

  async function draft(publicDocument: boolean) {
    const doc = await expert.request('POST', '/api/knowledge/documents', { kind: 'diagnosis_treatment', titleEn: 'Diagnosis and treatment plan', titleZh: '诊疗方案', public: publicDocument });
    expect(doc.statusCode).toBe(201);
    const withEdition = await expert.request('POST', `/api/knowledge/documents/${doc.json().id}/editions`, { date: '2026-12-01', summary: 'Corticosteroids for severe cases' });
    expect(withEdition.statusCode).toBe(201);
    return { documentId: doc.json().id as number, editionId: withEdition.json().editions[0].id as number };
  }

  it('lets an expert publish an edition in two languages that everyone then reads and downloads; each step is audited', async () => {
    const { documentId, editionId } = await draft(true);
    const pdf = minimalPdf('Dexamethasone 6 mg daily for up to 10 days');
    const en = await upload(expert, editionId, 'language=en&fileName=plan-en.pdf', pdf);
    expect(en.statusCode).toBe(201);
    expect(en.json()).toMatchObject({ language: 'en', format: 'pdf', mediaType: 'application/pdf', size: pdf.length, sha256: createHash('sha256').update(pdf).digest('hex') });
    const zh = await upload(expert, editionId, `language=zh&fileName=${encodeURIComponent('诊疗方案.md')}`, Buffer.from('# 诊疗方案\n\n重型病例使用糖皮质激素。\n'));
    expect(zh.json()).toMatchObject({ language: 'zh', format: 'md' });
    const docx = await upload(expert, editionId, 'language=fr&fileName=plan-fr.docx', minimalDocx('Plan de traitement'));
    expect(docx.json()).toMatchObject({ language: 'fr', format: 'docx' });

    expect((await t.anonymous.request('GET', `/api/knowledge/documents/${documentId}`)).statusCode).toBe(404); // a draft only
    const published = await expert.request('POST', `/api/knowledge/editions/${editionId}/publish`);
    expect(published.statusCode).toBe(200);
    expect((await expert.request('POST', `/api/knowledge/editions/${editionId}/publish`)).statusCode).toBe(409);
    expect((await upload(expert, editionId, 'language=de&fileName=x.md', Buffer.from('# x'))).statusCode).toBe(409);

    const read = await t.anonymous.request('GET', `/api/knowledge/documents/${documentId}`);
    expect(read.json()).toMatchObject({ kind: 'diagnosis_treatment', titleZh: '诊疗方案', editions: [{ number: 1, date: '2026-12-01', summary: 'Corticosteroids for severe cases' }] });
    expect(read.json().editions[0].files.map((f: { language: string }) => f.language)).toEqual(['en', 'fr', 'zh']);
    const download = await t.anonymous.request('GET', `/api/knowledge/files/${en.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe("attachment; filename*=UTF-8''plan-en.pdf");
    expect(download.rawPayload.equals(pdf)).toBe(true);

    const second = await expert.request('POST', `/api/knowledge/documents/${documentId}/editions`, { date: '2026-12-20', summary: 'Shorter course' });
    expect(second.json().editions.map((e: { number: number }) => e.number)).toEqual([1, 2]);

    const log = await t.services.audit.list({ entityType: 'knowledge_edition', entityId: String(editionId), limit: 20, offset: 0 });
    expect(log.entries.map((e) => e.action).sort()).toEqual(['knowledge.edition.create', 'knowledge.edition.publish', 'knowledge.file.upload', 'knowledge.file.upload', 'knowledge.file.upload']);
  });

  it('answers 404 to everyone but publishers for a document that is not public', async () => {
    const { documentId, editionId } = await draft(false);
    const file = await upload(expert, editionId, 'language=en&fileName=internal.md', Buffer.from('internal guidance'));
    await expert.request('POST', `/api/knowledge/editions/${editionId}/publish`);
    for (const client of [t.anonymous, await t.signIn('citizen'), await t.signIn('partner_focal_point')]) {
      expect((await client.request('GET', `/api/knowledge/documents/${documentId}`)).statusCode).toBe(404);
      expect((await client.request('GET', `/api/knowledge/files/${file.json().id}`)).statusCode).toBe(404);
      expect((await client.request('GET', '/api/knowledge/documents')).json().documents.some((d: { id: number }) => d.id === documentId)).toBe(false);
    }
    expect((await (await t.signIn('coordinator')).request('GET', `/api/knowledge/files/${file.json().id}`)).body).toBe('internal guidance');
    expect((await (await t.signIn('partner_focal_point')).request('POST', '/api/knowledge/documents', { kind: 'other', titleEn: 'x', titleZh: 'x' })).statusCode).toBe(403);
  });

  it('refuses a file that is neither PDF, DOCX nor Markdown, judged from its bytes, and keeps nothing', async () => {
    const { editionId } = await draft(true);
    const before = stored();
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const res = await upload(expert, editionId, 'language=en&fileName=plan.pdf', png);
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toBe('the file is image/png; a document file is PDF, DOCX or Markdown');
    const binary = await upload(expert, editionId, 'language=en&fileName=plan.md', Buffer.from([0x41, 0x00, 0xff, 0xfe]));
    expect(binary.statusCode).toBe(415);
    expect(stored()).toEqual(before);
    expect((await expert.request('GET', '/api/knowledge/documents')).json().documents.find((d: { editions: { id: number }[] }) => d.editions[0]?.id === editionId).editions[0].files).toEqual([]);
    const badName = await upload(expert, editionId, 'language=english&fileName=a/b.md', Buffer.from('x'));
    expect(badName.json().error.details.map((d: { path: string }) => d.path).sort()).toEqual(['querystring.fileName', 'querystring.language']);
  });
});
