import { Readable } from 'node:stream';
import { systemActor } from '../../auth/actor';
import type { ScopedRouteFixture } from '../../test-support/route-fixture.test-support';
import type { TestApp } from '../../test-support/test-app.test-support';

// For each knowledge route scoped to the caller's own partner: an edition sent to one partner and the
// request that reaches it (see test-support/route-fixture.test-support.ts). The secret is the document's title.

let n = 0;
async function sendTo(t: TestApp, partnerId: string): Promise<{ editionId: number; secret: string }> {
  const system = systemActor('fixture');
  const secret = `Confidential plan ${process.pid}-${++n} for ${partnerId}`;
  const doc = await t.services.knowledge.createDocument(system, { kind: 'other', titleEn: secret, titleZh: secret, public: false });
  const editionId = (await t.services.knowledge.addEdition(system, doc.id, { date: '2026-12-01', summary: 'first' })).editions[0]!.id;
  await t.services.knowledge.uploadFile(system, editionId, { language: 'en', fileName: 'plan.md' }, Readable.from([Buffer.from('# plan')]));
  await t.services.knowledge.publish(system, editionId);
  await t.services.knowledge.send(system, editionId, { to: { partners: [partnerId] } });
  return { editionId, secret };
}

async function meetingFor(t: TestApp, partnerId: string): Promise<{ meetingId: number; secret: string }> {
  const secret = `Closed exchange ${process.pid}-${++n} with ${partnerId}`;
  const meeting = await t.services.knowledge.meetings.create(systemActor('fixture'), {
    kind: 'video_exchange',
    titleEn: secret,
    titleZh: secret,
    coHosts: [],
    start: '2026-12-07T08:00:00Z',
    end: '2026-12-07T09:00:00Z',
    agenda: [],
    invitees: [partnerId],
    editionIds: [],
  });
  return { meetingId: meeting.id, secret };
}

async function questionOf(t: TestApp, partnerId: string): Promise<{ secret: string }> {
  const secret = `Private question ${process.pid}-${++n} from ${partnerId}`;
  const actor = { ...systemActor('fixture'), role: 'partner_focal_point' as const, partnerId };
  await t.services.knowledge.questions.ask(actor, partnerId, { topic: 'medicines', text: secret });
  return { secret };
}

export const knowledgeRouteFixtures: Record<string, ScopedRouteFixture> = {
  'GET /api/knowledge/partners/:partnerId/inbox': {
    async create(t, owner) {
      const { secret } = await sendTo(t, owner);
      return { url: `/api/knowledge/partners/${owner}/inbox`, secret };
    },
  },
  'POST /api/knowledge/partners/:partnerId/inbox/:editionId/acknowledge': {
    async create(t, owner) {
      const { editionId, secret } = await sendTo(t, owner);
      return { url: `/api/knowledge/partners/${owner}/inbox/${editionId}/acknowledge`, body: {}, secret };
    },
  },
  'POST /api/knowledge/partners/:partnerId/meetings/:meetingId/register': {
    async create(t, owner) {
      const { meetingId, secret } = await meetingFor(t, owner);
      return { url: `/api/knowledge/partners/${owner}/meetings/${meetingId}/register`, body: {}, secret };
    },
  },
  'POST /api/knowledge/partners/:partnerId/meetings/:meetingId/questions': {
    async create(t, owner) {
      const { meetingId, secret } = await meetingFor(t, owner);
      return { url: `/api/knowledge/partners/${owner}/meetings/${meetingId}/questions`, body: { text: 'How long should corticosteroids be given?' }, secret };
    },
  },
  'POST /api/knowledge/partners/:partnerId/questions': {
    async create(t, owner) {
      // Nothing of another partner to reach: asking on its behalf is what must fail.
      const { secret } = await questionOf(t, owner);
      return { url: `/api/knowledge/partners/${owner}/questions`, body: { topic: 'medicines', text: 'How long should corticosteroids be given?' }, secret };
    },
  },
  'GET /api/knowledge/partners/:partnerId/questions': {
    async create(t, owner) {
      const { secret } = await questionOf(t, owner);
      return { url: `/api/knowledge/partners/${owner}/questions`, secret };
    },
  },
};
