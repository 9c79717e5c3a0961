import { z } from 'zod';

export const EmailSchema = z.email({ message: 'expected an email address' }).max(254).transform((e) => e.toLowerCase());
export const PasswordSchema = z.string().min(10, 'a password has at least 10 characters').max(256);
export const Iso3Schema = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as KEN');
export const IsoDateSchema = z.iso.date({ message: 'expected a date as YYYY-MM-DD' });
export const IdParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const OkSchema = z.object({ ok: z.literal(true) });

export const HealthSchema = z.object({ status: z.literal('ok'), db: z.enum(['sqlite', 'postgres']) });
export type Health = z.infer<typeof HealthSchema>;
