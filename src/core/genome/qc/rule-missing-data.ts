import type { QcResult } from '../analysis-result';
import type { QcConfig } from '../parse/qc-config';
import { qcStatus } from './qc-status';

/** Missing data (N): (N count - scoreBias) * 100 / missingDataThreshold, floored at 0. */
export function ruleMissingData(totalMissing: number, config: QcConfig['missingData']): QcResult['missingData'] {
  if (!config.enabled) return null;
  const score = Math.max(0, ((totalMissing - config.scoreBias) * 100) / config.missingDataThreshold);
  // Nextclade reports the threshold with the bias added; we keep its figure.
  return { score, status: qcStatus(score), totalMissing, missingDataThreshold: config.missingDataThreshold + config.scoreBias };
}
