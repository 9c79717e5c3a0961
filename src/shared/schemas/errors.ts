import { z } from 'zod';

export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unprocessable',
  'rate_limited',
  'infeasible',
  'internal',
] as const;

export const ErrorDetailSchema = z.object({
  path: z.string().describe('where the problem is: a field path, or line:column in an uploaded file'),
  message: z.string(),
});

export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.array(ErrorDetailSchema),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;
