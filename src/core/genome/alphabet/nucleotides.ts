// Nucleotides as 4-bit masks (A=1, C=2, G=4, T=8): an IUPAC ambiguity code is the OR of the bases it
// stands for, so "these two letters can be the same base" is a single AND. This reproduces Nextclade's
// nucleotide match matrix (N and the other ambiguity codes match every base they include).

export const A = 1;
export const C = 2;
export const G = 4;
export const T = 8;
export const N = 15;
/** A gap in an alignment: a deleted base, or a reference position the query does not cover. */
export const GAP = 16;

const LETTERS = 'ACGTRYSWKMBDHVN';
const MASKS = [A, C, G, T, A | G, C | T, C | G, A | T, G | T, A | C, C | G | T, A | G | T, A | C | T, A | C | G, N];

const encodeTable = new Uint8Array(128);
const decodeTable: string[] = new Array<string>(32).fill('?');
for (let i = 0; i < LETTERS.length; i++) {
  const letter = LETTERS.charCodeAt(i);
  encodeTable[letter] = MASKS[i]!;
  encodeTable[letter + 32] = MASKS[i]!; // lowercase
  decodeTable[MASKS[i]!] = LETTERS[i]!;
}
encodeTable['U'.charCodeAt(0)] = T;
encodeTable['u'.charCodeAt(0)] = T;
encodeTable['-'.charCodeAt(0)] = GAP;
decodeTable[GAP] = '-';

/** Whether a letter (upper or lower case) is a nucleotide or IUPAC code we accept. */
export function isNucleotideLetter(charCode: number): boolean {
  return charCode < 128 && encodeTable[charCode]! !== 0 && charCode !== 45;
}

/** Encodes a sequence of IUPAC letters; anything else becomes 0, which matches nothing. */
export function encodeNucleotides(sequence: string): Uint8Array {
  const codes = new Uint8Array(sequence.length);
  for (let i = 0; i < sequence.length; i++) {
    const c = sequence.charCodeAt(i);
    codes[i] = c < 128 ? encodeTable[c]! : 0;
  }
  return codes;
}

export function decodeNucleotide(code: number): string {
  return decodeTable[code] ?? '?';
}

export function decodeNucleotides(codes: ArrayLike<number>, from = 0, to = codes.length): string {
  let out = '';
  for (let i = from; i < to; i++) out += decodeTable[codes[i]!] ?? '?';
  return out;
}

const ACGT_TABLE = new Uint8Array(256);
ACGT_TABLE[A] = ACGT_TABLE[C] = ACGT_TABLE[G] = ACGT_TABLE[T] = 1;

/** A, C, G or T. A table, not a chain of comparisons: on real sequences those branches mispredict. */
export function isAcgt(code: number): boolean {
  return ACGT_TABLE[code] === 1;
}

/** Complement of a mask: swap A<->T and C<->G bits; a gap stays a gap. */
export function complement(code: number): number {
  if (code === GAP) return GAP;
  return ((code & A) << 3) | ((code & T) >> 3) | ((code & C) << 1) | ((code & G) >> 1);
}

/**
 * The nucleotide score table of Nextclade's aligner: +match when the two codes share a base (N matches
 * everything), -mismatch otherwise, indexed [query * 32 + reference].
 */
export function nucleotideScoreTable(match: number, mismatch: number): Int8Array {
  const table = new Int8Array(32 * 32).fill(-mismatch);
  for (let q = 1; q < 16; q++) {
    for (let r = 1; r < 16; r++) if ((q & r) !== 0) table[q * 32 + r] = match;
  }
  return table;
}
