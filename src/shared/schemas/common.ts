import { z } from 'zod';

export const EmailSchema = z.email({ message: 'expected an email address' }).max(254).transform((e) => e.toLowerCase());
export const PasswordSchema = z.string().min(10, 'a password has at least 10 characters').max(256);
export const Iso3Schema = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as KEN');
export const IsoDateSchema = z.iso.date({ message: 'expected a date as YYYY-MM-DD' });

// Bounds of the numbers a caller may send: wide enough for any real use, small enough that what is computed
// from them (sums, products over a plan) stays finite, and that a row id fits a PostgreSQL integer.
/** The largest row id (PostgreSQL `integer`): a larger one could only be a 500 from the database. */
export const MAX_ID = 2_147_483_647;
/** Units of one item (stock, need, a request line): a trillion, far above any stock, far below overflow. */
export const MAX_QUANTITY = 1e12;
/** The other upper bounds of aid inputs and allocation instances (core/allocation/validate-instance.ts). */
export const LIMITS = {
  packSize: 1_000_000,
  itemValue: 1_000_000,
  packWeightKg: 100_000,
  packVolumeM3: 1_000,
  freightCapacityKg: 1e9,
  /** Above the population of the world. */
  dailyCases: 1e9,
  priorityWeight: 1_000,
  needsValue: 1e9,
  /** Money value of one unit of an aid item, USD. */
  unitValueUsd: 1e9,
} as const;
export const IdSchema = z.coerce.number().int().positive().max(MAX_ID);
export const OffsetSchema = z.coerce.number().int().min(0).max(MAX_ID).default(0);
/** A non-negative quantity of units. */
export const QuantitySchema = z.number().finite().min(0).max(MAX_QUANTITY);

export const IdParamsSchema = z.object({ id: IdSchema });
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: OffsetSchema,
});
export const OkSchema = z.object({ ok: z.literal(true) });

export const HealthSchema = z.object({ status: z.literal('ok'), db: z.enum(['sqlite', 'postgres']) });
export type Health = z.infer<typeof HealthSchema>;
