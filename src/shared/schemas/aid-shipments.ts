import { z } from 'zod';
import { IsoDateSchema, QuantitySchema } from './common';

// Shipments and receipts (issue 15, docs/decisions/038): an approved batch becomes one consignment per
// recipient; each goes through its steps; the partner's focal point confirms what arrived, item by item.

/** The steps in their only order; 'cancelled' may replace any step before the goods are handed over. */
export const CONSIGNMENT_STEPS = ['prepared', 'dispatched', 'in-transit', 'arrived', 'handed-over', 'receipt-confirmed'] as const;
export const ConsignmentStatusSchema = z.enum([...CONSIGNMENT_STEPS, 'cancelled']);
export type ConsignmentStatus = z.infer<typeof ConsignmentStatusSchema>;
export const TRANSPORT_MODES = ['charter-flight', 'commercial-cargo', 'sea', 'road'] as const;
export const REMAINDER_ACTIONS = ['returned', 'carried-over'] as const;

const Iata = z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter IATA airport code such as NBO');
export const ShippingDetailsSchema = z.object({
  mode: z.enum(TRANSPORT_MODES).nullable().optional(),
  carrier: z.string().trim().max(200).nullable().optional(),
  voyage: z.string().trim().max(50).nullable().optional().describe('flight or vessel'),
  departureAirport: Iata.nullable().optional(),
  arrivalAirport: Iata.nullable().optional(),
  plannedDeparture: IsoDateSchema.nullable().optional(),
  plannedArrival: IsoDateSchema.nullable().optional(),
});
export type ShippingDetails = z.infer<typeof ShippingDetailsSchema>;

export const StepInputSchema = z.object({ status: ConsignmentStatusSchema.exclude(['prepared']), note: z.string().trim().max(2000).optional() });
export type StepInput = z.infer<typeof StepInputSchema>;

const Count = QuantitySchema;
export const ReceiptInputSchema = z.object({
  lines: z
    .array(z.object({ item: z.string().min(1).max(64), good: Count.default(0), damaged: Count.default(0), excess: Count.default(0), note: z.string().trim().max(2000).optional() }))
    .min(1, 'add at least one item')
    .max(100),
});
export type ReceiptInput = z.input<typeof ReceiptInputSchema>;
export const RemainderInputSchema = z.object({ action: z.enum(REMAINDER_ACTIONS) });

export const ConsignmentSchema = z.object({
  id: z.number().int(),
  number: z.string().describe('consignment number, B<batch>-<partner>'),
  batchId: z.number().int(),
  batchNumber: z.number().int(),
  partnerId: z.string(),
  status: ConsignmentStatusSchema,
  mode: z.enum(TRANSPORT_MODES).nullable(),
  carrier: z.string().nullable(),
  voyage: z.string().nullable(),
  departureAirport: z.string().nullable(),
  arrivalAirport: z.string().nullable(),
  plannedDeparture: z.string().nullable(),
  plannedArrival: z.string().nullable(),
  remainder: z.enum(REMAINDER_ACTIONS).nullable().describe('what became of what did not arrive'),
  lines: z.array(z.object({ item: z.string(), quantity: z.number(), packs: z.number().int(), grossKg: z.number(), volumeM3: z.number(), carriedFrom: z.number().int().nullable() })),
  totals: z.object({ packs: z.number().int(), grossKg: z.number(), volumeM3: z.number() }),
  events: z.array(z.object({ status: ConsignmentStatusSchema, actor: z.string(), at: z.string(), note: z.string().nullable() })),
  receipts: z.array(z.object({ item: z.string(), good: z.number(), damaged: z.number(), excess: z.number(), note: z.string().nullable(), actor: z.string(), at: z.string() })),
  balance: z.array(z.object({ item: z.string(), shipped: z.number(), good: z.number(), damaged: z.number(), short: z.number(), excess: z.number() })).describe('per item: shipped against all receipts so far; a row with damaged, short or excess is a discrepancy to follow up'),
});
export type Consignment = z.infer<typeof ConsignmentSchema>;
export const ConsignmentListSchema = z.object({ consignments: z.array(ConsignmentSchema) });
