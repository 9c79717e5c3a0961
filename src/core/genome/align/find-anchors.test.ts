import { describe, expect, it } from 'vitest';
import { encodeNucleotides } from '../alphabet/nucleotides';
import { chainMatches, findMatches } from './find-anchors';
import { buildKmerIndex } from './kmer-index';

const REF = 'ATGGCTAGCTTACGATCGGATCCTAGGCTAAGCTTGCATGCCTGCAGGTCGACTCTAGAGGATCCCCGGGTACCGAGCTCGAATTC';

describe('exact anchors', () => {
  it('finds one maximal match for an identical query', () => {
    const ref = encodeNucleotides(REF);
    expect(findMatches(ref, ref, buildKmerIndex(ref, 8))).toEqual([{ q: 0, r: 0, len: REF.length }]);
  });

  it('splits at a substitution and shifts the diagonal after a deletion', () => {
    const ref = encodeNucleotides(REF);
    const query = REF.slice(0, 30) + (REF[30] === 'A' ? 'C' : 'A') + REF.slice(31, 60) + REF.slice(65);
    const matches = chainMatches(findMatches(encodeNucleotides(query), ref, buildKmerIndex(ref, 8)));
    expect(matches.map((m) => m.r - m.q)).toEqual([0, 0, 5]);
    expect(matches[0]).toEqual({ q: 0, r: 0, len: 30 });
  });

  it('chains the heaviest increasing set, dropping an out-of-order match', () => {
    const chain = chainMatches([
      { q: 0, r: 0, len: 50 },
      { q: 55, r: 10, len: 20 }, // goes backwards on the reference
      { q: 60, r: 60, len: 40 },
    ]);
    expect(chain).toEqual([
      { q: 0, r: 0, len: 50 },
      { q: 60, r: 60, len: 40 },
    ]);
  });
});
