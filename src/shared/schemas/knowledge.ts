import { z } from 'zod';
import { IdSchema, Iso3Schema, MAX_ID } from './common';
import { WHO_REGIONS } from './countries';

/** The longest window the slot finder searches, and the most participants it takes (issue 14). */
export const SLOT_WINDOW_MAX_DAYS = 31;
export const SLOT_PARTICIPANTS_MAX = 200;
const DAY_MS = 86_400_000;

const UtcDateTimeSchema = z.iso.datetime({ offset: true, message: 'expected a date-time such as 2026-12-07T08:00:00Z' });

export const MeetingSlotsRequestSchema = z
  .object({
    participants: z.array(Iso3Schema).min(1, 'name at least one participant').max(SLOT_PARTICIPANTS_MAX, `at most ${SLOT_PARTICIPANTS_MAX} participants`),
    durationMinutes: z.number().int('a whole number of minutes').min(15, 'a meeting lasts at least 15 minutes').max(540, 'a meeting fits in a working day: at most 540 minutes'),
    from: UtcDateTimeSchema,
    to: UtcDateTimeSchema,
    /** How many slots to return, best first (default 100). */
    limit: z.number().int().min(1).max(SLOT_WINDOW_MAX_DAYS * 48).default(100),
  })
  .superRefine((body, ctx) => {
    const span = Date.parse(body.to) - Date.parse(body.from);
    if (span <= 0) ctx.addIssue({ code: 'custom', path: ['to'], message: '"to" comes after "from"' });
    else if (span > SLOT_WINDOW_MAX_DAYS * DAY_MS) ctx.addIssue({ code: 'custom', path: ['to'], message: `the window is at most ${SLOT_WINDOW_MAX_DAYS} days` });
  });
export type MeetingSlotsRequest = z.input<typeof MeetingSlotsRequestSchema>;

export const MeetingSlotSchema = z.object({
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  /** How many participants have the whole meeting inside their working hours. */
  count: z.number().int(),
  inside: z.array(Iso3Schema),
});
export type MeetingSlot = z.infer<typeof MeetingSlotSchema>;

export const MeetingSlotsSchema = z.object({ slots: z.array(MeetingSlotSchema) });
export type MeetingSlots = z.infer<typeof MeetingSlotsSchema>;

// ── Documents (issue 14) ──

export const DOCUMENT_KINDS = ['diagnosis_treatment', 'prevention_control', 'laboratory_testing', 'clinical_management', 'community_management', 'other'] as const;
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export const DOCUMENT_FORMATS = ['pdf', 'docx', 'md'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
/** A BCP 47 language tag such as en, zh, fr or pt-BR. */
export const LanguageSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'expected a language tag such as en, zh or pt-BR');
/** The largest document file accepted. */
export const DOCUMENT_FILE_MAX_BYTES = 100 * 1024 * 1024;

export const DocumentInputSchema = z.object({
  kind: DocumentKindSchema,
  titleEn: z.string().trim().min(1, 'a title in English').max(300),
  titleZh: z.string().trim().min(1, 'a title in Chinese').max(300),
  public: z.boolean().default(false),
});
export type DocumentInput = z.input<typeof DocumentInputSchema>;

export const EditionInputSchema = z.object({
  date: z.iso.date({ message: 'expected a date as YYYY-MM-DD' }),
  summary: z.string().trim().min(1, 'say what changed in this edition').max(4000),
});

export const FileUploadQuerySchema = z.object({
  language: LanguageSchema,
  fileName: z
    .string()
    .min(1)
    .max(200)
    .refine((name) => !/[/\\]/.test(name) && ![...name].some((c) => c.charCodeAt(0) < 32), 'a file name without slashes or control characters'),
});

export const EditionFileSchema = z.object({
  id: z.number().int(),
  language: z.string(),
  format: z.enum(DOCUMENT_FORMATS),
  mediaType: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
});
export type EditionFile = z.infer<typeof EditionFileSchema>;

export const EditionSchema = z.object({
  id: z.number().int(),
  number: z.number().int(),
  date: z.string(),
  summary: z.string(),
  publishedAt: z.string().nullable(),
  files: z.array(EditionFileSchema),
});
export type Edition = z.infer<typeof EditionSchema>;

