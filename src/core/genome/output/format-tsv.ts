import type { AnalysisResult } from '../analysis-result';
import {
  formatAaDeletion,
  formatAaSubstitution,
  formatCharacterRange,
  formatFrameShift,
  formatInsertion,
  formatList,
  formatRange,
  formatScore,
  formatStopCodon,
  formatSubstitution,
} from './format-values';

// One TSV row per genome with Nextclade's column names. Empty cells where a value does not apply
// (a rule that is disabled, a genome that could not be aligned).

type Column = [name: string, value: (r: AnalysisResult) => string | number | null | undefined];

const qc = (r: AnalysisResult) => r.qc;

const COLUMNS: Column[] = [
  ['seqName', (r) => r.seqName],
  ['clade', (r) => r.clade],
  ['qc.overallScore', (r) => (r.qc ? formatScore(r.qc.overallScore) : null)],
  ['qc.overallStatus', (r) => r.qc?.overallStatus],
  ['totalSubstitutions', (r) => r.totalSubstitutions],
  ['totalDeletions', (r) => r.totalDeletions],
  ['totalInsertions', (r) => r.totalInsertions],
  ['totalFrameShifts', (r) => r.totalFrameShifts],
  ['totalAminoacidSubstitutions', (r) => r.totalAminoacidSubstitutions],
  ['totalAminoacidDeletions', (r) => r.totalAminoacidDeletions],
  ['totalMissing', (r) => r.totalMissing],
  ['totalNonACGTNs', (r) => r.totalNonACGTNs],
  ['substitutions', (r) => formatList(r.substitutions, formatSubstitution)],
  ['deletions', (r) => formatList(r.deletions, formatRange)],
  ['insertions', (r) => formatList(r.insertions, formatInsertion)],
  ['frameShifts', (r) => formatList(r.frameShifts, formatFrameShift)],
  ['aaSubstitutions', (r) => formatList(r.aaSubstitutions, formatAaSubstitution)],
  ['aaDeletions', (r) => formatList(r.aaDeletions, formatAaDeletion)],
  ['missing', (r) => formatList(r.missing, formatRange)],
  ['nonACGTNs', (r) => formatList(r.nonACGTNs, formatCharacterRange)],
  ['alignmentStart', (r) => r.alignmentStart],
  ['alignmentEnd', (r) => r.alignmentEnd],
  ['qc.missingData.missingDataThreshold', (r) => num(qc(r)?.missingData?.missingDataThreshold)],
  ['qc.missingData.score', (r) => num(qc(r)?.missingData?.score)],
  ['qc.missingData.status', (r) => qc(r)?.missingData?.status],
  ['qc.missingData.totalMissing', (r) => qc(r)?.missingData?.totalMissing],
  ['qc.mixedSites.mixedSitesThreshold', (r) => num(qc(r)?.mixedSites?.mixedSitesThreshold)],
  ['qc.mixedSites.score', (r) => num(qc(r)?.mixedSites?.score)],
  ['qc.mixedSites.status', (r) => qc(r)?.mixedSites?.status],
  ['qc.mixedSites.totalMixedSites', (r) => qc(r)?.mixedSites?.totalMixedSites],
  ['qc.privateMutations.cutoff', (r) => num(qc(r)?.privateMutations?.cutoff)],
  ['qc.privateMutations.excess', (r) => num(qc(r)?.privateMutations?.excess)],
  ['qc.privateMutations.score', (r) => num(qc(r)?.privateMutations?.score)],
  ['qc.privateMutations.status', (r) => qc(r)?.privateMutations?.status],
  ['qc.privateMutations.total', (r) => num(qc(r)?.privateMutations?.total)],
  ['qc.snpClusters.clusteredSNPs', (r) => qc(r)?.snpClusters?.clusteredSNPs.map((c) => `${c.begin}-${c.end}:${c.numberOfSNPs}`).join(',')],
  ['qc.snpClusters.score', (r) => num(qc(r)?.snpClusters?.score)],
  ['qc.snpClusters.status', (r) => qc(r)?.snpClusters?.status],
  ['qc.snpClusters.totalSNPs', (r) => qc(r)?.snpClusters?.totalSNPs],
  ['qc.frameShifts.frameShifts', (r) => fmt(qc(r)?.frameShifts?.frameShifts, formatFrameShift)],
  ['qc.frameShifts.totalFrameShifts', (r) => qc(r)?.frameShifts?.totalFrameShifts],
  ['qc.frameShifts.frameShiftsIgnored', (r) => fmt(qc(r)?.frameShifts?.frameShiftsIgnored, formatFrameShift)],
  ['qc.frameShifts.totalFrameShiftsIgnored', (r) => qc(r)?.frameShifts?.totalFrameShiftsIgnored],
  ['qc.frameShifts.score', (r) => num(qc(r)?.frameShifts?.score)],
  ['qc.frameShifts.status', (r) => qc(r)?.frameShifts?.status],
  ['qc.stopCodons.stopCodons', (r) => fmt(qc(r)?.stopCodons?.stopCodons, formatStopCodon)],
  ['qc.stopCodons.totalStopCodons', (r) => qc(r)?.stopCodons?.totalStopCodons],
  ['qc.stopCodons.score', (r) => num(qc(r)?.stopCodons?.score)],
  ['qc.stopCodons.status', (r) => qc(r)?.stopCodons?.status],
  ['errors', (r) => r.errors.join(';')],
];

function num(x: number | undefined): string | null {
  return x === undefined ? null : formatScore(x);
}

function fmt<T>(items: T[] | undefined, format: (x: T) => string): string | null {
  return items === undefined ? null : formatList(items, format);
}

export const TSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);

/** Quotes a cell only when it holds a tab, a newline or a quote, doubling inner quotes. */
function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatTsvHeader(): string {
  return TSV_COLUMNS.join('\t');
}

export function formatTsvRow(result: AnalysisResult): string {
  return COLUMNS.map(([, value]) => cell(value(result))).join('\t');
}
