import type { PriorityWeightKey } from '../../shared/schemas/aid';
import { isoDateToDay } from '../epi/iso-day';
import { epidemicSeverityFactors, severityIndex, type EpidemicSeverityInputs, type SeverityFactor, type SeverityFactorInput } from '../epi/severity';

// A recipient's priority w_c ∈ [0, 1] (issue 4): the weighted mean of
//   - the severity of its epidemic: the situation module's factors (incidence, growth, deaths; ADR 021)
//     for a country, or one severity set by the coordinator for an international organisation;
//   - the weakness of its health system (ADR 021's 'health-system' factor, from hospital beds);
//   - its shortage: the unmet share of its estimated need over the horizon (src/core/needs/shortage.ts:
//     need less what earlier batches brought and other donors pledged, floored at 0, as a share of need;
//     raw and scaled are both that share);
//   - the urgency of its request: 1 when needed on or before the batch date, falling linearly to 0 at
//     `urgencyHorizonDays` after it (raw: days left; dates are ISO strings; no clock is read);
//   - its importation risk: the infections expected to arrive by air in a week (src/core/spread, issue 17),
//     scaled by importationScore (ADR 043); unknown for organisations and countries off the air network.
// It appends the two aid factors to ADR 021's open factor list and combines them with the same
// severityIndex(), so the breakdown has the same shape everywhere and a factor whose input is unknown
// (no needed-by date, no need estimate, no bed count) is left out with the other weights renormalised.
// Weights are editable per batch; by default the epidemic and health system weigh 0.6 (in ADR 021's
// proportions), the shortage 0.25, the urgency 0.15 and the importation risk 0.1 (the weights are relative:
// severityIndex divides by their sum, so adding importation took a little from each without changing them).

export const DEFAULT_PRIORITY_WEIGHTS: Readonly<PriorityWeights> = {
  incidence: 0.18,
  growth: 0.09,
  deaths: 0.15,
  'health-system': 0.18,
  /** Organisations: takes the place of incidence, growth and deaths together. */
  'coordinator-severity': 0.42,
  shortage: 0.25,
  urgency: 0.15,
  importation: 0.1,
};

/** The share of the priority that the epidemic and health system take together by default (ADR 021's four factors). */
export const SEVERITY_SHARE_OF_PRIORITY = 0.6;

export type { PriorityWeightKey };
export type PriorityWeights = Record<PriorityWeightKey, number>;

export const DEFAULT_URGENCY_HORIZON_DAYS = 56;

export interface PriorityInput {
  severity: { kind: 'country'; inputs: EpidemicSeverityInputs } | { kind: 'organisation'; coordinatorSeverity: number };
  /** Unmet share of the estimated need in [0, 1] (see needs/shortage.ts); null if the need is unknown. */
  shortage: number | null;
  neededBy?: string;
  /**
   * The partner made no request (its demand is its estimated need): its urgency is 0, not unknown, so
   * that it gains nothing from the other weights being renormalised.
   */
  noRequest?: boolean;
  batchDate: string;
  /**
   * Infections expected to arrive by air in a week (src/core/spread/importation-risk.ts); null when unknown
   * (the factor is then missing). Absent for an organisation, which imports nothing: no factor at all.
   */
  importedPerWeek?: number | null;
}

export type PriorityResult =
  | { ok: true; priority: number; factors: SeverityFactor[]; renormalised: boolean }
  | { ok: false; errors: { path: string; message: string }[] };

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Importation risk scored in [0, 1] on a log scale, as ADR 021 scores incidence: what matters for a country's
 * preparedness is how many chains may start, which grows by orders of magnitude, not linearly. One expected
 * imported infection a week scores 0.15, ten 0.52, a hundred or more 1 (ADR 043).
 */
export const IMPORTATION_SATURATION_PER_WEEK = 100;
export function importationScore(expectedPerWeek: number): number {
  if (!(expectedPerWeek > 0)) return 0;
  return clamp01(Math.log10(1 + expectedPerWeek) / Math.log10(1 + IMPORTATION_SATURATION_PER_WEEK));
}

