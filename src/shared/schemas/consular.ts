import { z } from 'zod';
import { IsoDateSchema, Iso3Schema } from './common';

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
