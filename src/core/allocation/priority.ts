import { isoDateToDay } from '../epi/iso-day';
import { epidemicSeverityFactors, severityIndex, type EpidemicSeverityInputs, type SeverityFactor, type SeverityFactorInput } from '../epi/severity';

// A recipient's priority w_c ∈ [0, 1] (issue 4): the weighted mean of
//   - the severity of its epidemic: the situation module's factors (incidence, growth, deaths; ADR 021)
//     for a country, or one severity set by the coordinator for an international organisation;
//   - the weakness of its health system (ADR 021's 'health-system' factor, from hospital beds);
//   - its shortage: the unmet share of its estimated need, 1 − min(1, covered / need) (raw: unmet units);
//   - the urgency of its request: 1 when needed on or before the batch date, falling linearly to 0 at
//     `urgencyHorizonDays` after it (raw: days left; dates are ISO strings; no clock is read).
// It appends the two aid factors to ADR 021's open factor list and combines them with the same
// severityIndex(), so the breakdown has the same shape everywhere and a factor whose input is unknown
// (no needed-by date, no need estimate, no bed count) is left out with the other weights renormalised.
// Weights are editable per batch; by default the epidemic and health system weigh 0.6 (in ADR 021's
// proportions), the shortage 0.25 and the urgency 0.15.

export const DEFAULT_PRIORITY_WEIGHTS = {
  incidence: 0.18,
  growth: 0.09,
  deaths: 0.15,
  'health-system': 0.18,
  /** Organisations: takes the place of incidence, growth and deaths together. */
  'coordinator-severity': 0.42,
  shortage: 0.25,
  urgency: 0.15,
} as const;

export type PriorityWeightKey = keyof typeof DEFAULT_PRIORITY_WEIGHTS;
export type PriorityWeights = Record<PriorityWeightKey, number>;

export const DEFAULT_URGENCY_HORIZON_DAYS = 56;

export interface PriorityInput {
  severity: { kind: 'country'; inputs: EpidemicSeverityInputs } | { kind: 'organisation'; coordinatorSeverity: number };
  /** Estimated need over the horizon and what already covers it (received + pledged), same units; null if unknown. */
  need: number | null;
  covered: number;
  neededBy?: string;
  batchDate: string;
}

export type PriorityResult =
  | { ok: true; priority: number; factors: SeverityFactor[]; renormalised: boolean }
  | { ok: false; errors: { path: string; message: string }[] };

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Urgency from the needed-by date against the batch date, in whole days; null if a date is invalid. */
export function requestUrgency(neededBy: string, batchDate: string, horizonDays = DEFAULT_URGENCY_HORIZON_DAYS): number | null {
  const due = isoDateToDay(neededBy);
  const batch = isoDateToDay(batchDate);
  if (due === null || batch === null || !(horizonDays > 0)) return null;
  return clamp01(1 - (due - batch) / horizonDays);
}

/** Unmet share of the need, in 0..1. */
export function shortageScore(need: number, covered: number): number {
  return need > 0 ? clamp01(1 - covered / need) : 0;
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
  if (input.need !== null && !(input.need >= 0)) errors.push({ path: 'need', message: `expected a need ≥ 0, got ${input.need}` });
  if (!(input.covered >= 0)) errors.push({ path: 'covered', message: `expected covered ≥ 0, got ${input.covered}` });
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
  const hasNeed = input.need !== null && input.need > 0;
  factors.push({
    key: 'shortage',
    raw: hasNeed ? Math.max(0, (input.need as number) - input.covered) : null,
    scaled: hasNeed ? shortageScore(input.need as number, input.covered) : null,
    weight: weights.shortage,
  });
  const urgency = input.neededBy === undefined ? null : requestUrgency(input.neededBy, input.batchDate, urgencyHorizonDays);
  const daysLeft = input.neededBy === undefined ? null : (isoDateToDay(input.neededBy) as number) - (isoDateToDay(input.batchDate) as number);
  factors.push({ key: 'urgency', raw: daysLeft, scaled: urgency, weight: weights.urgency });

  const combined = severityIndex(factors);
  if (combined.index === null) {
    return { ok: false, errors: [{ path: 'weights', message: 'no factor with a known input has a weight above 0' }] };
  }
  return { ok: true, priority: combined.index, factors: combined.factors, renormalised: combined.renormalised };
}
