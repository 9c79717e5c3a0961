import { z } from 'zod';
import { Iso3Schema } from './common';

/** The longest window the slot finder searches, and the most participants it takes (issue 14). */
export const SLOT_WINDOW_MAX_DAYS = 31;
export const SLOT_PARTICIPANTS_MAX = 200;
const DAY_MS = 86_400_000;

const UtcDateTimeSchema = z.iso.datetime({ offset: true, message: 'expected a date-time such as 2026-12-07T08:00:00Z' });

export const MeetingSlotsRequestSchema = z
  .object({
    participants: z.array(Iso3Schema).min(1, 'name at least one participant').max(SLOT_PARTICIPANTS_MAX, `at most ${SLOT_PARTICIPANTS_MAX} participants`),
    durationMinutes: z.number().int('a whole number of minutes').min(15, 'a meeting lasts at least 15 minutes').max(540, 'a meeting fits in a working day: at most 540 minutes'),
    from: UtcDateTimeSchema,
    to: UtcDateTimeSchema,
    /** How many slots to return, best first (default 100). */
    limit: z.number().int().min(1).max(SLOT_WINDOW_MAX_DAYS * 48).default(100),
  })
  .superRefine((body, ctx) => {
    const span = Date.parse(body.to) - Date.parse(body.from);
    if (span <= 0) ctx.addIssue({ code: 'custom', path: ['to'], message: '"to" comes after "from"' });
    else if (span > SLOT_WINDOW_MAX_DAYS * DAY_MS) ctx.addIssue({ code: 'custom', path: ['to'], message: `the window is at most ${SLOT_WINDOW_MAX_DAYS} days` });
  });
export type MeetingSlotsRequest = z.input<typeof MeetingSlotsRequestSchema>;

export const MeetingSlotSchema = z.object({
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  /** How many participants have the whole meeting inside their working hours. */
  count: z.number().int(),
  inside: z.array(Iso3Schema),
});
export type MeetingSlot = z.infer<typeof MeetingSlotSchema>;

export const MeetingSlotsSchema = z.object({ slots: z.array(MeetingSlotSchema) });
export type MeetingSlots = z.infer<typeof MeetingSlotsSchema>;
