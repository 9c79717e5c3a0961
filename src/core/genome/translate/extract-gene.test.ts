import { describe, expect, it } from 'vitest';
import { decodeNucleotides, encodeNucleotides } from '../alphabet/nucleotides';
import type { NucAlignment } from '../align/align-to-reference';
import type { Gene } from '../parse/gene-map';
import { extractAlignedGene, isEssentiallyAllGaps, protectFirstCodon } from './extract-gene';

const REF = 'AAATGGCCCTTTGGGAAA';
const gene: Gene = { name: 'g', strand: '+', segments: [{ start: 3, end: 15 }], length: 12, start: 3, end: 15 };
const alignment = (aligned: string, insertions: { pos: number; seq: string }[] = []): NucAlignment => ({ aligned: encodeNucleotides(aligned), insertions, alignmentStart: 0, alignmentEnd: aligned.length, score: 0 });

describe('aligned gene extraction', () => {
  it('cuts the gene out of query and reference', () => {
    const g = extractAlignedGene(gene, alignment('AAATGGCCATTTGGGAAA'), encodeNucleotides(REF), new Map());
    expect(decodeNucleotides(g.query)).toBe('TGGCCATTTGGG');
    expect(decodeNucleotides(g.ref)).toBe('TGGCCCTTTGGG');
    expect([...g.refPos]).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('keeps insertions inside the gene, with gaps in the reference, and drops those at its edges', () => {
    const ins = new Map([
      [3, 'GG'], // before the gene's first base: not part of it
      [6, 'AAA'],
      [15, 'C'], // after its last base
    ]);
    const g = extractAlignedGene(gene, alignment(REF), encodeNucleotides(REF), ins);
    expect(decodeNucleotides(g.query)).toBe('TGGAAACCCTTTGGG');
    expect(decodeNucleotides(g.ref)).toBe('TGG---CCCTTTGGG');
    expect([...g.refPos.subarray(2, 7)]).toEqual([5, 5, 5, 5, 6]);
  });

  it('reverse-complements a minus-strand gene', () => {
    const minus: Gene = { ...gene, strand: '-' };
    const g = extractAlignedGene(minus, alignment(REF), encodeNucleotides(REF), new Map());
    expect(decodeNucleotides(g.query)).toBe('CCCAAAGGGCCA');
  });

  it('protects the first codon holding letters from being shifted by gap removal', () => {
    const seq = encodeNucleotides('-----GAAA');
    protectFirstCodon(seq);
    expect(decodeNucleotides(seq)).toBe('---NNGAAA');
  });

  it('counts a gene with at most one aligned letter as all gaps (Nextclade)', () => {
    expect(isEssentiallyAllGaps(encodeNucleotides('---A--'))).toBe(true);
    expect(isEssentiallyAllGaps(encodeNucleotides('--AA--'))).toBe(false);
  });
});
