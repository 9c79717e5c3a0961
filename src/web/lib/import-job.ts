import { z } from 'zod';
import { importJobSchema } from '../../shared/schemas/import-jobs';
import { apiRequest, ApiRequestError } from './api-client';

// An import POST answers 201 with its result when its job on the server's queue ended in time, and 202 with the
// job otherwise (ADR 063). Either way the caller gets the result, or the error the POST would have answered.

const POLL_MS = 1000;
const AnyJobSchema = importJobSchema(z.unknown());

/** Sends an import and, when it was answered with its job, reads the job until it has ended. */
export async function sendImport<R extends z.ZodType>(path: string, body: unknown, result: R): Promise<z.output<R>> {
  const answer: unknown = await apiRequest(path, { method: 'POST', body, schema: z.union([AnyJobSchema, result]) });
  const first = AnyJobSchema.safeParse(answer);
  if (!first.success) return answer as z.output<R>;
  for (let job = first.data; ; ) {
    if (job.status === 'done') return result.parse(job.result) as z.output<R>;
    if (job.status === 'failed') throw new ApiRequestError(job.httpStatus ?? 500, job.error ?? { code: 'internal', message: 'the import failed', details: [] });
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    job = await apiRequest(`${path}/jobs/${job.id}`, { schema: AnyJobSchema });
  }
}
