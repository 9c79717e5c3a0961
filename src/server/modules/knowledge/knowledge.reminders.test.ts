import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../auth/actor';
import { describeEachDialect } from '../../db/test-databases.test-support';
import type { TestApp, TestClient } from '../../test-support/test-app.test-support';
import { OUTBOX_MAX_ATTEMPTS } from './outbox';
import { createKnowledgeTestApp, readMail } from './knowledge.test-support';

// Reminders in the app and by e-mail, delivered by the outbox loop to a real SMTP server listening locally.

describeEachDialect('knowledge: reminders and the e-mail outbox', (getDb) => {
  let t: TestApp;
  let coordinator: TestClient;
  let now = new Date('2026-12-01T09:00:00Z');
  const received: { to: string; subject: string; text: string }[] = [];
  /** Addresses the sink refuses (a mailbox that is temporarily unavailable). */
  const refused = new Set<string>();
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, done) {
      if (refused.has(address.address)) return done(Object.assign(new Error('mailbox busy, try later'), { responseCode: 450 }));
      done();
    },
    onData(stream, _session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(readMail(Buffer.concat(chunks).toString('utf8')));
        done();
      });
    },
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
    process.env.SMTP_URL = `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`;
    try {
      t = await createKnowledgeTestApp(getDb(), { clock: () => now });
    } finally {
      delete process.env.SMTP_URL;
    }
    coordinator = await t.signIn('coordinator');
    for (const [partner, email] of [
      ['KEN', 'focal.ken@example.org'],
      ['UGA', 'focal.uga@example.org'],
      ['TZA', 'focal.tza@example.org'],
    ])
      await t.services.users.create(systemActor('test'), { email, displayName: `Focal ${partner}`, role: 'partner_focal_point', partnerId: partner, postId: null, password: 'a long enough password 1' });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => sink.close(() => resolve()));
  });

  async function published(title: string, documentId?: number) {
    const system = systemActor('test');
    const id = documentId ?? (await t.services.knowledge.createDocument(system, { kind: 'clinical_management', titleEn: title, titleZh: `${title}（中文）`, public: false })).id;
    const doc = await t.services.knowledge.addEdition(system, id, { date: '2026-12-01', summary: 'changes' });
    const editionId = doc.editions.at(-1)!.id;
    await t.services.knowledge.uploadFile(system, editionId, { language: 'en', fileName: 'g.md' }, Readable.from([Buffer.from(`# ${title}`)]));
    await t.services.knowledge.publish(system, editionId);
    return { documentId: id, editionId };
  }

  it('reminds the overdue partners in the app and e-mails their focal points; a refused e-mail is retried later', async () => {
    const { editionId } = await published('Corticosteroid guidance');
    await coordinator.request('POST', `/api/knowledge/editions/${editionId}/send`, { to: { partners: ['KEN', 'UGA', 'TZA'] } });
    const kenya = await t.signIn('partner_focal_point', { partnerId: 'KEN' });
    await kenya.request('POST', `/api/knowledge/partners/KEN/inbox/${editionId}/acknowledge`, {});

    now = new Date('2026-12-09T09:00:00Z');
    coordinator = await t.signIn('coordinator');
    const remind = await coordinator.request('POST', `/api/knowledge/editions/${editionId}/remind`, { overdueAfterDays: 7 });
    expect(remind.json()).toEqual({ reminded: 2, emails: 2 }); // Uganda and Tanzania; Kenya acknowledged
    const uganda = await t.signIn('partner_focal_point', { partnerId: 'UGA' });
    const item = (await uganda.request('GET', '/api/knowledge/partners/UGA/inbox')).json().items.find((i: { editionId: number }) => i.editionId === editionId);
    expect(item.reminder).toEqual({ at: '2026-12-09T09:00:00.000Z', kind: 'acknowledge' });
    expect((await coordinator.request('GET', '/api/knowledge/outbox')).json()).toEqual({ smtp: true, waiting: 2, sent: 0, gaveUp: 0 });

    refused.add('focal.tza@example.org');
    expect(await t.services.knowledge.outbox.drain()).toEqual({ sent: 1, failed: 1 });
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toBe('focal.uga@example.org');
    expect(received[0]!.subject).toBe('Please acknowledge: Corticosteroid guidance, edition 1 / 请确认收到：Corticosteroid guidance（中文）（第1版）');
    expect(received[0]!.text).toContain('Edition 1 (2026-12-01) of "Corticosteroid guidance" was sent to your organisation');
    expect(received[0]!.text).toContain('尚未确认收到');

    refused.clear();
    expect(await t.services.knowledge.outbox.drain()).toEqual({ sent: 0, failed: 0 }); // not due before a minute has passed
    now = new Date('2026-12-09T09:01:00Z');
    expect(await t.services.knowledge.outbox.drain()).toEqual({ sent: 1, failed: 0 });
    expect(received.map((m) => m.to)).toEqual(['focal.uga@example.org', 'focal.tza@example.org']);
    expect((await coordinator.request('GET', '/api/knowledge/outbox')).json()).toMatchObject({ waiting: 0, sent: 2 });

    const log = await t.services.audit.list({ entityType: 'knowledge_edition', entityId: String(editionId), limit: 50, offset: 0 });
    expect(log.entries.filter((e) => e.action === 'knowledge.reminder.acknowledge')).toHaveLength(1);
  });

  it(`gives up on an address after ${OUTBOX_MAX_ATTEMPTS} attempts`, async () => {
    const { editionId } = await published('Laboratory testing guide');
    // Tanzania's only focal point is the one made above (signing in as a partner makes one more).
    await coordinator.request('POST', `/api/knowledge/editions/${editionId}/send`, { to: { partners: ['TZA'] } });
    refused.add('focal.tza@example.org');
    expect((await coordinator.request('POST', `/api/knowledge/editions/${editionId}/remind`, { partners: ['TZA'], overdueAfterDays: 0 })).json()).toEqual({ reminded: 1, emails: 1 });
    for (let attempt = 1; attempt <= OUTBOX_MAX_ATTEMPTS + 1; attempt++) {
      now = new Date(now.getTime() + 3_600_000);
      await t.services.knowledge.outbox.drain();
    }
    refused.clear();
    expect((await coordinator.request('GET', '/api/knowledge/outbox')).json()).toMatchObject({ waiting: 0, gaveUp: 1 });
  });

  it('sends the latest edition to partners holding a superseded one and reminds them to replace it', async () => {
    coordinator = await t.signIn('coordinator');
    const first = await published('Community management');
    await coordinator.request('POST', `/api/knowledge/editions/${first.editionId}/send`, { to: { partners: ['KEN', 'TZA'] } });
    const second = await published('Community management', first.documentId);
    const res = await coordinator.request('POST', '/api/knowledge/superseded/remind', { documentId: first.documentId, partners: ['TZA'] });
    expect(res.json()).toEqual({ sent: 1, reminded: 1, emails: 1 });
    const holders = (await coordinator.request('GET', '/api/knowledge/superseded')).json().holders.filter((h: { documentId: number }) => h.documentId === first.documentId);
    expect(holders.map((h: { partnerId: string }) => h.partnerId)).toEqual(['KEN']);
    const item = (await coordinator.request('GET', '/api/knowledge/partners/TZA/inbox')).json().items.find((i: { editionId: number }) => i.editionId === second.editionId);
    expect(item).toMatchObject({ number: 2, reminder: { kind: 'superseded' } });
    received.length = 0;
    await t.services.knowledge.outbox.drain();
    expect(received.map((m) => [m.to, m.subject.startsWith('New edition replaces the one you hold: Community management, edition 2')])).toEqual([['focal.tza@example.org', true]]);
  });
});
