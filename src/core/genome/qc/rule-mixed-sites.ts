import type { QcResult } from '../analysis-result';
import type { QcConfig } from '../parse/qc-config';
import { qcStatus } from './qc-status';

/** Mixed sites (ambiguity codes other than N): 100 * count / mixedSitesThreshold. */
export function ruleMixedSites(totalMixedSites: number, config: QcConfig['mixedSites']): QcResult['mixedSites'] {
  if (!config.enabled) return null;
  const score = Math.max(0, (100 * totalMixedSites) / config.mixedSitesThreshold);
  return { score, status: qcStatus(score), totalMixedSites, mixedSitesThreshold: config.mixedSitesThreshold };
}
