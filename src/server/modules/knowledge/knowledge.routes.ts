import { Readable } from 'node:stream';
import { IdParamsSchema } from '../../../shared/schemas/common';
import {
  DeliveryDashboardSchema,
  DeliveryQuerySchema,
  DocumentInputSchema,
  InboxAckParamsSchema,
  InboxItemSchema,
  InboxSchema,
  PartnerParamsSchema,
  ReachSchema,
  SendInputSchema,
  SendResultSchema,
  OutboxStatusSchema,
  MeetingInputSchema,
  MeetingListSchema,
  MeetingParamsSchema,
  MeetingRecordInputSchema,
  MeetingSchema,
  MeetingTotalsSchema,
  QuestionInputSchema,
  RemindInputSchema,
  RemindResultSchema,
  RemindSupersededInputSchema,
  RemindSupersededResultSchema,
  SupersededSchema,
  DocumentListSchema,
  DocumentQuerySchema,
  DocumentSchema,
  EditionFileSchema,
  EditionInputSchema,
  FileUploadQuerySchema,
  MeetingSlotsRequestSchema,
  MeetingSlotsSchema,
  ExpertAnswerInputSchema,
  ExpertListSchema,
  ExpertQuestionInputSchema,
  ExpertQuestionListSchema,
  ExpertQuestionSchema,
  ExpertTopicsInputSchema,
} from '../../../shared/schemas/knowledge';
import type { RoutesPlugin } from '../../http/types';
import { UnsupportedFile } from './file-content';

/** Who organises briefings and exchange meetings, and writes and publishes documents. */
const ORGANISERS = { roles: ['coordinator', 'expert', 'admin'], scope: 'all' } as const;
/** Public documents for everyone; drafts for publishers (the service answers 404 for what a caller may not see). */
const READERS = { public: true } as const;
/** A partner's inbox: its focal point, and coordinators and admins for any partner. */
const INBOX_READERS = { roles: ['partner_focal_point', 'coordinator', 'admin'], scope: 'own-partner' } as const;
const FOCAL_POINTS = { roles: ['partner_focal_point'], scope: 'own-partner' } as const;
/** Meetings: organisers, and focal points for those their partner is invited to (the service answers 404 otherwise). */
const MEETING_READERS = { roles: ['coordinator', 'expert', 'admin', 'partner_focal_point'], scope: 'all' } as const;

/** Expert questions (ADR 086): who works on them; the service narrows an expert to routed questions and the queue. */
const ANSWERERS = { roles: ['expert', 'coordinator', 'admin'], scope: 'all' } as const;
const EXPERTS = { roles: ['expert'], scope: 'all' } as const;
/** Published answers and single questions: partners and those who answer (the service answers 404 for what a caller may not see). */
const QUESTION_READERS = { roles: ['partner_focal_point', 'expert', 'coordinator', 'admin'], scope: 'all' } as const;