export const DocumentSchema = z.object({
  id: z.number().int(),
  kind: DocumentKindSchema,
  titleEn: z.string(),
  titleZh: z.string(),
  public: z.boolean(),
  /** Publishers see drafts; everyone else only published editions. */
  editions: z.array(EditionSchema),
});
export type KnowledgeDocument = z.infer<typeof DocumentSchema>;
export const DocumentQuerySchema = z.object({
  /** Text the titles or the files contain, in any language, ignoring case. */
  q: z.string().trim().min(1, 'type something to search for').max(200).optional(),
});
export const DocumentListSchema = z.object({ documents: z.array(DocumentSchema) });
export const EditionParamsSchema = z.object({ id: IdSchema });

// ── Distribution (issue 14) ──

export const SendTargetSchema = z.union([
  z.object({ all: z.literal(true) }).strict(),
  z.object({ region: z.enum(WHO_REGIONS) }).strict(),
  z.object({ partners: z.array(z.string().min(1).max(40)).min(1).max(1000) }).strict(),
]);
export const SendInputSchema = z.object({ to: SendTargetSchema });
export type SendInput = z.infer<typeof SendInputSchema>;
export const SendResultSchema = z.object({ sent: z.number().int(), alreadySent: z.number().int() });

export const PartnerParamsSchema = z.object({ partnerId: z.string().min(1).max(40) });
export const InboxAckParamsSchema = z.object({ partnerId: z.string().min(1).max(40), editionId: IdSchema });

export const InboxItemSchema = z.object({
  editionId: z.number().int(),
  documentId: z.number().int(),
  kind: DocumentKindSchema,
  titleEn: z.string(),
  titleZh: z.string(),
  number: z.number().int(),
  date: z.string(),
  summary: z.string(),
  files: z.array(EditionFileSchema),
  sentAt: z.string(),
  downloadedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  /** The latest reminder about this edition: acknowledge it, or replace the superseded edition with it. */
  reminder: z.object({ at: z.string(), kind: z.enum(['acknowledge', 'superseded']) }).nullable(),
});
export type InboxItem = z.infer<typeof InboxItemSchema>;
export const InboxSchema = z.object({ items: z.array(InboxItemSchema) });

export const DeliveryQuerySchema = z.object({
  /** Flags as overdue a delivery not acknowledged this many days after it was sent. */
  overdueAfterDays: z.coerce.number().int().min(0).max(365).default(7),
});
export const DeliverySchema = z.object({
  partnerId: z.string(),
  partnerKind: z.enum(['country', 'organisation']),
  nameEn: z.string(),
  nameZh: z.string(),
  sentAt: z.string(),
  downloadedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  overdue: z.boolean(),
});
export const DeliveryDashboardSchema = z.object({
  editionId: z.number().int(),
  sent: z.number().int(),
  downloaded: z.number().int(),
  acknowledged: z.number().int(),
  overdue: z.number().int(),
  deliveries: z.array(DeliverySchema),
});
export type DeliveryDashboard = z.infer<typeof DeliveryDashboardSchema>;

/** The figure the agency publishes: "shared with N countries and M organisations". */
export const ReachSchema = z.object({ countries: z.number().int(), organisations: z.number().int() });

/** A partner whose newest copy of a document is an edition older than the latest published one. */
export const SupersededHolderSchema = z.object({
  partnerId: z.string(),
  partnerKind: z.enum(['country', 'organisation']),
  nameEn: z.string(),
  nameZh: z.string(),
  documentId: z.number().int(),
  titleEn: z.string(),
  titleZh: z.string(),
  heldEditionId: z.number().int(),
  heldNumber: z.number().int(),
  latestEditionId: z.number().int(),
  latestNumber: z.number().int(),
});
export type SupersededHolder = z.infer<typeof SupersededHolderSchema>;
export const SupersededSchema = z.object({ holders: z.array(SupersededHolderSchema) });

// ── Reminders (issue 14, ADR 084) ──

