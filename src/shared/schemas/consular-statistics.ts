import { z } from 'zod';
import { IsoDateSchema, Iso3Schema } from './common';
import { IMPORTED_CASES_MAX_CHARS } from './consular';

// Payloads of the consular statistics (issue 13): the help desk's calls and cases against last year, SLA
// compliance, the imported cases' shares by week and origin, and the call-history import.

/** Two years of days at most: a daily chart of more is unreadable and the query needlessly long. */
export const STATISTICS_MAX_DAYS = 731;
/** Ten years of arrivals at most for the weekly imported-case shares (about 520 weeks). */
export const IMPORTED_WEEKLY_MAX_DAYS = 3_660;
const dayCount = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;

const RangeShape = z.object({ from: IsoDateSchema, to: IsoDateSchema });
const withinDays = <T extends z.infer<typeof RangeShape>>(schema: z.ZodType<T>, maxDays: number) =>
  schema
    .refine((q) => q.from <= q.to, { path: ['to'], message: 'the end of the range comes before its start' })
    .refine((q) => q.from > q.to || dayCount(q.from, q.to) <= maxDays, { path: ['to'], message: `a range of at most ${maxDays} days` });
export const StatisticsRangeSchema = withinDays(RangeShape, STATISTICS_MAX_DAYS);
export type StatisticsRange = z.infer<typeof StatisticsRangeSchema>;
export const ImportedStatisticsRangeSchema = withinDays(RangeShape, IMPORTED_WEEKLY_MAX_DAYS);
/** The help desk's range and, for an admin, one post (none: every post); an officer may name only their own. */
export const HelpDeskQuerySchema = withinDays(RangeShape.extend({ postId: z.string().min(1).max(64).optional() }), STATISTICS_MAX_DAYS);
export type HelpDeskQuery = z.infer<typeof HelpDeskQuerySchema>;

export const CallHistoryImportSchema = z.object({
  data: z.string().min(1, 'the file is empty').max(IMPORTED_CASES_MAX_CHARS, 'the file is larger than 20 MB'),
});
export const CallHistorySummarySchema = z.object({
  days: z.number().int(),
  calls: z.number().int(),
  firstDate: IsoDateSchema,
  lastDate: IsoDateSchema,
});
export type CallHistorySummary = z.infer<typeof CallHistorySummarySchema>;

const KeyCountSchema = z.object({ key: z.string(), count: z.number().int() });
const TimerComplianceSchema = z.object({
  met: z.number().int(),
  missed: z.number().int(),
  running: z.number().int(),
  /** met / (met + missed); null while no timer is decided. */
  share: z.number().min(0).max(1).nullable(),
});
const ComplianceSchema = z.object({ firstResponse: TimerComplianceSchema, resolution: TimerComplianceSchema });

export const HelpDeskStatisticsSchema = z.object({
  /** The post the figures are limited to (an officer's own, or the one an admin chose), or null for every post. */
  postId: z.string().nullable(),
  days: z.array(
    z.object({
      date: IsoDateSchema,
      lastYearDate: IsoDateSchema,
      calls: z.number().int(),
      callsLastYear: z.number().int(),
      cases: z.number().int(),
      casesLastYear: z.number().int(),
    }),
  ),
  totals: z.object({ calls: z.number().int(), callsLastYear: z.number().int(), cases: z.number().int(), casesLastYear: z.number().int() }),
  byTopic: z.array(KeyCountSchema),
  byChannel: z.array(KeyCountSchema),
  byPost: z.array(KeyCountSchema),
  /** Of the cases opened in the range. */
  sla: z.object({ overall: ComplianceSchema, byPost: z.array(ComplianceSchema.extend({ postId: z.string() })) }),
});
export type HelpDeskStatistics = z.infer<typeof HelpDeskStatisticsSchema>;

const CountShareSchema = z.object({ count: z.number().int(), share: z.number().min(0).max(1) });
const SharesSchema = z.object({ total: z.number().int(), ownPassport: CountShareSchema, students: CountShareSchema });
export const ImportedCasesWeeklySchema = z.object({ weeks: z.array(SharesSchema.extend({ week: IsoDateSchema })) });
export type ImportedCasesWeekly = z.infer<typeof ImportedCasesWeeklySchema>;
export const ImportedCasesByOriginSchema = z.object({ origins: z.array(SharesSchema.extend({ iso3: Iso3Schema })) });
export type ImportedCasesByOrigin = z.infer<typeof ImportedCasesByOriginSchema>;
