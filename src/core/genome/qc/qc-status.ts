import type { QcStatus } from '../analysis-result';

// Nextclade's thresholds, for each rule and for the overall score: below 30 good, below 100 mediocre.
export function qcStatus(score: number): QcStatus {
  if (score >= 100) return 'bad';
  if (score >= 30) return 'mediocre';
  return 'good';
}
