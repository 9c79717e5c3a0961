import type { ResultRecordInput } from '../../../shared/schemas/research-results';

/** An early trial result as a researcher would submit it (invented, for tests only). */
export function earlyTrialRecord(title: string, overrides: Partial<ResultRecordInput> = {}): ResultRecordInput {
  return {
    kind: 'trial-result',
    title,
    titleZh: '早期试验结果',
    abstract: 'An early, open-label randomised trial of an inhaled corticosteroid in outpatients.',
    authors: [{ name: 'Researcher, Rosalind', affiliation: 'Example University', country: 'KEN' }],
    registryIds: ['ChiCTR2000029308'],
    date: '2020-04-10',
    licence: 'CC-BY-4.0',
    language: 'en',
    topics: ['covid-19'],
    interventions: ['corticosteroids', 'budesonide'],
    genomes: [],
    trial: {
      phase: '2',
      allocation: 'randomised',
      masking: 'open-label',
      status: 'completed',
      countries: ['KEN'],
      arms: [
        { label: 'Budesonide', intervention: 'inhaled budesonide 800 µg twice daily', size: 70, control: false },
        { label: 'Usual care', intervention: 'usual care', size: 69, control: true },
      ],
      outcomes: [{ name: 'Urgent care or hospitalisation', primary: true, measure: 'risk-ratio', estimate: 0.2, lower: 0.05, upper: 0.8, level: 0.95 }],
      summary: 'Fewer urgent visits with budesonide.',
    },
    ...overrides,
  };
}
