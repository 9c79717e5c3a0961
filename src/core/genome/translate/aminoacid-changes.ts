import { AA_GAP, AA_X, decodeAminoacid } from '../alphabet/aminoacids';
import type { AaDeletion, AaSubstitution } from '../analysis-result';
import type { Gene } from '../parse/gene-map';
import type { GeneTranslation } from './translate-genes';

// Amino-acid changes from the aligned peptides (Nextclade v1's getAminoacidChangesForGene): a '-' is
// a deletion, a different letter a substitution, X (a codon with N or in a frame shift) is skipped.
// Only codons lying inside the aligned part of the genome count. Sorted by gene name, then codon.

/** Leftmost reference position of each codon of a gene (0-based). */
export function codonStarts(gene: Gene): Int32Array {
  const positions: number[] = [];
  for (const s of gene.segments) {
    if (gene.strand === '+') for (let p = s.start; p < s.end; p++) positions.push(p);
    else for (let p = s.end - 1; p >= s.start; p--) positions.push(p);
  }
  const starts = new Int32Array(Math.floor(positions.length / 3));
  for (let c = 0; c < starts.length; c++) starts[c] = Math.min(positions[3 * c]!, positions[3 * c + 1]!, positions[3 * c + 2]!);
  return starts;
}

export interface AminoacidChanges {
  aaSubstitutions: AaSubstitution[];
  aaDeletions: AaDeletion[];
}

export function findAminoacidChanges(
  translations: GeneTranslation[],
  refPeptides: Map<string, Uint8Array>,
  starts: Map<string, Int32Array>,
  alignmentStart: number,
  alignmentEnd: number,
): AminoacidChanges {
  const aaSubstitutions: AaSubstitution[] = [];
  const aaDeletions: AaDeletion[] = [];
  const ordered = [...translations].sort((a, b) => (a.gene.name < b.gene.name ? -1 : a.gene.name > b.gene.name ? 1 : 0));
  for (const { gene, peptide } of ordered) {
    if (peptide === null) continue;
    const ref = refPeptides.get(gene.name)!;
    const codonStart = starts.get(gene.name)!;
    const inside = (x: number): boolean => x >= alignmentStart && x < alignmentEnd;
    for (let c = 0; c < peptide.length; c++) {
      const begin = codonStart[c]!;
      if (!inside(begin) || !inside(begin + 3)) continue;
      const q = peptide[c]!;
      const r = ref[c]!;
      if (q === AA_GAP) aaDeletions.push({ gene: gene.name, codon: c + 1, refAa: decodeAminoacid(r) });
      else if (q !== r && q !== AA_X) aaSubstitutions.push({ gene: gene.name, codon: c + 1, refAa: decodeAminoacid(r), queryAa: decodeAminoacid(q) });
    }
  }
  return { aaSubstitutions, aaDeletions };
}
