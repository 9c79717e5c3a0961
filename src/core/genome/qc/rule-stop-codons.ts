import type { QcResult, StopCodon } from '../analysis-result';
import type { QcConfig } from '../parse/qc-config';
import { qcStatus } from './qc-status';

/** Nextclade v1.4 scores 75 per premature stop codon not listed as known (ignoredStopCodons). */
export const SCORE_PER_STOP_CODON = 75;

export function ruleStopCodons(stopCodons: StopCodon[], config: QcConfig['stopCodons']): QcResult['stopCodons'] {
  if (!config.enabled) return null;
  // Ignored codons are 0-based in the settings, as in Nextclade's qc.json; ours are 1-based.
  const ignored = (s: StopCodon): boolean => config.ignoredStopCodons.some((i) => i.geneName === s.gene && i.codon === s.codon - 1);
  const kept = stopCodons.filter((s) => !ignored(s));
  const stopCodonsIgnored = stopCodons.filter(ignored);
  const score = kept.length * SCORE_PER_STOP_CODON;
  return { score, status: qcStatus(score), stopCodons: kept, totalStopCodons: kept.length, stopCodonsIgnored, totalStopCodonsIgnored: stopCodonsIgnored.length };
}
