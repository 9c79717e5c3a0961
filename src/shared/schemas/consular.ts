import { z } from 'zod';
import { IsoDateSchema, Iso3Schema, MAX_ID } from './common';
import { importJobSchema } from './import-jobs';

// Payloads of the consular module (issue 13).

/** At most about 20 MB of CSV: a health authority's list of imported cases is far smaller. */
export const IMPORTED_CASES_MAX_CHARS = 20_000_000;

export const ImportedCasesImportSchema = z.object({
  data: z.string().min(1, 'the file is empty').max(IMPORTED_CASES_MAX_CHARS, 'the file is larger than 20 MB'),
});
export type ImportedCasesImport = z.infer<typeof ImportedCasesImportSchema>;

export const ImportedCasesSummarySchema = z.object({
  imported: z.number().int(),
  firstDate: IsoDateSchema,
  lastDate: IsoDateSchema,
});
export type ImportedCasesSummary = z.infer<typeof ImportedCasesSummarySchema>;
/** An imported-cases import on the job queue (ADR 063): what the POST answers with 202 when it is not done in time. */
export const ImportedCasesJobSchema = importJobSchema(ImportedCasesSummarySchema);
export type ImportedCasesJob = z.infer<typeof ImportedCasesJobSchema>;

export const ImportedCasesRangeSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'the end of the range comes before its start' });
export type ImportedCasesRange = z.infer<typeof ImportedCasesRangeSchema>;

const CountShareSchema = z.object({ count: z.number().int(), share: z.number().min(0).max(1) });
export const ImportedCaseStatisticsSchema = z.object({
  total: z.number().int(),
  ownPassport: CountShareSchema,
  students: CountShareSchema,
  byOrigin: z.array(z.object({ iso3: Iso3Schema, count: z.number().int() })),
});
export type ImportedCaseStatistics = z.infer<typeof ImportedCaseStatisticsSchema>;

// Posts: embassies and consulates general.
const ClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM');
export const WorkingHoursSchema = z
  .object({
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    open: ClockTimeSchema,
    close: ClockTimeSchema,
  })
  .refine((h) => h.open < h.close, { path: ['close'], message: 'closing comes after opening' });
export type WorkingHours = z.infer<typeof WorkingHoursSchema>;

export const PostKindSchema = z.enum(['embassy', 'consulate']);
const PhoneSchema = z.string().regex(/^\+?[0-9 ()-]{5,32}$/, 'expected a phone number such as +44 20 5550 0100');
export const TimeZoneSchema = z.string().min(1).max(64).refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'expected an IANA time zone such as Europe/London');

export const PostInputSchema = z.object({
  kind: PostKindSchema,
  nameEn: z.string().trim().min(1).max(120),
  nameZh: z.string().trim().min(1).max(120),
  hostIso3: Iso3Schema,
  city: z.string().trim().min(1).max(80),
  timeZone: TimeZoneSchema,
  workingHours: WorkingHoursSchema,
  covers: z.array(Iso3Schema).min(1).max(60),
  cities: z.array(z.string().trim().min(1).max(80)).max(100),
  phones: z.array(PhoneSchema).max(10),
});
export type PostInput = z.infer<typeof PostInputSchema>;

export const PostSchema = PostInputSchema.extend({
  id: z.string(),
  demo: z.boolean(),
  /** This year's public holidays in the host country (date-holidays), on which the post is closed. */
  holidays: z.array(z.object({ date: IsoDateSchema, name: z.string() })),
});
export type Post = z.infer<typeof PostSchema>;
export const PostListSchema = z.object({ posts: z.array(PostSchema) });
export const PostIdParamsSchema = z.object({ postId: z.string().min(1).max(64) });
export const PostIdQuerySchema = z.object({ postId: z.string().min(1).max(64).optional() });

// Citizens abroad.
export const CitizenStatusSchema = z.enum(['student', 'worker', 'resident', 'visitor']);
export const CitizenInputSchema = z.object({
  fullName: z.string().trim().min(1).max(160),
  dateOfBirth: IsoDateSchema,
  passportNumber: z.string().trim().regex(/^[A-Z0-9]{5,20}$/, 'expected 5 to 20 capital letters and digits'),
  status: CitizenStatusSchema,
  school: z.string().trim().max(160).nullable().default(null),
  programme: z.string().trim().max(160).nullable().default(null),
  guardianContact: z.string().trim().max(200).nullable().default(null),
  hostIso3: Iso3Schema,
  city: z.string().trim().min(1).max(80),
  phone: PhoneSchema,
  email: z.email({ message: 'expected an email address' }).max(254).nullable().default(null),
  messagingHandle: z.string().trim().max(80).nullable().default(null),
  consent: z.literal(true, { message: 'registration needs the citizen’s consent' }),
});
export type CitizenInput = z.infer<typeof CitizenInputSchema>;

