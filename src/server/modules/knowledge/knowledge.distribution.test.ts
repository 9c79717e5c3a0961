import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../auth/actor';
import { describeEachDialect } from '../../db/test-databases.test-support';
import type { TestApp, TestClient } from '../../test-support/test-app.test-support';
import { createKnowledgeTestApp } from './knowledge.test-support';

describeEachDialect('knowledge API: distribution', (getDb) => {
  let t: TestApp;
  let coordinator: TestClient;
  let now = new Date('2026-12-01T09:00:00Z');

  beforeAll(async () => {
    t = await createKnowledgeTestApp(getDb(), { clock: () => now });
    coordinator = await t.signIn('coordinator');
  });
  afterAll(() => t.close());

  async function publishedEdition(title: string, publicDocument = false): Promise<{ editionId: number; documentId: number; fileId: number }> {
    const system = systemActor('test');
    const doc = await t.services.knowledge.createDocument(system, { kind: 'prevention_control', titleEn: title, titleZh: title, public: publicDocument });
    const editionId = (await t.services.knowledge.addEdition(system, doc.id, { date: '2026-12-01', summary: 'first' })).editions[0]!.id;
    const file = await t.services.knowledge.uploadFile(system, editionId, { language: 'en', fileName: 'plan.md' }, Readable.from([Buffer.from(`# ${title}`)]));
    await t.services.knowledge.publish(system, editionId);
    return { editionId, documentId: doc.id, fileId: file.id };
  }

  it('sends to a region, then to all partners once each; the focal point downloads and acknowledges; the dashboard and the figure follow', async () => {
    const before = (await t.anonymous.request('GET', '/api/knowledge/reach')).json();
    const { editionId, documentId, fileId } = await publishedEdition('Prevention and control plan, 9th edition');
    const partners = await t.services.countries.partners();
    const afro = partners.filter((p) => p.kind === 'country' && p.whoRegion === 'AFR').length;
    const region = await coordinator.request('POST', `/api/knowledge/editions/${editionId}/send`, { to: { region: 'AFR' } });
    expect(region.json()).toEqual({ sent: afro, alreadySent: 0 });
    const all = await coordinator.request('POST', `/api/knowledge/editions/${editionId}/send`, { to: { all: true } });
    expect(all.json()).toEqual({ sent: partners.length - afro, alreadySent: afro });
    const reach = (await t.anonymous.request('GET', '/api/knowledge/reach')).json();
    const orgs = partners.filter((p) => p.kind === 'organisation').length;
    expect(reach).toEqual({ countries: partners.length - orgs, organisations: orgs });
    expect(before.countries).toBeLessThan(reach.countries);

    let kenya = await t.signIn('partner_focal_point', { partnerId: 'KEN' });
    const inbox = await kenya.request('GET', '/api/knowledge/partners/KEN/inbox');
    expect(inbox.json().items[0]).toMatchObject({ editionId, documentId, number: 1, titleEn: 'Prevention and control plan, 9th edition', downloadedAt: null, acknowledgedAt: null });
    // Not public, but sent to Kenya: readable by its focal point, not by anyone else.
    expect((await kenya.request('GET', `/api/knowledge/documents/${documentId}`)).statusCode).toBe(200);
    expect((await t.anonymous.request('GET', `/api/knowledge/documents/${documentId}`)).statusCode).toBe(404);
    now = new Date('2026-12-02T09:00:00Z');
    kenya = await t.signIn('partner_focal_point', { partnerId: 'KEN' }); // sessions last 12 hours
    expect((await kenya.request('GET', `/api/knowledge/files/${fileId}`)).body).toBe('# Prevention and control plan, 9th edition');
    const ack = await kenya.request('POST', `/api/knowledge/partners/KEN/inbox/${editionId}/acknowledge`, {});
    expect(ack.json()).toMatchObject({ editionId, downloadedAt: '2026-12-02T09:00:00.000Z', acknowledgedAt: '2026-12-02T09:00:00.000Z' });
    expect((await kenya.request('POST', `/api/knowledge/partners/KEN/inbox/${editionId}/acknowledge`, {})).statusCode).toBe(200);

    now = new Date('2026-12-09T09:00:00Z'); // eight days after sending
    coordinator = await t.signIn('coordinator');
    const dashboard = (await coordinator.request('GET', `/api/knowledge/editions/${editionId}/deliveries?overdueAfterDays=7`)).json();
    expect(dashboard).toMatchObject({ editionId, sent: partners.length, downloaded: 1, acknowledged: 1, overdue: partners.length - 1 });
    expect(dashboard.deliveries.find((d: { partnerId: string }) => d.partnerId === 'KEN')).toMatchObject({ overdue: false, acknowledgedAt: '2026-12-02T09:00:00.000Z' });
    expect(dashboard.deliveries.find((d: { partnerId: string }) => d.partnerId === 'UGA')).toMatchObject({ overdue: true, acknowledgedAt: null });
    const notYet = (await coordinator.request('GET', `/api/knowledge/editions/${editionId}/deliveries?overdueAfterDays=10`)).json();
    expect(notYet.overdue).toBe(0);

    const log = await t.services.audit.list({ entityType: 'knowledge_edition', entityId: String(editionId), limit: 50, offset: 0 });
    expect(log.entries.map((e) => e.action).filter((a) => a.startsWith('knowledge.delivery') || a.endsWith('send')).sort()).toEqual([
      'knowledge.delivery.acknowledge',
      'knowledge.delivery.download',
      'knowledge.edition.send',
      'knowledge.edition.send',
    ]);
  });

  it('answers 404 to a partner for what was not sent to it, and refuses sending a draft or to unknown partners', async () => {
    now = new Date('2026-12-10T09:00:00Z');
    coordinator = await t.signIn('coordinator');
    const { editionId, documentId, fileId } = await publishedEdition('For Uganda only');
    await coordinator.request('POST', `/api/knowledge/editions/${editionId}/send`, { to: { partners: ['UGA', 'ORG-WHO'] } });
    const kenya = await t.signIn('partner_focal_point', { partnerId: 'KEN' });
    expect((await kenya.request('GET', `/api/knowledge/documents/${documentId}`)).statusCode).toBe(404);
    expect((await kenya.request('GET', `/api/knowledge/files/${fileId}`)).statusCode).toBe(404);
    expect((await kenya.request('POST', `/api/knowledge/partners/KEN/inbox/${editionId}/acknowledge`, {})).statusCode).toBe(404);
    expect((await kenya.request('GET', '/api/knowledge/partners/UGA/inbox')).statusCode).toBe(404);
    expect((await kenya.request('GET', '/api/knowledge/partners/KEN/inbox')).body).not.toContain('For Uganda only');

    const unknown = await coordinator.request('POST', `/api/knowledge/editions/${editionId}/send`, { to: { partners: ['UGA', 'NOPE'] } });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.details).toEqual([{ path: 'body.to.partners.1', message: 'NOPE is not a partner' }]);
    const doc = await coordinator.request('POST', '/api/knowledge/documents', { kind: 'other', titleEn: 'Draft', titleZh: '草稿' });
    const draftId = (await coordinator.request('POST', `/api/knowledge/documents/${doc.json().id}/editions`, { date: '2026-12-01', summary: 's' })).json().editions[0].id;
    expect((await coordinator.request('POST', `/api/knowledge/editions/${draftId}/send`, { to: { all: true } })).statusCode).toBe(409);
  });

  it('lists partners whose newest copy of a document is superseded by a later published edition', async () => {
    const system = systemActor('test');
    const { editionId, documentId } = await publishedEdition('Clinical management, edition chain');
    await t.services.knowledge.send(system, editionId, { to: { partners: ['KEN', 'UGA'] } });
    const second = (await t.services.knowledge.addEdition(system, documentId, { date: '2026-12-15', summary: 'second' })).editions[1]!.id;
    await t.services.knowledge.uploadFile(system, second, { language: 'en', fileName: 'plan.md' }, Readable.from([Buffer.from('# second')]));
    coordinator = await t.signIn('coordinator');
    const holders = async () => (await coordinator.request('GET', '/api/knowledge/superseded')).json().holders.filter((h: { documentId: number }) => h.documentId === documentId);
    expect(await holders()).toEqual([]); // a draft supersedes nothing
    await t.services.knowledge.publish(system, second);
    expect((await holders()).map((h: { partnerId: string; heldNumber: number; latestNumber: number }) => [h.partnerId, h.heldNumber, h.latestNumber])).toEqual([
      ['KEN', 1, 2],
      ['UGA', 1, 2],
    ]);
    await t.services.knowledge.send(system, second, { to: { partners: ['KEN'] } });
    expect((await holders()).map((h: { partnerId: string }) => h.partnerId)).toEqual(['UGA']);
    expect((await (await t.signIn('partner_focal_point', { partnerId: 'UGA' })).request('GET', '/api/knowledge/superseded')).statusCode).toBe(403);
  });
});
