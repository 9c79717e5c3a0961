/**
 * The version of what Concord's analysis says about a genome: bumped with any change to the aligner, the
 * placement on the tree, the clade or QC rules that changes an analysis's output. A stored genome carries the
 * version (with the dataset's digest) it was analysed under; those analysed under another are re-analysed on
 * an admin's request (ADR 014). 2026-12-04: placement on the reference tree and Nextclade's 3' poly-A handling.
 */
export const ANALYSER_VERSION = 'concord-2026.12.04';

/** The version an analysis is stored under: the analyser's and the dataset's content digest. */
export function analysisVersion(datasetDigest: string): string {
  return `${ANALYSER_VERSION}+${datasetDigest.slice(0, 12)}`;
}
