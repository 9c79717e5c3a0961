import { z } from 'zod';
import { Iso3Schema, IsoDateSchema, LIMITS, MAX_QUANTITY, QuantitySchema } from './common';
import { DonorSourceSchema } from './aid-donors';
import { PlanSchema } from './plan';
import { SEVERITY_WEIGHT_KEYS } from './situation';

// The aid module's payloads (issue 4): catalogue, requests, donor supply and reserve, plan runs and batches.

const ItemIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected a kebab-case item id such as surgical-mask');
const Quantity = QuantitySchema;
const PositiveQuantity = QuantitySchema.positive('expected a quantity above 0');
/** Parameters of the needs model; the model checks each one's own range (422 at values.<id>). */
const NeedsValue = z.number().finite().min(-LIMITS.needsValue).max(LIMITS.needsValue);
const NeedsValues = z.record(z.string().max(64), NeedsValue);

export const AidItemSchema = z.object({
  id: ItemIdSchema,
  nameEn: z.string().min(1),
  nameZh: z.string().min(1),
  unit: z.string().min(1).describe('what one unit is: piece, test, device...'),
  packSize: z.number().int().positive().max(LIMITS.packSize).describe('units per pack; only whole packs are shipped'),
  packWeightKg: z.number().finite().min(0).max(LIMITS.packWeightKg),
  packVolumeM3: z.number().finite().min(0).max(LIMITS.packVolumeM3),
  value: z.number().finite().positive().max(LIMITS.itemValue).describe('v_i: importance of the item in the plan, default 1'),
  unitValue: z.number().finite().min(0).max(LIMITS.unitValueUsd).nullable().optional().describe('money value of one unit (the IATI export’s currency, USD); null when not recorded'),
});
export type AidItem = z.infer<typeof AidItemSchema>;
export const AidItemListSchema = z.object({ items: z.array(AidItemSchema) });
export const UpdateAidItemSchema = AidItemSchema.omit({ id: true }).partial();
export type UpdateAidItem = z.infer<typeof UpdateAidItemSchema>;
export const ItemIdParamsSchema = z.object({ itemId: ItemIdSchema });

// Requests and their life: draft → submitted → under_review → planned → shipped → received.
export const REQUEST_STATUSES = ['draft', 'submitted', 'under_review', 'planned', 'shipped', 'received'] as const;
export const RequestStatusSchema = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatusSchema>;
/** Requests whose remaining demand enters the next plan. */
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = ['submitted', 'under_review'];

/**
 * Who may move a request from one status to another. 'planned' is reached only by approving a batch.
 * Coordinators send a submitted or reviewed request back to draft to ask for changes.
 */
export const REQUEST_TRANSITIONS: ReadonlyArray<{ from: RequestStatus; to: RequestStatus; by: 'partner' | 'coordinator' }> = [
  { from: 'draft', to: 'submitted', by: 'partner' },
  { from: 'submitted', to: 'under_review', by: 'coordinator' },
  { from: 'submitted', to: 'draft', by: 'coordinator' },
  { from: 'under_review', to: 'draft', by: 'coordinator' },
  { from: 'planned', to: 'shipped', by: 'coordinator' },
  { from: 'shipped', to: 'received', by: 'partner' },
  { from: 'shipped', to: 'received', by: 'coordinator' },
];

export function canTransition(from: RequestStatus, to: RequestStatus, by: 'partner' | 'coordinator'): boolean {
  return REQUEST_TRANSITIONS.some((t) => t.from === from && t.to === to && t.by === by);
}

export const RequestLineInputSchema = z.object({
  item: ItemIdSchema,
  quantity: PositiveQuantity,
});
export const RequestLineSchema = RequestLineInputSchema.extend({
  allocated: z.number().describe('units allocated to this line by approved batches'),
});

export const RequestCommentSchema = z.object({
  id: z.number().int(),
  authorLabel: z.string(),
  body: z.string(),
  createdAt: z.string(),
});

