import type { FrameShift, PrivateMutations, QcResult, StopCodon } from '../analysis-result';
import type { QcConfig } from '../parse/qc-config';
import { qcStatus } from './qc-status';
import { ruleFrameShifts } from './rule-frame-shifts';
import { ruleMissingData } from './rule-missing-data';
import { ruleMixedSites } from './rule-mixed-sites';
import { rulePrivateMutations } from './rule-private-mutations';
import { ruleSnpClusters } from './rule-snp-clusters';
import { ruleStopCodons } from './rule-stop-codons';

export interface QcInput {
  totalMissing: number;
  totalMixedSites: number;
  privateMutations: PrivateMutations;
  frameShifts: FrameShift[];
  stopCodons: StopCodon[];
}

/** All rules, and the overall score: the sum of each enabled rule's score squared over 100. */
export function runQc(input: QcInput, config: QcConfig): QcResult {
  const rules = {
    missingData: ruleMissingData(input.totalMissing, config.missingData),
    mixedSites: ruleMixedSites(input.totalMixedSites, config.mixedSites),
    privateMutations: rulePrivateMutations(input.privateMutations, config.privateMutations),
    snpClusters: ruleSnpClusters(input.privateMutations.substitutions, config.snpClusters),
    frameShifts: ruleFrameShifts(input.frameShifts, config.frameShifts),
    stopCodons: ruleStopCodons(input.stopCodons, config.stopCodons),
  };
  let overallScore = 0;
  for (const rule of Object.values(rules)) if (rule !== null) overallScore += (rule.score * rule.score) / 100;
  return { overallScore, overallStatus: qcStatus(overallScore), ...rules };
}
