import { z } from 'zod';
import { AidRequestSchema, BatchSchema, PlanRecipientSchema } from './aid';
import { MissionSchema } from './aid-missions';
import { ConsignmentSchema } from './aid-shipments';

// The chain in one view (issue 15): one partner, from the signal to the receipt. Every stage is the
// answer its own route gives (requests, batches, consignments, missions), gathered in one read so that
// the page cannot show stages of two different moments.

export const ChainIndicatorsSchema = z.object({
  date: z.string().nullable().describe('the latest date of the situation data'),
  incidence7dPer100k: z.number().nullable(),
  growth7d: z.number().nullable(),
  deaths28dPerMillion: z.number().nullable(),
  hospitalBedsPerThousand: z.number().nullable(),
  newCasesSmoothed: z.number().nullable().describe('mean daily new cases over the last 7 days'),
});
export type ChainIndicators = z.infer<typeof ChainIndicatorsSchema>;

export const ChainItemRowSchema = z.object({
  item: z.string(),
  need: z.number().nullable().describe('estimated need over the next plan’s horizon; null when unknown'),
  requested: z.number().describe('units in the partner’s filed requests (drafts left out)'),
  allocated: z.number().describe('units allocated by approved batches'),
  shipped: z.number().describe('units in consignments dispatched or further on (cancelled left out)'),
  received: z.number().describe('units confirmed received in good order'),
  damaged: z.number(),
  short: z.number(),
});
export type ChainItemRow = z.infer<typeof ChainItemRowSchema>;

export const PartnerChainSchema = z.object({
  partnerId: z.string(),
  nameEn: z.string(),
  nameZh: z.string(),
  kind: z.enum(['country', 'organisation']),
  iso3: z.string().nullable().describe('the country whose Situation page the indicators come from; null for an organisation'),
  indicators: ChainIndicatorsSchema.nullable().describe('null for an organisation, or when the situation has no data for the country'),
  estimate: PlanRecipientSchema.pick({ priority: true, factors: true, needs: true, caseProjection: true })
    .nullable()
    .describe('the estimated need and priority the next plan would give, with the agency’s saved values; null when it cannot be estimated'),
  items: z.array(ChainItemRowSchema).describe('per item, each stage of the chain side by side'),
  requests: z.array(AidRequestSchema),
  batches: z.array(BatchSchema),
  consignments: z.array(ConsignmentSchema),
  missions: z.array(MissionSchema),
});
export type PartnerChain = z.infer<typeof PartnerChainSchema>;
