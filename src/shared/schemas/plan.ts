import { z } from 'zod';

// The allocation instance and the plan it yields (issue 4; model in docs/decisions/030-allocation-model.md).
// These schemas check shapes and types only; ranges and cross-references (unknown ids, reserve above
// available, ...) are checked by src/core/allocation/validate-instance.ts, which reports the path of
// every bad field.

const IdSchema = z.string().min(1, 'expected a non-empty id');

export const InstanceItemSchema = z.object({
  id: IdSchema,
  packSize: z.number().describe('units per pack; only whole packs are shipped'),
  available: z.number().describe('A_i: stock + production to the batch date − already committed, in units'),
  reserve: z.number().describe('R_i: domestic reserve in units, never allocated abroad'),
  value: z.number().optional().describe('v_i: importance of the item, default 1'),
  packWeightKg: z.number().optional().describe('g_i: weight of one pack in kg, counted against the freight capacity'),
});

export const InstanceRecipientSchema = z.object({
  id: IdSchema,
  priority: z.number().describe('w_c in [0, 1]'),
});

export const InstanceDemandSchema = z.object({
  recipient: IdSchema,
  item: IdSchema,
  quantity: z.number().describe('d_ci in units: requested, less what earlier batches and pledges bring'),
});

export const InstanceSchema = z.object({
  items: z.array(InstanceItemSchema),
  recipients: z.array(InstanceRecipientSchema),
  demands: z.array(InstanceDemandSchema),
  freightCapacityKg: z.number().optional().describe('F: freight capacity of the batch in kg'),
});

export type InstanceItem = z.infer<typeof InstanceItemSchema>;
export type InstanceRecipient = z.infer<typeof InstanceRecipientSchema>;
export type InstanceDemand = z.infer<typeof InstanceDemandSchema>;
export type Instance = z.infer<typeof InstanceSchema>;

export const PLAN_STATUSES = ['optimal', 'feasible'] as const;
export const PLAN_METHODS = ['greedy', 'lagrangian', 'branch-and-bound', 'highs'] as const;

export const ALLOCATION_REASONS = [
  'covered',
  'covered-to-whole-packs',
  'partly-covered-at-cut-off',
  'priority-under-cut-off',
  'zero-priority',
  'demand-under-one-pack',
  'no-supply-above-reserve',
  'freight-limit',
] as const;

export const ITEM_LIMITS = ['demand', 'supply', 'reserve', 'freight'] as const;

export const AllocationSchema = z.object({
  recipient: z.string(),
  item: z.string(),
  quantity: z.number().describe('units = packs × packSize'),
  packs: z.number().int(),
});

export const ExplanationSchema = z.object({
  recipient: z.string(),
  item: z.string(),
  demand: z.number(),
  allocated: z.number(),
  packs: z.number().int(),
  coverage: z.number().describe('allocated / demand'),
  value: z.number().describe('contribution to the objective'),
  nextPackValue: z.number().nullable().describe("objective gain of this recipient's next pack; null when no further whole pack fits its demand"),
  reason: z.enum(ALLOCATION_REASONS),
  detail: z.string(),
});

export const ItemSummarySchema = z.object({
  item: z.string(),
  packSize: z.number(),
  available: z.number(),
  reserve: z.number(),
  giveable: z.number().describe('A_i − R_i'),
  demand: z.number(),
  allocated: z.number(),
  packs: z.number().int(),
  limitedBy: z.enum(ITEM_LIMITS).describe('what stopped the item: demand met, supply, the reserve, or freight'),
  reserveBinding: z.boolean(),
  cutOffValue: z.number().nullable().describe('marginal value of the last pack given out when the item ran out'),
  supplyDualPerPack: z.number().describe('shadow price of one more pack of supply (dual of the supply row)'),
  detail: z.string(),
});

export const WhatIfSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('one-more-pack'),
    item: z.string(),
    recipient: z.string().nullable(),
    marginalValue: z.number(),
    gain: z.number().describe('objective gain of one more pack of supply, net of the freight it uses'),
  }),
  z.object({
    kind: z.literal('one-more-kg-freight'),
    valuePerKg: z.number().describe('λ: the freight multiplier'),
  }),
]);

export const FreightSummarySchema = z.object({
  capacityKg: z.number(),
  usedKg: z.number(),
  binding: z.boolean(),
  valuePerKg: z.number(),
});

export const PlanSchema = z.object({
  status: z.enum(PLAN_STATUSES).describe('optimal: within the relative gap tolerance (1e-4) of the proven bound'),
  objective: z.number(),
  bound: z.number().describe('proven upper bound on the best objective any plan can reach'),
  gap: z.number().describe('(bound − objective) / bound'),
  method: z.enum(PLAN_METHODS),
  allocations: z.array(AllocationSchema),
  explanations: z.array(ExplanationSchema),
  items: z.array(ItemSummarySchema),
  freight: FreightSummarySchema.nullable(),
  whatIf: z.array(WhatIfSchema),
  nodes: z.number().int().describe('branch-and-bound nodes explored (0 when not needed)'),
});

export type Allocation = z.infer<typeof AllocationSchema>;
export type Explanation = z.infer<typeof ExplanationSchema>;
export type AllocationReason = (typeof ALLOCATION_REASONS)[number];
export type ItemSummary = z.infer<typeof ItemSummarySchema>;
export type WhatIf = z.infer<typeof WhatIfSchema>;
export type FreightSummary = z.infer<typeof FreightSummarySchema>;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export type PlanMethod = (typeof PLAN_METHODS)[number];
export type Plan = z.infer<typeof PlanSchema>;