/** Urgency from the needed-by date against the batch date, in whole days; null if a date is invalid. */
export function requestUrgency(neededBy: string, batchDate: string, horizonDays = DEFAULT_URGENCY_HORIZON_DAYS): number | null {
  const due = isoDateToDay(neededBy);
  const batch = isoDateToDay(batchDate);
  if (due === null || batch === null || !(horizonDays > 0)) return null;
  return clamp01(1 - (due - batch) / horizonDays);
}

export function computePriority(
  input: PriorityInput,
  weightOverrides: Partial<PriorityWeights> = {},
  urgencyHorizonDays = DEFAULT_URGENCY_HORIZON_DAYS,
): PriorityResult {
  const errors: { path: string; message: string }[] = [];
  const weights: PriorityWeights = { ...DEFAULT_PRIORITY_WEIGHTS, ...weightOverrides };
  for (const [key, w] of Object.entries(weights)) {
    if (!(Number.isFinite(w) && w >= 0)) errors.push({ path: `weights.${key}`, message: `expected a weight ≥ 0, got ${w}` });
  }
  if (input.severity.kind === 'organisation' && !(input.severity.coordinatorSeverity >= 0 && input.severity.coordinatorSeverity <= 1)) {
    errors.push({ path: 'severity.coordinatorSeverity', message: `expected a severity in [0, 1], got ${input.severity.coordinatorSeverity}` });
  }
  if (input.shortage !== null && !(input.shortage >= 0 && input.shortage <= 1)) errors.push({ path: 'shortage', message: `expected a share in [0, 1], got ${input.shortage}` });
  if (input.importedPerWeek != null && !(Number.isFinite(input.importedPerWeek) && input.importedPerWeek >= 0)) {
    errors.push({ path: 'importedPerWeek', message: `expected infections per week ≥ 0, got ${input.importedPerWeek}` });
  }
  if (isoDateToDay(input.batchDate) === null) errors.push({ path: 'batchDate', message: 'expected a date as YYYY-MM-DD' });
  if (input.neededBy !== undefined && isoDateToDay(input.neededBy) === null) errors.push({ path: 'neededBy', message: 'expected a date as YYYY-MM-DD' });
  if (!(urgencyHorizonDays > 0)) errors.push({ path: 'urgencyHorizonDays', message: `expected days above 0, got ${urgencyHorizonDays}` });
  if (errors.length > 0) return { ok: false, errors };

  const factors: SeverityFactorInput[] =
    input.severity.kind === 'country'
      ? epidemicSeverityFactors(input.severity.inputs, weights)
      : [
          {
            key: 'coordinator-severity',
            raw: input.severity.coordinatorSeverity,
            scaled: input.severity.coordinatorSeverity,
            weight: weights['coordinator-severity'],
          },
        ];
  factors.push({ key: 'shortage', raw: input.shortage, scaled: input.shortage, weight: weights.shortage });
  const urgency = input.neededBy === undefined ? null : requestUrgency(input.neededBy, input.batchDate, urgencyHorizonDays);
  const daysLeft = input.neededBy === undefined ? null : (isoDateToDay(input.neededBy) as number) - (isoDateToDay(input.batchDate) as number);
  factors.push({ key: 'urgency', raw: daysLeft, scaled: input.noRequest ? 0 : urgency, weight: weights.urgency });
  if (input.importedPerWeek !== undefined) {
    const imported = input.importedPerWeek;
    factors.push({ key: 'importation', raw: imported, scaled: imported === null ? null : importationScore(imported), weight: weights.importation });
  }

  const combined = severityIndex(factors);
  if (combined.index === null) {
    return { ok: false, errors: [{ path: 'weights', message: 'no factor with a known input has a weight above 0' }] };
  }
  return { ok: true, priority: combined.index, factors: combined.factors, renormalised: combined.renormalised };
}
