import { z } from 'zod';
import { ApiErrorSchema } from './errors';
import { IdSchema } from './common';

// An import handed to the job queue (ADR 063). Its POST answers 201 with the result when the job ends within the
// request's wait, and 202 with this record otherwise; the page then reads the record until the job has ended.
export const IMPORT_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

export const ImportJobParamsSchema = z.object({ jobId: IdSchema });

/** The record of an import job whose result (when done) is `result`. */
export function importJobSchema<R extends z.ZodType>(result: R) {
  return z.object({
    id: z.number().int(),
    status: z.enum(IMPORT_JOB_STATUSES).describe('queued (waiting for a process that takes jobs, or for its next try), running, done or failed'),
    attempts: z.number().int().describe('tries so far; a try that failed unexpectedly is repeated after a back-off'),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    result: result.nullable().describe('what the POST answers with 201, once done'),
    httpStatus: z.number().int().nullable().describe('once failed: the status the POST would have answered (422 for a refused file, …)'),
    error: ApiErrorSchema.shape.error.nullable().describe('once failed: the error the POST would have answered; while retried, the last try’s'),
  });
}
