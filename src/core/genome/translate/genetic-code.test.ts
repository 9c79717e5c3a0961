import { describe, expect, it } from 'vitest';
import { decodeAminoacids } from '../alphabet/aminoacids';
import { encodeNucleotides } from '../alphabet/nucleotides';
import { translate } from './genetic-code';

const tr = (nuc: string) => decodeAminoacids(translate(encodeNucleotides(nuc)));

describe('standard genetic code', () => {
  it('translates codons, stops included', () => {
    expect(tr('ATGTTTGTTTTTCTTGTTTAA')).toBe('MFVFLV*');
    expect(tr('TGGTAGTGA')).toBe('W**');
  });

  it('gives X for any codon with an ambiguous letter, a gap for three gaps', () => {
    expect(tr('ATNGAR---')).toBe('XX-');
  });

  it('drops a trailing partial codon', () => {
    expect(tr('ATGTT')).toBe('M');
  });
});
