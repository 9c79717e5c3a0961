import { describe, expect, it } from 'vitest';
import { formatAaDeletion, formatAaSubstitution, formatCharacterRange, formatFrameShift, formatInsertion, formatList, formatRange, formatScore, formatSubstitution } from './format-values';

describe("Nextclade's value formats", () => {
  it('writes each kind of change as Nextclade does', () => {
    expect(formatSubstitution({ pos: 241, refNuc: 'C', queryNuc: 'T' })).toBe('C241T');
    expect(formatList([{ begin: 11288, end: 11296 }, { begin: 28271, end: 28271 }], formatRange)).toBe('11288-11296,28271');
    expect(formatInsertion({ pos: 22205, ins: 'CGGCAGGCT' })).toBe('22205:CGGCAGGCT');
    expect(formatFrameShift({ gene: 'ORF7a', codon: { begin: 76, end: 122 }, nuc: { begin: 1, end: 2 } })).toBe('ORF7a:76-122');
    expect(formatAaSubstitution({ gene: 'S', codon: 614, refAa: 'D', queryAa: 'G' })).toBe('S:D614G');
    expect(formatAaDeletion({ gene: 'S', codon: 69, refAa: 'H' })).toBe('S:H69-');
    expect(formatCharacterRange({ character: 'K', begin: 25202, end: 25202 })).toBe('K:25202');
    expect(formatScore(0.6944444444)).toBe('0.694444');
  });
});
