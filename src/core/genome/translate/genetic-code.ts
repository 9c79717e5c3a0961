import { AA_GAP, AA_X, encodeAminoacid } from '../alphabet/aminoacids';
import { A, C, G, GAP, T } from '../alphabet/nucleotides';

// The standard genetic code. Like Nextclade, a codon with any ambiguous base translates to X (no attempt
// to resolve ambiguity), and a codon of three gaps to a gap.
// Amino acids in the classic table order, bases T C A G for each of the three codon positions.
const AMINOACIDS = 'FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG';

const baseIndex = new Int8Array(32).fill(-1);
baseIndex[T] = 0;
baseIndex[C] = 1;
baseIndex[A] = 2;
baseIndex[G] = 3;

const table = new Uint8Array(64);
for (let i = 0; i < 64; i++) table[i] = encodeAminoacid(AMINOACIDS[i]!);

export function translateCodon(b1: number, b2: number, b3: number): number {
  const i1 = baseIndex[b1]!;
  const i2 = baseIndex[b2]!;
  const i3 = baseIndex[b3]!;
  if (i1 >= 0 && i2 >= 0 && i3 >= 0) return table[i1 * 16 + i2 * 4 + i3]!;
  if (b1 === GAP && b2 === GAP && b3 === GAP) return AA_GAP;
  return AA_X;
}

/** Translates whole codons of a nucleotide code array; a trailing partial codon is dropped. */
export function translate(nucleotides: Uint8Array, length = nucleotides.length): Uint8Array {
  const peptide = new Uint8Array(Math.floor(length / 3));
  for (let i = 0; i < peptide.length; i++) {
    peptide[i] = translateCodon(nucleotides[3 * i]!, nucleotides[3 * i + 1]!, nucleotides[3 * i + 2]!);
  }
  return peptide;
}
