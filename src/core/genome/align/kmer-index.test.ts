import { describe, expect, it } from 'vitest';
import { encodeNucleotides } from '../alphabet/nucleotides';
import { buildKmerIndex, TWO_BIT } from './kmer-index';

const code = (kmer: string) => [...encodeNucleotides(kmer)].reduce((c, b) => (c << 2) | TWO_BIT[b]!, 0);

describe('reference k-mer index', () => {
  it('finds unique k-mers and refuses repeated or absent ones', () => {
    const index = buildKmerIndex(encodeNucleotides('ACGTTGCAACGTAAAC'), 4);
    expect(index.lookup(code('GTTG'))).toBe(2);
    expect(index.lookup(code('ACGT'))).toBeLessThan(0); // twice in the reference
    expect(index.lookup(code('GGGG'))).toBeLessThan(0);
  });

  it('skips k-mers containing ambiguous letters', () => {
    const index = buildKmerIndex(encodeNucleotides('ACGNTTGCAT'), 4);
    expect(index.lookup(code('ACGT'))).toBeLessThan(0);
    expect(index.lookup(code('TTGC'))).toBe(4);
  });

  it('accepts only k between 4 and 15', () => {
    expect(() => buildKmerIndex(new Uint8Array(10), 16)).toThrow(RangeError);
  });
});
