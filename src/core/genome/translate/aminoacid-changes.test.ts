import { describe, expect, it } from 'vitest';
import { encodeAminoacids } from '../alphabet/aminoacids';
import type { Gene } from '../parse/gene-map';
import { codonStarts, findAminoacidChanges } from './aminoacid-changes';
import type { GeneTranslation } from './translate-genes';

const gene = (name: string, start: number, codons: number, strand: '+' | '-' = '+'): Gene => ({ name, strand, segments: [{ start, end: start + 3 * codons }], length: 3 * codons, start, end: start + 3 * codons });
const translation = (g: Gene, peptide: string): GeneTranslation => ({ gene: g, peptide: encodeAminoacids(peptide), frameShifts: [], warning: null });

describe('amino-acid changes', () => {
  it('knows where each codon starts, on either strand', () => {
    expect([...codonStarts(gene('a', 10, 3))]).toEqual([10, 13, 16]);
    expect([...codonStarts(gene('b', 10, 3, '-'))]).toEqual([16, 13, 10]);
  });

  it('lists substitutions and deletions, skips X, sorted by gene name then codon', () => {
    const s = gene('S', 100, 6);
    const e = gene('E', 10, 4);
    const refs = new Map([
      ['S', encodeAminoacids('MFVFL*')],
      ['E', encodeAminoacids('MYS*')],
    ]);
    const starts = new Map([
      ['S', codonStarts(s)],
      ['E', codonStarts(e)],
    ]);
    const changes = findAminoacidChanges([translation(s, 'MF-XP*'), translation(e, 'MHS*')], refs, starts, 0, 1000);
    expect(changes.aaSubstitutions).toEqual([
      { gene: 'E', codon: 2, refAa: 'Y', queryAa: 'H' },
      { gene: 'S', codon: 5, refAa: 'L', queryAa: 'P' },
    ]);
    expect(changes.aaDeletions).toEqual([{ gene: 'S', codon: 3, refAa: 'V' }]);
  });

  it('counts only codons inside the aligned range', () => {
    const s = gene('S', 100, 6);
    const changes = findAminoacidChanges([translation(s, '--VFP-')], new Map([['S', encodeAminoacids('MFVFL*')]]), new Map([['S', codonStarts(s)]]), 106, 113);
    expect(changes.aaDeletions).toEqual([]);
    expect(changes.aaSubstitutions).toEqual([]);
  });
});
