import type { FrameShift, QcResult } from '../analysis-result';
import type { QcConfig } from '../parse/qc-config';
import { qcStatus } from './qc-status';

/** Nextclade v1.4 scores 75 per frame shift not listed as known (ignoredFrameShifts). */
export const SCORE_PER_FRAME_SHIFT = 75;

export function ruleFrameShifts(frameShifts: FrameShift[], config: QcConfig['frameShifts']): QcResult['frameShifts'] {
  if (!config.enabled) return null;
  // Ignored ranges are 0-based, end exclusive, like Nextclade's qc.json; ours are 1-based closed.
  const ignored = (f: FrameShift): boolean =>
    config.ignoredFrameShifts.some((i) => i.geneName === f.gene && i.codonRange.begin === f.codon.begin - 1 && i.codonRange.end === f.codon.end);
  const kept = frameShifts.filter((f) => !ignored(f));
  const frameShiftsIgnored = frameShifts.filter(ignored);
  const score = kept.length * SCORE_PER_FRAME_SHIFT;
  return { score, status: qcStatus(score), frameShifts: kept, totalFrameShifts: kept.length, frameShiftsIgnored, totalFrameShiftsIgnored: frameShiftsIgnored.length };
}
