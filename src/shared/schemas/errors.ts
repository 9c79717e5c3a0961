import { z } from 'zod';
import { ERROR_KEYS } from './error-keys';

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
  'internal',
] as const;

export const ErrorDetailSchema = z.object({
  path: z.string().describe('where the problem is: a field path, or line:column in an uploaded file'),
  message: z.string(),
  // Machine-readable, so a client can say it in its reader's language (the message is English).
  code: z.string().optional().describe('why, when the request did not match its schema: too_small, too_big, invalid_format, invalid_type, invalid_value, custom'),
  format: z.string().optional().describe('the expected format of an invalid_format: email, date, regex, ...'),
  origin: z.string().optional().describe('what too_small / too_big measured: string (characters), number, array (entries), ...'),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
});

export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.array(ErrorDetailSchema),
    key: z.enum(ERROR_KEYS).optional().describe('which refusal this is, when it is one a person meets: for the client to word in its language (the message is English)'),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional().describe("the values the key's wording names"),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;