export const CitizenSchema = CitizenInputSchema.omit({ consent: true }).extend({
  id: z.number().int(),
  postId: z.string(),
  consentAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Citizen = z.infer<typeof CitizenSchema>;
export const CitizenListSchema = z.object({ citizens: z.array(CitizenSchema) });

// Help requests.
export const CASE_CHANNELS = ['hotline', 'post_line', 'web', 'email', 'message'] as const;
export const CASE_TOPICS = ['treatment', 'visa', 'studies', 'accommodation', 'food', 'travel_home', 'lost_documents', 'other'] as const;
/** Most urgent first. */
export const CASE_URGENCIES = ['life_threatening', 'urgent', 'normal'] as const;
export const CaseStatusSchema = z.enum(['new', 'assigned', 'waiting_on_citizen', 'resolved', 'closed']);

const CaseBodySchema = z.object({
  topic: z.enum(CASE_TOPICS),
  urgency: z.enum(CASE_URGENCIES),
  summary: z.string().trim().min(1, 'say what the caller needs').max(4000),
});
/** An operator logs a call (or an e-mail, a message); the caller is linked by phone to a known citizen. */
export const CaseIntakeSchema = CaseBodySchema.extend({
  channel: z.enum(CASE_CHANNELS),
  callerName: z.string().trim().min(1).max(160),
  callerPhone: PhoneSchema,
  hostIso3: Iso3Schema,
  city: z.string().trim().min(1).max(80),
});
export type CaseIntake = z.infer<typeof CaseIntakeSchema>;
/** A registered citizen asks for help on the web: who and where come from their record. */
export const CitizenCaseInputSchema = CaseBodySchema;
export type CitizenCaseInput = z.infer<typeof CitizenCaseInputSchema>;

export const CaseMessageInputSchema = z.object({ kind: z.enum(['reply', 'note']), body: z.string().trim().min(1).max(4000) });
export const CitizenMessageInputSchema = z.object({ body: z.string().trim().min(1).max(4000) });
export const CaseStatusChangeSchema = z.object({ status: CaseStatusSchema, assignedTo: z.number().int().positive().max(MAX_ID).nullable().optional() });
export const CaseEscalationSchema = z.object({ to: z.number().int().positive().max(2_147_483_647), reason: z.string().trim().min(1).max(1000) });
export const PostOfficerListSchema = z.object({ officers: z.array(z.object({ id: z.number().int(), displayName: z.string(), postId: z.string() })) });
export const CASE_VIEWS = ['all', 'mine', 'unassigned', 'due', 'breached'] as const;
export type CaseView = (typeof CASE_VIEWS)[number];
/** Cases on one page of a desk view unless the client asks for fewer (or more, up to the maximum). */
export const CASE_PAGE_DEFAULT = 50;
export const CASE_PAGE_MAX = 200;
export const CaseViewQuerySchema = z.object({
  view: z.enum(CASE_VIEWS).default('all'),
  limit: z.coerce.number().int().min(1).max(CASE_PAGE_MAX).default(CASE_PAGE_DEFAULT),
  /** The `nextCursor` of the previous page, unchanged (opaque). */
  cursor: z.string().min(1).max(200).regex(/^[A-Za-z0-9_-]+$/).optional(),
});

const TimerSchema = z.object({
  due: z.string().nullable(),
  /** Done (answered, resolved) at, or null while running. */
  metAt: z.string().nullable(),
  breached: z.boolean(),
  /** Working minutes left (negative once breached); null when met or with no deadline. */
  workingMinutesLeft: z.number().nullable(),
});
export const CaseMessageSchema = z.object({ id: z.number().int(), kind: z.enum(['reply', 'note', 'citizen']), body: z.string(), author: z.string(), createdAt: z.string() });
export const CaseSchema = z.object({
  id: z.number().int(),
  postId: z.string(),
  citizenId: z.number().int().nullable(),
  callerName: z.string(),
  callerPhone: z.string(),
  channel: z.enum(CASE_CHANNELS),
  topic: z.enum(CASE_TOPICS),
  urgency: z.enum(CASE_URGENCIES),
  status: CaseStatusSchema,
  assignedTo: z.number().int().nullable(),
  /**
   * Escalated to a supervisor or the post's head, when and why; null until escalated. An automatic escalation
   * (a timer ran out) goes to the post's supervisors as a whole (`to` null) with the reason `sla:<timer>`.
   */
  escalation: z.object({ to: z.number().int().nullable(), at: z.string(), reason: z.string(), automatic: z.boolean() }).nullable(),
  summary: z.string(),
  createdAt: z.string(),
  firstResponse: TimerSchema,
  resolution: TimerSchema,
  /** The post's local time now and whether it is open. */
  postLocalTime: z.string(),
  postOpen: z.boolean(),
  messages: z.array(CaseMessageSchema),
});
export type Case = z.infer<typeof CaseSchema>;
export const CaseListSchema = z.object({ cases: z.array(CaseSchema) });
/** A page of a desk view: most urgent first; `nextCursor` fetches the next page (null: this is the last); `total` counts the whole view. */
export const CasePageSchema = CaseListSchema.extend({ nextCursor: z.string().nullable(), total: z.number().int() });
export type CasePage = z.infer<typeof CasePageSchema>;
