import { z } from 'zod';
import { IdSchema } from './common';

// Health kits for students abroad (issue 13): stock per post, rounds, one kit per person per round.

export const KitTypeSchema = z.object({ id: z.string(), nameEn: z.string(), nameZh: z.string(), contents: z.array(z.string()) });
export const KitStockSchema = z.object({ postId: z.string(), kitTypeId: z.string(), quantity: z.number().int().min(0) });
export const KitOverviewSchema = z.object({
  types: z.array(KitTypeSchema),
  stock: z.array(KitStockSchema),
  rounds: z.array(
    z.object({
      id: z.number().int(),
      postId: z.string(),
      kitTypeId: z.string(),
      name: z.string(),
      studentsOnly: z.boolean(),
      createdAt: z.string(),
      allocations: z.array(
        z.object({
          id: z.number().int(),
          citizenId: z.number().int(),
          fullName: z.string(),
          status: z.enum(['allocated', 'picked_up', 'delivered']),
          allocatedAt: z.string(),
          handedOverAt: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export type KitOverview = z.infer<typeof KitOverviewSchema>;

/** Kits received at the post (added to its stock). */
export const KitReceiptSchema = z.object({ postId: z.string().min(1).max(64).optional(), kitTypeId: z.string().min(1).max(64), received: z.number().int().min(1).max(100_000) });
export const KitRoundInputSchema = z.object({
  postId: z.string().min(1).max(64).optional(),
  kitTypeId: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(120),
  studentsOnly: z.boolean().default(true),
});
export const KitAllocationInputSchema = z.object({ citizenId: z.number().int().positive().max(2_147_483_647) });
export const KitHandoverSchema = z.object({ status: z.enum(['picked_up', 'delivered']) });
export const KitAllocationParamsSchema = z.object({ id: IdSchema, allocationId: IdSchema });
