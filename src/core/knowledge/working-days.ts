// The working days of each country's government offices, where they are not Monday to Friday, as days of the
// week (0 Sunday … 6 Saturday). Source: Wikipedia, "Workweek and weekend", the table by country (checked
// 2026-12); a country is listed by the week of its capital's public administration, and a half-day (Iran's
// or Afghanistan's Thursday, the UAE's Friday afternoon) counts as a day off, since a meeting needs the
// afternoon too. docs/decisions/080-meeting-slot-finder.md says how to amend it.

const MONDAY_TO_FRIDAY: readonly number[] = [1, 2, 3, 4, 5];
const SUNDAY_TO_THURSDAY: readonly number[] = [0, 1, 2, 3, 4]; // Friday–Saturday weekend
const SATURDAY_TO_WEDNESDAY: readonly number[] = [6, 0, 1, 2, 3]; // Thursday–Friday weekend

export const WORKING_DAYS_EXCEPTIONS: Readonly<Record<string, readonly number[]>> = {
  // Friday–Saturday weekend: much of the Middle East and North Africa, and Bangladesh and the Maldives.
  BGD: SUNDAY_TO_THURSDAY,
  BHR: SUNDAY_TO_THURSDAY,
  DZA: SUNDAY_TO_THURSDAY,
  EGY: SUNDAY_TO_THURSDAY,
  IRQ: SUNDAY_TO_THURSDAY,
  ISR: SUNDAY_TO_THURSDAY,
  JOR: SUNDAY_TO_THURSDAY,
  KWT: SUNDAY_TO_THURSDAY,
  LBY: SUNDAY_TO_THURSDAY,
  MDV: SUNDAY_TO_THURSDAY,
  OMN: SUNDAY_TO_THURSDAY,
  PSE: SUNDAY_TO_THURSDAY,
  QAT: SUNDAY_TO_THURSDAY,
  SAU: SUNDAY_TO_THURSDAY,
  SDN: SUNDAY_TO_THURSDAY,
  SYR: SUNDAY_TO_THURSDAY,
  YEM: SUNDAY_TO_THURSDAY,
  // Thursday–Friday weekend.
  AFG: SATURDAY_TO_WEDNESDAY,
  IRN: SATURDAY_TO_WEDNESDAY,
  // Friday and Sunday off, Saturday worked.
  BRN: [1, 2, 3, 4, 6],
  // Saturday only off.
  NPL: [0, 1, 2, 3, 4, 5],
};

/** The days of the week a country works, Monday to Friday unless listed above. */
export function workingDays(iso3: string): readonly number[] {
  return WORKING_DAYS_EXCEPTIONS[iso3] ?? MONDAY_TO_FRIDAY;
}
