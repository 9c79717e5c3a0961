import type { Gene } from '../parse/gene-map';
import type { AlignmentParams } from './alignment-params';

/**
 * Codon-aware gap-open penalties by reference position (Nextclade's getGapOpenCloseScoresCodonAware):
 * inside a gene, opening a gap at the first base of a codon (i.e. between two codons) costs
 * penaltyGapOpenInFrame, elsewhere in the codon penaltyGapOpenOutOfFrame; outside genes
 * penaltyGapOpen. Genes are applied in name order and a later one overwrites an overlap, as
 * Nextclade's ordered gene map does. "First base" is the leftmost reference base of the codon, so
 * genes on the minus strand get boundaries between their codons too.
 */
export function gapOpenCosts(refLength: number, genes: Gene[], params: AlignmentParams): Int32Array {
  const costs = new Int32Array(refLength + 2).fill(params.penaltyGapOpen);
  const ordered = [...genes].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const gene of ordered) {
    const positions: number[] = [];
    for (const segment of gene.segments) {
      if (gene.strand === '+') for (let p = segment.start; p < segment.end; p++) positions.push(p);
      else for (let p = segment.end - 1; p >= segment.start; p--) positions.push(p);
    }
    for (let i = 0; i + 2 < positions.length; i += 3) {
      const codon = [positions[i]!, positions[i + 1]!, positions[i + 2]!];
      const leftmost = Math.min(...codon);
      for (const p of codon) costs[p] = p === leftmost ? params.penaltyGapOpenInFrame : params.penaltyGapOpenOutOfFrame;
    }
  }
  return costs;
}
