import { describe, expect, it } from 'vitest';
import { A, C, complement, decodeNucleotides, encodeNucleotides, G, GAP, isAcgt, isNucleotideLetter, N, nucleotideScoreTable, T } from './nucleotides';

describe('nucleotide codes', () => {
  it('encodes IUPAC letters as base masks, either case, U as T', () => {
    expect([...encodeNucleotides('ACGTacgtU')]).toEqual([A, C, G, T, A, C, G, T, T]);
    expect([...encodeNucleotides('RYN-')]).toEqual([A | G, C | T, N, GAP]);
    expect(decodeNucleotides(encodeNucleotides('ACGTRYSWKMBDHVN-'))).toBe('ACGTRYSWKMBDHVN-');
  });

  it('encodes anything else as 0, which matches nothing', () => {
    expect([...encodeNucleotides('X*1')]).toEqual([0, 0, 0]);
    expect(isNucleotideLetter('X'.charCodeAt(0))).toBe(false);
    expect(isNucleotideLetter('-'.charCodeAt(0))).toBe(false);
    expect(isNucleotideLetter('k'.charCodeAt(0))).toBe(true);
  });

  it('tells A/C/G/T from ambiguity codes and gaps', () => {
    expect([A, C, G, T].every(isAcgt)).toBe(true);
    expect([N, A | G, GAP, 0].some(isAcgt)).toBe(false);
  });

  it('complements masks, including ambiguity codes', () => {
    expect(decodeNucleotides([...encodeNucleotides('ACGTRYKMN-')].map(complement))).toBe('TGCAYRMKN-');
  });

  it('scores like Nextclade: N and compatible ambiguity codes match', () => {
    const table = nucleotideScoreTable(3, 1);
    const score = (q: string, r: string) => table[encodeNucleotides(q)[0]! * 32 + encodeNucleotides(r)[0]!];
    expect(score('A', 'A')).toBe(3);
    expect(score('A', 'C')).toBe(-1);
    expect(score('N', 'G')).toBe(3);
    expect(score('R', 'G')).toBe(3);
    expect(score('R', 'C')).toBe(-1);
    expect(score('Y', 'K')).toBe(3); // share T
  });
});