export const knowledgeRoutes: RoutesPlugin = (app, { knowledge }) => {
  // Files arrive as the raw request body and are streamed to the store, never held whole in memory.
  if (!app.hasContentTypeParser('application/octet-stream')) app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

  app.post('/api/knowledge/meeting-slots', {
    config: { access: ORGANISERS },
    schema: {
      tags: ['knowledge'],
      summary:
        'Meeting times for partners across time zones: UTC half-hour starts in [from, to − duration], best first (most participants with the whole meeting between 09:00 and 18:00 on a working day in their capital, then earliest)',
      body: MeetingSlotsRequestSchema,
      response: { 200: MeetingSlotsSchema },
    },
    handler: async (request) => knowledge.meetingSlots(request.body),
  });

  app.get('/api/knowledge/documents', {
    config: { access: READERS },
    schema: {
      tags: ['knowledge'],
      summary: 'Technical documents with their editions and files (public ones for everyone, what was sent to a partner, drafts for publishers); q searches titles and files’ text in any language',
      querystring: DocumentQuerySchema,
      response: { 200: DocumentListSchema },
    },
    handler: async (request) => ({ documents: await knowledge.documents(request.actor, request.query.q) }),
  });

  app.get('/api/knowledge/documents/:id', {
    config: { access: READERS },
    schema: { tags: ['knowledge'], summary: 'One document, if the caller may see it (404 otherwise)', params: IdParamsSchema, response: { 200: DocumentSchema } },
    handler: async (request) => knowledge.document(request.actor, request.params.id),
  });

  app.post('/api/knowledge/documents', {
    config: { access: ORGANISERS },
    schema: { tags: ['knowledge'], summary: 'A new document (kind, titles in English and Chinese, public or not); audited', body: DocumentInputSchema, response: { 201: DocumentSchema } },
    handler: async (request, reply) => reply.status(201).send(await knowledge.createDocument(request.actor, request.body)),
  });

  app.post('/api/knowledge/documents/:id/editions', {
    config: { access: ORGANISERS },
    schema: { tags: ['knowledge'], summary: 'A new draft edition, numbered after the last, with its date and summary of changes; audited', params: IdParamsSchema, body: EditionInputSchema, response: { 201: DocumentSchema } },
    handler: async (request, reply) => reply.status(201).send(await knowledge.addEdition(request.actor, request.params.id, request.body)),
  });

  app.put('/api/knowledge/editions/:id/files', {
    config: { access: ORGANISERS },
    schema: {
      tags: ['knowledge'],
      summary:
        'Upload a draft edition’s file in one language (body: the file, application/octet-stream): PDF, DOCX or Markdown judged from its content, at most 100 MB; replaces that language’s file of the same format; audited',
      params: IdParamsSchema,
      querystring: FileUploadQuerySchema,
      response: { 201: EditionFileSchema },
    },
    handler: async (request, reply) => {
      // Any other content type was parsed (JSON, text) and is not the file: refused before anything is staged.
      if (!(request.body instanceof Readable)) throw new UnsupportedFile('send the file itself as the body, with Content-Type: application/octet-stream');
      return reply.status(201).send(await knowledge.uploadFile(request.actor, request.params.id, request.query, request.body));
    },
  });

  app.post('/api/knowledge/editions/:id/publish', {
    config: { access: ORGANISERS },
    schema: { tags: ['knowledge'], summary: 'Publish a draft edition (it needs a file); final from then on; audited', params: IdParamsSchema, response: { 200: DocumentSchema } },
    handler: async (request) => knowledge.publish(request.actor, request.params.id),
  });

  app.get('/api/knowledge/files/:id', {
    config: { access: READERS },
    schema: { tags: ['knowledge'], summary: 'Download a file of an edition the caller may see (404 otherwise), streamed', params: IdParamsSchema },
    handler: async (request, reply) => {
      const { file, stream } = await knowledge.download(request.actor, request.params.id);
      return reply
        .header('content-type', file.mediaType)
        .header('content-length', String(file.size))
        .header('etag', `"${file.sha256}"`)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(stream);
    },
  });

  app.post('/api/knowledge/editions/:id/send', {
    config: { access: ORGANISERS },
    schema: {
      tags: ['knowledge'],
      summary: 'Send a published edition to every partner ({ all: true }), a WHO region’s countries ({ region }) or a list ({ partners }); each partner receives it once; audited',
      params: IdParamsSchema,
      body: SendInputSchema,
      response: { 200: SendResultSchema },
    },
    handler: async (request) => knowledge.send(request.actor, request.params.id, request.body),
  });

  app.get('/api/knowledge/editions/:id/deliveries', {
    config: { access: ORGANISERS },
    schema: {
      tags: ['knowledge'],
      summary: 'Who received an edition, downloaded and acknowledged it; overdue when not acknowledged after overdueAfterDays (default 7)',
      params: IdParamsSchema,
      querystring: DeliveryQuerySchema,
      response: { 200: DeliveryDashboardSchema },
    },
    handler: async (request) => knowledge.deliveries(request.params.id, request.query.overdueAfterDays),
  });

  app.get('/api/knowledge/partners/:partnerId/inbox', {
    config: { access: INBOX_READERS },
    schema: { tags: ['knowledge'], summary: 'The editions sent to a partner, newest first, with download and acknowledgement', params: PartnerParamsSchema, response: { 200: InboxSchema } },
    handler: async (request) => ({ items: await knowledge.inbox(request.actor, request.params.partnerId) }),
  });

  app.post('/api/knowledge/partners/:partnerId/inbox/:editionId/acknowledge', {
    config: { access: FOCAL_POINTS },
    schema: { tags: ['knowledge'], summary: 'The focal point acknowledges receipt of an edition sent to its partner; audited once', params: InboxAckParamsSchema, response: { 200: InboxItemSchema } },
    handler: async (request) => knowledge.acknowledge(request.actor, request.params.partnerId, request.params.editionId),
  });

  app.get('/api/knowledge/superseded', {
    config: { access: ORGANISERS },
    schema: { tags: ['knowledge'], summary: 'Partners still holding a superseded edition: their newest copy of a document is older than its latest published edition', response: { 200: SupersededSchema } },
    handler: async () => ({ holders: await knowledge.superseded() }),
  });

  app.post('/api/knowledge/editions/:id/remind', {
    config: { access: ORGANISERS },
    schema: {
      tags: ['knowledge'],
      summary: 'Remind the listed partners, or every partner that has not acknowledged after overdueAfterDays, in the app and by e-mail to their focal points (through the outbox); audited',
      params: IdParamsSchema,
      body: RemindInputSchema,
      response: { 200: RemindResultSchema },
    },
    handler: async (request) => knowledge.remind(request.actor, request.params.id, request.body),
  });

  app.post('/api/knowledge/superseded/remind', {
    config: { access: ORGANISERS },
    schema: {
      tags: ['knowledge'],
      summary: 'Send the latest edition to partners still holding a superseded one (of a document, or every document; optionally only listed partners) and remind them in the app and by e-mail; audited',
      body: RemindSupersededInputSchema,
      response: { 200: RemindSupersededResultSchema },
    },
    handler: async (request) => knowledge.remindSuperseded(request.actor, request.body),
  });

  app.get('/api/knowledge/outbox', {
    config: { access: ORGANISERS },
    schema: { tags: ['knowledge'], summary: 'The reminder e-mail outbox: whether SMTP is configured, and how many e-mails wait, were sent, or were given up', response: { 200: OutboxStatusSchema } },
    handler: async () => knowledge.outboxStatus(),
  });

  // ── Briefings and exchange meetings (ADR 085) ──

  app.post('/api/knowledge/meetings', {
    config: { access: ORGANISERS },
    schema: { tags: ['knowledge'], summary: 'Schedule a briefing or video exchange with invited partners, co-hosts, agenda and the editions presented; audited', body: MeetingInputSchema, response: { 201: MeetingSchema } },
    handler: async (request, reply) => reply.status(201).send(await knowledge.meetings.create(request.actor, request.body)),
  });

  app.get('/api/knowledge/meetings', {
    config: { access: MEETING_READERS },
    schema: { tags: ['knowledge'], summary: 'Meetings: every one for organisers, those its partner is invited to for a focal point', response: { 200: MeetingListSchema } },
    handler: async (request) => ({ meetings: await knowledge.meetings.list(request.actor) }),
  });

  app.get('/api/knowledge/meetings/:id/invitation.ics', {
    config: { access: MEETING_READERS },
    schema: { tags: ['knowledge'], summary: 'The invitation as an RFC 5545 calendar (organisers, invited focal points; 404 otherwise)', params: IdParamsSchema },
    handler: async (request, reply) =>
      reply
        .header('content-type', 'text/calendar; charset=utf-8; method=REQUEST')
        .header('content-disposition', `attachment; filename="meeting-${request.params.id}.ics"`)
        .send(await knowledge.meetings.invitation(request.actor, request.params.id)),
  });

  app.post('/api/knowledge/partners/:partnerId/meetings/:meetingId/register', {
    config: { access: FOCAL_POINTS },
    schema: { tags: ['knowledge'], summary: 'The focal point registers its partner for a meeting it is invited to; audited', params: MeetingParamsSchema, response: { 200: MeetingSchema } },
    handler: async (request) => knowledge.meetings.register(request.actor, request.params.partnerId, request.params.meetingId),
  });

  app.post('/api/knowledge/partners/:partnerId/meetings/:meetingId/questions', {
    config: { access: FOCAL_POINTS },
    schema: { tags: ['knowledge'], summary: 'A question for a meeting, sent before or during it; audited', params: MeetingParamsSchema, body: QuestionInputSchema, response: { 200: MeetingSchema } },
    handler: async (request) => knowledge.meetings.ask(request.actor, request.params.partnerId, request.params.meetingId, request.body.text),
  });

  app.post('/api/knowledge/meetings/:id/record', {
    config: { access: ORGANISERS },
    schema: { tags: ['knowledge'], summary: 'After the meeting: attendance, answers, minutes and recording link; the meeting counts as held; audited', params: IdParamsSchema, body: MeetingRecordInputSchema, response: { 200: MeetingSchema } },
    handler: async (request) => knowledge.meetings.record(request.actor, request.params.id, request.body),
  });

  app.get('/api/knowledge/meetings/totals', {
    config: { access: READERS },
    schema: { tags: ['knowledge'], summary: 'The published figure: N meetings held with M countries and regions (partners that attended)', response: { 200: MeetingTotalsSchema } },
    handler: async () => knowledge.meetings.totals(),
  });

  // ── Expert questions (ADR 086) ──

  app.post('/api/knowledge/partners/:partnerId/questions', {
    config: { access: FOCAL_POINTS },
    schema: {
      tags: ['knowledge'],
      summary: 'The focal point asks the experts a question on a topic; routed to the least-loaded expert of the topic, or the unassigned queue; due after the response-time target; audited',
      params: PartnerParamsSchema,
      body: ExpertQuestionInputSchema,
      response: { 201: ExpertQuestionSchema },
    },
    handler: async (request, reply) => reply.status(201).send(await knowledge.questions.ask(request.actor, request.params.partnerId, request.body)),
  });

  app.get('/api/knowledge/partners/:partnerId/questions', {
    config: { access: INBOX_READERS },
    schema: { tags: ['knowledge'], summary: 'The questions a partner asked, newest first, with their due time, expert and answer', params: PartnerParamsSchema, response: { 200: ExpertQuestionListSchema } },
    handler: async (request) => ({ targetHours: knowledge.questions.targetHours, questions: await knowledge.questions.ofPartner(request.actor, request.params.partnerId) }),
  });

  app.get('/api/knowledge/questions', {
    config: { access: ANSWERERS },
    schema: { tags: ['knowledge'], summary: 'Questions to work on: an expert’s routed questions and the unassigned queue; every question for coordinators and admins', response: { 200: ExpertQuestionListSchema } },
    handler: async (request) => ({ targetHours: knowledge.questions.targetHours, questions: await knowledge.questions.list(request.actor) }),
  });

  app.get('/api/knowledge/questions/published', {
    config: { access: QUESTION_READERS },
    schema: { tags: ['knowledge'], summary: 'Answers published to every partner, newest first', response: { 200: ExpertQuestionListSchema } },
    handler: async () => ({ targetHours: knowledge.questions.targetHours, questions: await knowledge.questions.published() }),
  });

  app.get('/api/knowledge/questions/:id', {
    config: { access: QUESTION_READERS },
    schema: { tags: ['knowledge'], summary: 'One question, if the caller may see it (404 otherwise)', params: IdParamsSchema, response: { 200: ExpertQuestionSchema } },
    handler: async (request) => knowledge.questions.get(request.actor, request.params.id),
  });

  app.post('/api/knowledge/questions/:id/answer', {
    config: { access: ANSWERERS },
    schema: {
      tags: ['knowledge'],
      summary: 'Answer a question (an expert: one routed to them, or one from the queue, which they then take), optionally naming the published edition it refers to; audited',
      params: IdParamsSchema,
      body: ExpertAnswerInputSchema,
      response: { 200: ExpertQuestionSchema },
    },
    handler: async (request) => knowledge.questions.answer(request.actor, request.params.id, request.body),
  });

  app.post('/api/knowledge/questions/:id/publish', {
    config: { access: ANSWERERS },
    schema: { tags: ['knowledge'], summary: 'Publish an answered question to every partner; audited', params: IdParamsSchema, response: { 200: ExpertQuestionSchema } },
    handler: async (request) => knowledge.questions.publish(request.actor, request.params.id),
  });

  app.get('/api/knowledge/experts', {
    config: { access: ANSWERERS },
    schema: { tags: ['knowledge'], summary: 'Active experts with the topics they answer and their open questions', response: { 200: ExpertListSchema } },
    handler: async () => ({ experts: await knowledge.questions.experts() }),
  });

  app.put('/api/knowledge/experts/me/topics', {
    config: { access: EXPERTS },
    schema: { tags: ['knowledge'], summary: 'An expert declares the topics they answer (replacing the earlier list); audited', body: ExpertTopicsInputSchema, response: { 200: ExpertTopicsInputSchema } },
    handler: async (request) => ({ topics: await knowledge.questions.setTopics(request.actor, request.body.topics) }),
  });

  app.get('/api/knowledge/experts/me/topics', {
    config: { access: EXPERTS },
    schema: { tags: ['knowledge'], summary: 'The topics the signed-in expert answers', response: { 200: ExpertTopicsInputSchema } },
    handler: async (request) => ({ topics: await knowledge.questions.topicsOf(request.actor) }),
  });

  app.get('/api/knowledge/reach', {
    config: { access: READERS },
    schema: { tags: ['knowledge'], summary: 'The published figure: shared with N countries and M organisations', response: { 200: ReachSchema } },
    handler: async () => knowledge.reach(),
  });
};
