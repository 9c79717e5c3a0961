import { z } from 'zod';

// Other donors (issue 15, docs/decisions/046): their deliveries and pledges imported from IATI activity XML or
// an FTS-like CSV, netted from demand in the planner, and the multi-donor view per partner.

export const DONOR_FILE_FORMATS = ['iati', 'fts'] as const;
export const DonorFileFormatSchema = z.enum(DONOR_FILE_FORMATS);
export type DonorFileFormat = z.infer<typeof DonorFileFormatSchema>;

export const DonorImportQuerySchema = z.object({
  format: DonorFileFormatSchema.describe('iati: IATI 2.0x activity XML; fts: the FTS-like CSV (columns in docs/decisions/046)'),
  fileName: z.string().trim().min(1).max(200).optional().describe('the uploaded file’s name, kept with the import'),
});
export type DonorImportQuery = z.infer<typeof DonorImportQuerySchema>;

export const DonorImportSchema = z.object({
  id: z.number().int(),
  format: DonorFileFormatSchema,
  fileName: z.string(),
  sha256: z.string(),
  bytes: z.number().int(),
  activities: z.number().int().describe('IATI activities read (CSV: rows)'),
  flows: z.number().int().describe('deliveries and pledges stored'),
  donors: z.array(z.string()),
  skippedUnknownPartner: z.number().int().describe('activities with no partner of ours (IATI)'),
  skippedUnknownItem: z.number().int().describe('indicators naming no item of our catalogue (IATI)'),
  importedBy: z.string(),
  importedAt: z.string(),
});
export type DonorImport = z.infer<typeof DonorImportSchema>;
export const DonorImportListSchema = z.object({ imports: z.array(DonorImportSchema) });

export const DonorOriginSchema = z.enum(['recorded', 'iati', 'fts']).describe('recorded: a pledge entered by a coordinator; iati or fts: an imported file');
export type DonorOrigin = z.infer<typeof DonorOriginSchema>;

/** One donor's part of what is netted from a partner's demand for an item. */
export const DonorSourceSchema = z.object({
  item: z.string(),
  donor: z.string(),
  kind: z.enum(['delivery', 'pledge']),
  origin: DonorOriginSchema,
  quantity: z.number(),
});
export type DonorSource = z.infer<typeof DonorSourceSchema>;

export const PartnerDonorsSchema = z.object({
  partnerId: z.string(),
  items: z.array(
    z.object({
      item: z.string(),
      givers: z.array(
        z.object({
          donor: z.string(),
          ours: z.boolean().describe('the agency’s own batches'),
          kind: z.enum(['allocated', 'delivery', 'pledge']),
          origin: z.enum(['batch', 'recorded', 'iati', 'fts']),
          quantity: z.number(),
        }),
      ),
    }),
  ),
  requestLines: z
    .array(
      z.object({
        requestId: z.number().int(),
        status: z.string(),
        item: z.string(),
        requested: z.number(),
        donors: z.array(z.string()).describe('who gives this item for this request: the agency if a batch allocated to the line, other donors giving the item since the request was made'),
        covered: z.number().describe('what they give together'),
        overlap: z.boolean().describe('two donors or more cover the same line'),
        overCovered: z.boolean().describe('together they give more than was asked'),
      }),
    )
    .describe('the partner’s request lines (drafts left out), flagged where two donors cover the same line'),
});
export type PartnerDonors = z.infer<typeof PartnerDonorsSchema>;
