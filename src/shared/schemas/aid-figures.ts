import { z } from 'zod';
import { IsoDateSchema } from './common';

// The figures the agency publishes (issue 15): "assistance to N countries and M international
// organisations in K batches" as of a date, with the material part and its breakdowns.

export const FiguresQuerySchema = z.object({ date: IsoDateSchema.describe('count batches approved on or before this day (UTC)') });

const Material = {
  units: z.number().describe('units allocated (pieces, tests, devices...)'),
  packs: z.number().int(),
  tonnes: z.number().describe('gross weight from each item’s pack weight'),
  cubicMetres: z.number().describe('volume from each item’s pack volume'),
};
const Reach = {
  countries: z.number().int().describe('distinct countries that received an allocation'),
  organisations: z.number().int().describe('distinct international organisations that received an allocation'),
};

export const AidFiguresSchema = z.object({
  date: z.string(),
  ...Reach,
  batches: z.number().int().describe('batches approved on or before the date that allocated something'),
  material: z.object({ items: z.number().int().describe('distinct catalogue items given'), ...Material }),
  technical: z
    .object({
      teams: z.number().int().describe('expert teams that went on a mission started on or before the date (not cancelled)'),
      experts: z.number().int().describe('distinct experts of those teams'),
      missions: z.number().int().describe('missions in the country'),
      missionDays: z.number().int().describe('days in the country up to the date, both ends counted'),
      remoteConsultations: z.number().int(),
      ...Reach,
    })
    .describe('technical assistance: expert missions to partners (docs/decisions/045)'),
  byRegion: z.array(z.object({ region: z.string().nullable().describe('WHO region of the partner; null for one without'), ...Reach, ...Material })),
  byItem: z.array(z.object({ item: z.string(), ...Reach, ...Material })),
  byBatch: z.array(z.object({ number: z.number().int(), batchDate: z.string(), approvedAt: z.string(), ...Reach, ...Material })),
  byMonth: z.array(z.object({ month: z.string().describe('YYYY-MM of approval'), batches: z.number().int(), ...Reach, ...Material })),
});
export type AidFigures = z.infer<typeof AidFiguresSchema>;

/** Who publishes the IATI export (aid_settings key 'iati'); a placeholder until the agency records its own. */
export const IatiPublisherSchema = z.object({
  ref: z.string().min(1).max(100).describe('the reporting organisation’s IATI identifier'),
  name: z.string().min(1).max(200),
  type: z.string().regex(/^\d{2}$/, 'expected an IATI organisation type code such as 10'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as USD'),
});
