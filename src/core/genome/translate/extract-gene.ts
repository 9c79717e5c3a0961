import { complement, encodeNucleotides, GAP, N } from '../alphabet/nucleotides';
import type { NucAlignment } from '../align/align-to-reference';
import type { Gene, GeneSegment } from '../parse/gene-map';

// The aligned gene, insertions included, as Nextclade extracts it before translating: for the query
// and the reference side by side (the reference has gaps where the query has insertions), plus the
// reference position of each column (an insertion column takes the position before it). Insertions
// just before the first or after the last base of a segment are not part of the gene.

export interface AlignedGene {
  query: Uint8Array;
  ref: Uint8Array;
  refPos: Int32Array;
}

export function extractAlignedGene(gene: Gene, alignment: NucAlignment, ref: Uint8Array, insertionsByPos: Map<number, string>): AlignedGene {
  let length = gene.length;
  for (const [pos, seq] of insertionsByPos) {
    if (gene.segments.some((s) => pos > s.start && pos < s.end)) length += seq.length;
  }
  const out: AlignedGene = { query: new Uint8Array(length), ref: new Uint8Array(length), refPos: new Int32Array(length) };
  let n = 0;
  for (const segment of gene.segments) {
    const from = n;
    n = length === gene.length ? copySegment(out, n, segment, alignment.aligned, ref) : copySegmentWithInsertions(out, n, segment, alignment.aligned, ref, insertionsByPos);
    if (gene.strand === '-') reverseComplement(out, from, n);
  }
  return out;
}

/** No insertion inside the gene: whole-segment copies. Returns the next free column. */
function copySegment(out: AlignedGene, n: number, segment: GeneSegment, aligned: Uint8Array, ref: Uint8Array): number {
  out.query.set(aligned.subarray(segment.start, segment.end), n);
  out.ref.set(ref.subarray(segment.start, segment.end), n);
  for (let p = segment.start; p < segment.end; p++) out.refPos[n++] = p;
  return n;
}

function copySegmentWithInsertions(out: AlignedGene, n: number, segment: GeneSegment, aligned: Uint8Array, ref: Uint8Array, insertionsByPos: Map<number, string>): number {
  for (let i = segment.start; i < segment.end; i++) {
    const inserted = i > segment.start ? insertionsByPos.get(i) : undefined;
    if (inserted !== undefined) {
      const codes = encodeNucleotides(inserted);
      for (let j = 0; j < codes.length; j++, n++) {
        out.query[n] = codes[j]!;
        out.ref[n] = GAP;
        out.refPos[n] = i - 1;
      }
    }
    out.query[n] = aligned[i]!;
    out.ref[n] = ref[i]!;
    out.refPos[n++] = i;
  }
  return n;
}

function reverseComplement(out: AlignedGene, from: number, to: number): void {
  out.query.subarray(from, to).reverse();
  out.ref.subarray(from, to).reverse();
  out.refPos.subarray(from, to).reverse();
  for (let k = from; k < to; k++) {
    out.query[k] = complement(out.query[k]!);
    out.ref[k] = complement(out.ref[k]!);
  }
}

/**
 * Nextclade's protectFirstCodonInPlace: if the first codon holding a letter starts with gaps, those
 * gaps become N, so that removing gaps later cannot shift the reading frame.
 */
export function protectFirstCodon(seq: Uint8Array): void {
  const end = seq.length - (seq.length % 3);
  for (let i = 0; i < end; i++) {
    if (seq[i] === GAP) continue;
    const c = i - (i % 3);
    if (seq[c] === GAP) {
      seq[c] = N;
      if (seq[c + 1] === GAP) seq[c + 1] = N;
    }
    return;
  }
}

/** Nextclade's gap count test: a gene with at most one aligned letter counts as all gaps. */
export function isEssentiallyAllGaps(seq: Uint8Array): boolean {
  let letters = 0;
  for (let i = 0; i < seq.length; i++) if (seq[i] !== GAP && ++letters > 1) return false;
  return true;
}
