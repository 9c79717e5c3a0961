import { A, C, G, T } from '../alphabet/nucleotides';

// Index of the k-mers (A/C/G/T only) that occur exactly once in the reference: open addressing on
// typed arrays, 2 bits per base, so k <= 15 fits a 32-bit key. A k-mer seen twice is marked ambiguous
// and never used as a seed.

export interface KmerIndex {
  k: number;
  lookup(code: number): number;
}

const AMBIGUOUS = -2;
const EMPTY = -1;

/** 2-bit code of a base mask, -1 for anything that is not A/C/G/T. */
export const TWO_BIT = new Int8Array(32).fill(-1);
TWO_BIT[A] = 0;
TWO_BIT[C] = 1;
TWO_BIT[G] = 2;
TWO_BIT[T] = 3;

function hash(code: number, shift: number): number {
  return Math.imul(code, 0x9e3779b1) >>> shift;
}

export function buildKmerIndex(ref: Uint8Array, k: number): KmerIndex {
  if (k < 4 || k > 15) throw new RangeError('k-mer length must be between 4 and 15');
  let bits = 10;
  while (1 << bits < ref.length * 2) bits++;
  const size = 1 << bits;
  const shift = 32 - bits;
  const keys = new Int32Array(size).fill(EMPTY);
  const values = new Int32Array(size);
  const mask = (1 << (2 * k)) - 1;
  let code = 0;
  let valid = 0;
  for (let i = 0; i < ref.length; i++) {
    const b = TWO_BIT[ref[i]!]!;
    if (b < 0) {
      valid = 0;
      continue;
    }
    code = ((code << 2) | b) & mask;
    if (++valid < k) continue;
    let slot = hash(code, shift);
    while (keys[slot] !== EMPTY && keys[slot] !== code) slot = (slot + 1) & (size - 1);
    if (keys[slot] === code) values[slot] = AMBIGUOUS;
    else {
      keys[slot] = code;
      values[slot] = i - k + 1;
    }
  }
  return {
    k,
    lookup(c: number): number {
      let slot = hash(c, shift);
      for (;;) {
        const key = keys[slot]!;
        if (key === c) return values[slot]!;
        if (key === EMPTY) return -1;
        slot = (slot + 1) & (size - 1);
      }
    },
  };
}
