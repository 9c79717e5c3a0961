// The shape of a research result as the core reads it. The zod schemas in src/shared/schemas/research-results.ts
// are the one definition of the payload; this is the part of it the pure functions here need.

export const EFFECT_MEASURES = ['risk-ratio', 'odds-ratio', 'hazard-ratio', 'rate-ratio', 'risk-difference', 'mean-difference'] as const;
export type EffectMeasure = (typeof EFFECT_MEASURES)[number];

/** Ratios are positive and drawn on a log axis around 1; differences are drawn on a linear axis around 0. */
export const isRatio = (measure: EffectMeasure) => measure.endsWith('-ratio');

export interface OutcomeEstimate {
  name: string;
  primary: boolean;
  measure: EffectMeasure;
  estimate: number;
  lower: number;
  upper: number;
  /** The interval's level, e.g. 0.95. */
  level: number;
  timepoint?: string;
}

export interface TrialArm {
  label: string;
  intervention: string;
  size: number;
  control: boolean;
}

export interface TrialPart {
  phase: string;
  allocation: string;
  masking: string;
  status: string;
  countries: string[];
  arms: TrialArm[];
  outcomes: OutcomeEstimate[];
  summary: string;
}

export interface ResultAuthor {
  name: string;
  affiliation: string;
  country: string;
}

export interface ResultRecordPart {
  kind: string;
  title: string;
  titleZh?: string;
  abstract: string;
  abstractZh?: string;
  authors: ResultAuthor[];
  doi?: string;
  registryIds: string[];
  /** YYYY-MM-DD or YYYY-MM. */
  date: string;
  licence: string;
  language: string;
  journal?: string;
  url?: string;
  topics: string[];
  interventions: string[];
  trial?: TrialPart;
}
