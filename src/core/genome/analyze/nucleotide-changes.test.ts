import { describe, expect, it } from 'vitest';
import { encodeNucleotides } from '../alphabet/nucleotides';
import { findNucleotideChanges } from './nucleotide-changes';

const changes = (aligned: string, ref: string) => {
  const a = encodeNucleotides(aligned);
  let start = 0;
  while (aligned[start] === '-') start++;
  let end = aligned.length;
  while (aligned[end - 1] === '-') end--;
  return findNucleotideChanges(a, encodeNucleotides(ref), start, end);
};

describe('nucleotide changes', () => {
  it('lists substitutions between A/C/G/T letters only, 1-based', () => {
    expect(changes('ACGTAC', 'ACCTAA').substitutions).toEqual([
      { pos: 3, refNuc: 'C', queryNuc: 'G' },
      { pos: 6, refNuc: 'A', queryNuc: 'C' },
    ]);
  });

  it('reports inner gap runs as deletions, not the uncovered ends', () => {
    expect(changes('--ACG--T-A---', 'GGACGTTTTAGGG').deletions).toEqual([
      { begin: 6, end: 7 },
      { begin: 9, end: 9 },
    ]);
  });

  it('reports N runs as missing and other ambiguity codes as nonACGTNs, never as substitutions', () => {
    const c = changes('NNACKKARNA', 'ACACGTAAAA');
    expect(c.missing).toEqual([
      { begin: 1, end: 2 },
      { begin: 9, end: 9 },
    ]);
    expect(c.nonACGTNs).toEqual([
      { character: 'K', begin: 5, end: 6 },
      { character: 'R', begin: 8, end: 8 },
    ]);
    expect(c.substitutions).toEqual([]);
    expect([c.totalMissing, c.totalNonACGTNs]).toEqual([3, 3]);
  });
});
