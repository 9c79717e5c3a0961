import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../auth/actor';
import { describeEachDialect } from '../../db/test-databases.test-support';
import type { TestApp } from '../../test-support/test-app.test-support';
import { createKnowledgeTestApp, minimalDocx, minimalPdf } from './knowledge.test-support';

// The same queries give the same documents on SQLite (FTS5 trigram) and PostgreSQL (pg_trgm).
describeEachDialect('knowledge search', (getDb) => {
  let t: TestApp;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await createKnowledgeTestApp(getDb());
    const system = systemActor('test');
    const add = async (key: string, titleEn: string, titleZh: string, file: Buffer, isPublic = true) => {
      const doc = await t.services.knowledge.createDocument(system, { kind: 'clinical_management', titleEn, titleZh, public: isPublic });
      const editionId = (await t.services.knowledge.addEdition(system, doc.id, { date: '2026-12-01', summary: 'first' })).editions[0]!.id;
      await t.services.knowledge.uploadFile(system, editionId, { language: 'en', fileName: 'f' }, Readable.from([file]));
      await t.services.knowledge.publish(system, editionId);
      ids[key] = doc.id;
    };
    await add('steroids', 'Clinical management of severe cases', '重型病例临床管理', minimalPdf('Dexamethasone 6 mg once daily for up to 10 days'));
    await add('prone', 'Prone positioning guide', '俯卧位通气指南', minimalDocx('Awake prone positioning\nfor 12 hours a day'));
    await add('chinese', 'Treatment plan (Chinese)', '诊疗方案', Buffer.from('# 诊疗方案\n\n重型患者可使用糖皮质激素，疗程不超过10天。\n'));
    await add('internal', 'Internal dexamethasone stock note', '内部说明', Buffer.from('not for partners'), false);
  });
  afterAll(() => t.close());

  const search = async (q: string, client = t.anonymous) =>
    (await client.request('GET', `/api/knowledge/documents?q=${encodeURIComponent(q)}`)).json().documents.map((d: { id: number }) => d.id).sort();

  it('finds English words in titles and in text extracted from PDF and DOCX, ignoring case', async () => {
    expect(await search('dexamethasone')).toEqual([ids.steroids]); // the internal note is not public
    expect(await search('PRONE POSITIONING')).toEqual([ids.prone]);
    expect(await search('12 hours')).toEqual([ids.prone]);
    expect(await search('severe')).toEqual([ids.steroids]);
    expect(await search('quarantine')).toEqual([]);
  });

  it('finds Chinese without word splitting, down to two characters', async () => {
    expect(await search('糖皮质激素')).toEqual([ids.chinese]);
    expect(await search('激素')).toEqual([ids.chinese]); // shorter than a trigram
    expect(await search('重型')).toEqual([ids.steroids, ids.chinese].sort()); // a title and a file
    expect(await search('俯卧位')).toEqual([ids.prone]);
  });

  it('treats LIKE and FTS syntax in the query as text', async () => {
    expect(await search('%')).toEqual([]);
    expect(await search('"dexa')).toEqual([]);
    expect(await search('dexa*')).toEqual([]);
  });

  it('shows publishers the documents others may not see', async () => {
    expect(await search('dexamethasone', await t.signIn('expert'))).toEqual([ids.steroids, ids.internal].sort());
  });
});
