// The severity index of a country on a date: a weighted mean of factor scores in 0..1, with its breakdown
// (ADR 021). The list of factors is open: this module supplies the epidemic and health-system factors
// (epidemicSeverityFactors); the aid module appends its own (shortage, request urgency) in the same shape.
//
// A factor whose input is missing takes no part: the weights of the factors present are renormalised to
// sum to 1, and the breakdown marks the missing factor and sets `renormalised`. With no factor present the
// index is null (unknown), which sorts after every known index.
import type { SeverityWeightKey } from '../../shared/schemas/situation';
import { deathsScore, growthScore, healthSystemWeaknessScore, incidenceScore } from './severity-scales';

export interface SeverityFactorInput {
  /** Stable key, e.g. 'incidence'; the UI translates it. */
  key: string;
  /** The input in its own unit (e.g. cases per 100,000), or null when unknown. */
  raw: number | null;
  /** The input scaled to 0..1 (1 = most severe), or null when unknown. */
  scaled: number | null;
  /** Relative weight ≥ 0, before renormalisation. */
  weight: number;
}

export interface SeverityFactor extends SeverityFactorInput {
  /** True when the input is unknown: the factor is left out and the others reweighted. */
  missing: boolean;
  /** weight / (sum of the weights of the factors present); 0 when missing. */
  effectiveWeight: number;
  /** scaled × effectiveWeight: the factor's share of the index. */
  contribution: number;
}

export interface Severity {
  /** 0..1, or null when no factor is known. */
  index: number | null;
  factors: SeverityFactor[];
  /** True when some factor was missing and the weights of the others were scaled up. */
  renormalised: boolean;
}

/** Default weights: epidemic intensity 0.7 (incidence 0.3, growth 0.15, deaths 0.25), health system 0.3. */
export const DEFAULT_SEVERITY_WEIGHTS: Readonly<Record<SeverityWeightKey, number>> = {
  incidence: 0.3,
  growth: 0.15,
  deaths: 0.25,
  'health-system': 0.3,
};

export interface EpidemicSeverityInputs {
  incidence7dPer100k: number | null;
  growth7d: number | null;
  /** Deaths in the last 28 days per million people (severity-inputs.ts). */
  deaths28dPerMillion: number | null;
  hospitalBedsPerThousand: number | null;
}

const factor = (key: string, raw: number | null, scale: (value: number) => number, weight: number): SeverityFactorInput => ({
  key,
  raw,
  scaled: raw === null || !Number.isFinite(raw) ? null : scale(raw),
  weight,
});

/** The four factors this module knows, scaled (severity-scales.ts) and weighted (defaults overridable). */
export function epidemicSeverityFactors(inputs: EpidemicSeverityInputs, weights: Readonly<Record<string, number>> = {}): SeverityFactorInput[] {
  const w = { ...DEFAULT_SEVERITY_WEIGHTS, ...weights };
  return [
    factor('incidence', inputs.incidence7dPer100k, incidenceScore, w.incidence),
    factor('growth', inputs.growth7d, growthScore, w.growth),
    factor('deaths', inputs.deaths28dPerMillion, deathsScore, w.deaths),
    factor('health-system', inputs.hospitalBedsPerThousand, healthSystemWeaknessScore, w['health-system']),
  ];
}

/**
 * Combines factors into the index. Throws RangeError for a weight that is negative or not finite, or a score
 * outside 0..1: weights are validated where coordinators edit them, so this is a programming error.
 */
export function severityIndex(inputs: readonly SeverityFactorInput[]): Severity {
  let presentWeight = 0;
  let anyMissing = false;
  for (const { key, weight, scaled } of inputs) {
    if (!(weight >= 0) || !Number.isFinite(weight)) throw new RangeError(`weight of ${key} must be a finite number ≥ 0, got ${weight}`);
    if (scaled !== null && !(scaled >= 0 && scaled <= 1)) throw new RangeError(`score of ${key} must be in 0..1, got ${scaled}`);
    if (scaled === null) anyMissing = true;
    else presentWeight += weight;
  }
  let index = 0;
  const factors = inputs.map((input): SeverityFactor => {
    const missing = input.scaled === null;
    const effectiveWeight = missing || presentWeight === 0 ? 0 : input.weight / presentWeight;
    const contribution = missing ? 0 : (input.scaled as number) * effectiveWeight;
    index += contribution;
    return { ...input, missing, effectiveWeight, contribution };
  });
  return { index: presentWeight === 0 ? null : Math.min(1, index), factors, renormalised: anyMissing && presentWeight > 0 };
}

/** For Array.sort: most severe first, unknown (null) last. */
export function bySeverityDescending(a: Pick<Severity, 'index'>, b: Pick<Severity, 'index'>): number {
  if (a.index === null) return b.index === null ? 0 : 1;
  if (b.index === null) return -1;
  return b.index - a.index;
}