const PartnerIdsSchema = z.array(z.string().min(1).max(40)).min(1).max(1000);
export const RemindInputSchema = z.object({
  /** Whom to remind; without a list, every partner that has not acknowledged after overdueAfterDays. */
  partners: PartnerIdsSchema.optional(),
  overdueAfterDays: z.number().int().min(0).max(365).default(7),
});
export type RemindInput = z.input<typeof RemindInputSchema>;
export const RemindResultSchema = z.object({
  /** Partners reminded in the app. */
  reminded: z.number().int(),
  /** E-mails queued for their focal points. */
  emails: z.number().int(),
});
export const RemindSupersededInputSchema = z.object({
  /** One document's holders, else every document's. */
  documentId: z.number().int().positive().max(MAX_ID).optional(),
  partners: PartnerIdsSchema.optional(),
});
export const RemindSupersededResultSchema = RemindResultSchema.extend({
  /** Latest editions delivered to the holders by this reminder. */
  sent: z.number().int(),
});
export const OutboxStatusSchema = z.object({
  /** Whether SMTP is configured (SMTP_URL); without it e-mails wait in the outbox. */
  smtp: z.boolean(),
  waiting: z.number().int(),
  sent: z.number().int(),
  gaveUp: z.number().int(),
});

// ── Briefings and exchange meetings (issue 14, ADR 085) ──

export const MEETING_KINDS = ['briefing', 'video_exchange'] as const;
export const MeetingInputSchema = z
  .object({
    kind: z.enum(MEETING_KINDS),
    titleEn: z.string().trim().min(1, 'a title in English').max(300),
    titleZh: z.string().trim().min(1, 'a title in Chinese').max(300),
    /** Co-hosts such as WHO. */
    coHosts: z.array(z.string().trim().min(1).max(120)).max(10).default([]),
    start: UtcDateTimeSchema,
    end: UtcDateTimeSchema,
    agenda: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
    invitees: z.array(z.string().min(1).max(40)).min(1, 'invite at least one partner').max(1000),
    /** Editions presented at the meeting. */
    editionIds: z.array(z.number().int().positive().max(MAX_ID)).max(50).default([]),
  })
  .superRefine((m, ctx) => {
    if (Date.parse(m.end) <= Date.parse(m.start)) ctx.addIssue({ code: 'custom', path: ['end'], message: '"end" comes after "start"' });
  });
export type MeetingInput = z.input<typeof MeetingInputSchema>;

export const MeetingQuestionSchema = z.object({ id: z.number().int(), partnerId: z.string().nullable(), text: z.string(), askedAt: z.string(), answer: z.string().nullable() });
export const MeetingSchema = z.object({
  id: z.number().int(),
  kind: z.enum(MEETING_KINDS),
  titleEn: z.string(),
  titleZh: z.string(),
  coHosts: z.array(z.string()),
  start: z.string(),
  end: z.string(),
  agenda: z.array(z.string()),
  editionIds: z.array(z.number().int()),
  invitees: z.array(z.object({ partnerId: z.string(), registeredAt: z.string().nullable(), attended: z.boolean() })),
  questions: z.array(MeetingQuestionSchema),
  heldAt: z.string().nullable(),
  minutes: z.string().nullable(),
  recordingUrl: z.string().nullable(),
});
export type Meeting = z.infer<typeof MeetingSchema>;
export const MeetingListSchema = z.object({ meetings: z.array(MeetingSchema) });
export const MeetingParamsSchema = z.object({ partnerId: z.string().min(1).max(40), meetingId: IdSchema });
export const QuestionInputSchema = z.object({ text: z.string().trim().min(1, 'ask a question').max(4000) });
export const MeetingRecordInputSchema = z.object({
  attended: z.array(z.string().min(1).max(40)).max(1000),
  minutes: z.string().trim().max(100_000).default(''),
  recordingUrl: z.url({ protocol: /^https?$/, message: 'an http(s) link' }).max(2000).optional(),
  answers: z.array(z.object({ questionId: z.number().int().positive().max(MAX_ID), answer: z.string().trim().min(1).max(4000) })).max(500).default([]),
});
/** "N meetings with M countries and regions": meetings held, and the partners that attended any. */
export const MeetingTotalsSchema = z.object({ meetings: z.number().int(), countries: z.number().int(), organisations: z.number().int() });