export const AidRequestSchema = z.object({
  id: z.number().int(),
  partnerId: z.string(),
  status: RequestStatusSchema,
  neededBy: z.string(),
  justification: z.string(),
  lines: z.array(RequestLineSchema),
  comments: z.array(RequestCommentSchema),
  createdBy: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AidRequest = z.infer<typeof AidRequestSchema>;
export const AidRequestListSchema = z.object({ requests: z.array(AidRequestSchema) });

export const RequestInputSchema = z.object({
  neededBy: IsoDateSchema,
  justification: z.string().trim().min(1, 'say why the partner needs this').max(4000),
  lines: z
    .array(RequestLineInputSchema)
    .min(1, 'add at least one item')
    .max(50)
    .refine((lines) => new Set(lines.map((l) => l.item)).size === lines.length, 'each item at most once'),
  submit: z.boolean().default(false).describe('file it at once (submitted) instead of keeping a draft'),
});
export type RequestInput = z.input<typeof RequestInputSchema>;
export const PartnerParamsSchema = z.object({ partnerId: z.string().min(1).max(64) });
export const StatusChangeSchema = z.object({ status: RequestStatusSchema, comment: z.string().trim().max(4000).optional() });
export type StatusChange = z.infer<typeof StatusChangeSchema>;
export const CommentInputSchema = z.object({ body: z.string().trim().min(1).max(4000) });

// Donor supply and the domestic reserve.
export const SupplyInputSchema = z.object({
  stockOnHand: Quantity,
  weeklyIncoming: Quantity.describe('expected production or donations per week'),
  committed: Quantity.describe('already promised elsewhere'),
  reserveFloor: Quantity.describe('coordinator-set minimum kept at home'),
});
export type SupplyInput = z.infer<typeof SupplyInputSchema>;

export const ReserveSettingsSchema = z.object({
  donorIso3: Iso3Schema,
  horizonWeeks: z.number().int().min(1).max(52),
  donorDailyCases: z.number().finite().min(0).max(LIMITS.dailyCases).nullable().describe('the donor’s recent mean daily cases, for its own need; null if unknown'),
});
export type ReserveSettings = z.infer<typeof ReserveSettingsSchema>;

export const SupplyLineSchema = SupplyInputSchema.extend({
  item: z.string(),
  donorNeed: z.number().describe('the donor’s own estimated need over the reserve horizon'),
  reserve: z.number().describe('max(floor, donor need): never allocated abroad'),
  reserveSetBy: z.enum(['floor', 'need']),
});
export type SupplyLine = z.infer<typeof SupplyLineSchema>;
export const SupplyOverviewSchema = z.object({ settings: ReserveSettingsSchema, lines: z.array(SupplyLineSchema), notes: z.array(z.string()) });
export type SupplyOverview = z.infer<typeof SupplyOverviewSchema>;

// Other donors' pledges to partners: netted from demand and counted in the shortage.
export const PledgeInputSchema = z.object({
  partnerId: z.string().min(1).max(64),
  item: ItemIdSchema,
  quantity: PositiveQuantity,
  donor: z.string().trim().min(1, 'name the donor').max(200),
  expectedDate: IsoDateSchema.describe('when the pledged goods are expected to arrive'),
});
export type PledgeInput = z.infer<typeof PledgeInputSchema>;
export const PledgeSchema = PledgeInputSchema.extend({ id: z.number().int(), createdBy: z.string(), createdAt: z.string() });
export type Pledge = z.infer<typeof PledgeSchema>;
export const PledgeListSchema = z.object({ pledges: z.array(PledgeSchema) });

// Plan runs: what-if, nothing saved.
const Unit = z.number().finite().min(0).max(1);
/** The priority's factors: the severity index's (situation) and the aid module's own (docs/decisions/036). */
export const PRIORITY_WEIGHT_KEYS = [...SEVERITY_WEIGHT_KEYS, 'coordinator-severity', 'shortage', 'urgency', 'importation'] as const;
export type PriorityWeightKey = (typeof PRIORITY_WEIGHT_KEYS)[number];
/** The priority weights the aid module decides itself (the others come from the Situation's severity weights): the agency saves its own values for them. */
export const AID_PRIORITY_WEIGHT_KEYS = ['shortage', 'urgency', 'importation'] as const satisfies readonly PriorityWeightKey[];
export type AidPriorityWeightKey = (typeof AID_PRIORITY_WEIGHT_KEYS)[number];
export const PlanOptionsSchema = z.object({
  batchDate: IsoDateSchema,
  weeksToBatch: z.number().int().min(0).max(52).default(0).describe('weeks of production counted as available'),
  items: z.array(ItemIdSchema).optional().describe('items of the batch; all when omitted'),
  weights: z
    .partialRecord(z.enum(PRIORITY_WEIGHT_KEYS), z.number().finite().min(0).max(LIMITS.priorityWeight))
    .optional()
    .describe('priority weights changed for this plan, on top of the agency’s saved severity weights (docs/decisions/036)'),
  severities: z.record(z.string(), Unit).optional().describe('coordinator-set severity per partner, in 0..1'),
  priorities: z.record(z.string(), Unit).optional().describe('w_c given directly per partner, overriding the computed one'),
  freightCapacityKg: z.number().finite().positive().max(LIMITS.freightCapacityKg).optional(),
  needsHorizonWeeks: z.number().int().min(1).max(52).default(4).describe('weeks of need estimated from each partner’s situation, for its shortage'),
  estimatedDemand: z
    .boolean()
    .default(false)
    .describe('give partners that made no request their estimated unmet need as demand (marked as estimated)'),
  needsOverrides: z
    .record(z.string().max(64), z.number().finite().min(0).max(LIMITS.needsValue))
    .optional()
    .describe('needs-model parameters changed for this plan, by id, on top of the agency’s saved values (docs/decisions/031, 035); unknown ids are refused'),
});
export type PlanOptions = z.input<typeof PlanOptionsSchema>;

export const PriorityFactorSchema = z.object({
  key: z.string(),
  raw: z.number().nullable(),
  scaled: z.number().nullable(),
  weight: z.number(),
  effectiveWeight: z.number(),
  contribution: z.number(),
  missing: z.boolean(),
});
export const PlanRecipientSchema = z.object({
  partnerId: z.string(),
  nameEn: z.string(),
  nameZh: z.string(),
  kind: z.enum(['country', 'organisation']),
  iso3: z.string().nullable(),
  priority: z.number(),
  prioritySource: z.enum(['computed', 'coordinator']),
  factors: z.array(PriorityFactorSchema),
  requestIds: z.array(z.number().int()),
  demandBasis: z.enum(['requests', 'estimated-need']).describe('estimated-need: no request; the demand is the estimated unmet need'),
  caseProjection: z
    .object({
      basis: z.enum(['forecast', 'recent-mean']).describe("forecast: the situation's case forecast, which beats the Forecast Hub baseline in this country's backtest (ADR 042); recent-mean: the last 7 days' mean held flat"),
      relativeWis: z.number().nullable().describe("the forecast's backtest score (below 1 beats the baseline)"),
      weeks: z.array(z.object({ weekEnd: z.string(), median: z.number(), lower: z.number(), upper: z.number() })).describe('the forecast per week with its 95% interval'),
    })
    .nullable()
    .optional()
    .describe('the cases the need was estimated from; null when the situation is unknown'),
  needs: z
    .array(
      z.object({
        item: z.string(),
        need: z.number().describe('estimated need over the horizon'),
        received: z.number().describe('brought by earlier batches within the horizon'),
        pledged: z.number().describe('pledged by other donors, expected within the horizon'),
        unmet: z.number(),
        unmetShare: z.number(),
      }),
    )
    .describe('the estimate behind the shortage factor; empty when the partner’s situation is unknown'),
  pledged: z
    .array(z.object({ item: z.string(), quantity: z.number() }))
    .describe('other donors’ pledges expected within the horizon, per item of the batch: netted from the demand'),
  pledgedSources: z
    .array(DonorSourceSchema)
    .optional()
    .describe('who `pledged` comes from, per item and donor: recorded pledges, and deliveries and pledges imported from other donors’ IATI or FTS-like files (docs/decisions/046)'),
});
export type PlanRecipient = z.infer<typeof PlanRecipientSchema>;

export const NeedsParameterSchema = z.object({
  id: z.string(),
  value: z.number(),
  unit: z.string(),
  label: z.string(),
  source: z.string().describe('the source key and, for ESFT values, the file and variable of its open port'),
  verified: z.boolean().describe('false for planning assumptions and values not read in their source'),
  modelValue: z.number().describe('the model’s default, the value the source backs'),
  agencyValue: z.number().nullable().describe('the agency’s saved value; null when it keeps the model’s'),
  origin: z.enum(['model', 'agency', 'run']).describe('where `value` comes from: the model, the agency’s saved values, or this plan run’s overrides'),
  overridden: z.boolean().describe('true when `value` is not the model’s default (origin agency or run)'),
});
export type NeedsParameter = z.infer<typeof NeedsParameterSchema>;

// The agency's own needs-model values, saved once and used by the supply overview and every plan run.
export const AgencyNeedsParametersSchema = z.object({ parameters: z.array(NeedsParameterSchema) });
export type AgencyNeedsParameters = z.infer<typeof AgencyNeedsParametersSchema>;
export const AgencyNeedsInputSchema = z.object({
  // Values are checked by the needs model itself (unknown ids, ranges, the severity split): 422 with `values.<id>`.
  values: NeedsValues.describe('parameter id → the agency’s value; replaces every saved value ({} resets to the model’s defaults)'),
});
export type AgencyNeedsInput = z.infer<typeof AgencyNeedsInputSchema>;

export const PriorityWeightSchema = z.object({
  key: z.enum(PRIORITY_WEIGHT_KEYS),
  value: z.number().describe('the weight in effect'),
  modelValue: z.number().describe('the priority model’s default'),
  agencyValue: z
    .number()
    .nullable()
    .describe('the agency’s saved value: its severity weights (Situation) scaled to the priority, or its own value for shortage, urgency and importation (PUT /api/aid/priority-weights); null when none is saved'),
  origin: z.enum(['model', 'agency', 'run']).describe('where `value` comes from: the model, the agency’s saved weights, or this plan run’s overrides'),
});
export type PriorityWeight = z.infer<typeof PriorityWeightSchema>;

// The agency's own values for the aid module's priority factors, saved once and used by every plan run.
export const AgencyPriorityWeightsSchema = z.object({
  weights: z.array(PriorityWeightSchema).describe('every priority weight as a plan without overrides would use it'),
});
export type AgencyPriorityWeights = z.infer<typeof AgencyPriorityWeightsSchema>;
export const AgencyPriorityWeightsInputSchema = z.object({
  weights: z
    .partialRecord(z.enum(AID_PRIORITY_WEIGHT_KEYS), z.number().finite().min(0).max(LIMITS.priorityWeight))
    .describe('the agency’s values for shortage, urgency and importation risk; replaces every saved value ({} resets to the model’s). The severity weights are saved on the Situation page.'),
});
export type AgencyPriorityWeightsInput = z.infer<typeof AgencyPriorityWeightsInputSchema>;

export const PlanRunSchema = z.object({
  options: PlanOptionsSchema,
  fingerprint: z.string().describe('of supply, reserve and open requests: send it back to approve'),
  supply: z.array(SupplyLineSchema.extend({ available: z.number(), giveable: z.number() })),
  recipients: z.array(PlanRecipientSchema),
  needsParameters: z
    .array(NeedsParameterSchema)
    .describe('the needs-model parameters behind every recipient’s estimated need and the reserve: the agency’s values with this plan’s overrides on top'),
  priorityWeights: z.array(PriorityWeightSchema).describe('the weights behind every recipient’s priority: the agency’s saved severity weights with this plan’s overrides on top'),
  plan: PlanSchema,
});
export type PlanRun = z.infer<typeof PlanRunSchema>;

export const ApproveInputSchema = z.object({
  options: PlanOptionsSchema,
  fingerprint: z.string().min(1),
  allocations: z.array(z.object({ recipient: z.string().max(64), item: ItemIdSchema, quantity: Quantity, packs: z.number().int().min(0).max(MAX_QUANTITY) })),
});
export type ApproveInput = z.input<typeof ApproveInputSchema>;

export const BatchAllocationSchema = z.object({
  partnerId: z.string(),
  requestId: z.number().int().nullable(),
  item: z.string(),
  quantity: z.number(),
  packs: z.number().int(),
});
export const BatchSchema = z.object({
  id: z.number().int(),
  number: z.number().int(),
  batchDate: z.string(),
  approvedBy: z.string(),
  approvedAt: z.string(),
  fingerprint: z.string(),
  objective: z.number().describe('objective of the approved allocations under the priorities of the plan run'),
  allocations: z.array(BatchAllocationSchema),
});
export type Batch = z.infer<typeof BatchSchema>;
/** What a partner sees of the batches that bring it something: its own allocations, no settings. */
export const BatchListSchema = z.object({ batches: z.array(BatchSchema) });

/** The settings an approved plan was run with, as kept in the batch (docs/decisions/032, 035). */
export const BatchSettingsSchema = PlanOptionsSchema.extend({
  needsValues: z
    .record(z.string(), z.number())
    .nullable()
    .optional()
    .describe('every needs-model value in effect (model, agency and run); null when the needs model could not run; absent on batches approved before ADR 035'),
  priorityWeightValues: z
    .partialRecord(z.enum(PRIORITY_WEIGHT_KEYS), z.number())
    .optional()
    .describe('every priority weight in effect (model, agency and run); absent on batches approved before ADR 036'),
});
export type BatchSettings = z.infer<typeof BatchSettingsSchema>;
/** What coordinators see of a batch: every allocation and the settings it was approved with. */
export const CoordinatorBatchSchema = BatchSchema.extend({
  settings: BatchSettingsSchema.nullable().describe('null when the stored settings no longer read as settings'),
});
export type CoordinatorBatch = z.infer<typeof CoordinatorBatchSchema>;
export const CoordinatorBatchListSchema = z.object({ batches: z.array(CoordinatorBatchSchema) });
/** The answer to an approval: the batch, and what really changed for the requests (only covered ones move). */
export const ApprovedBatchSchema = CoordinatorBatchSchema.extend({
  requestsPlanned: z.array(z.number().int()).describe("ids of the requests this batch covers, moved to 'planned'; the others keep their status"),
});
export type ApprovedBatch = z.infer<typeof ApprovedBatchSchema>;
