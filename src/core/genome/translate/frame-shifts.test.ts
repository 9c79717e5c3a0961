import { describe, expect, it } from 'vitest';
import { decodeNucleotides, encodeNucleotides } from '../alphabet/nucleotides';
import { describeFrameShifts, detectFrameShifts, maskShiftedNucleotides } from './frame-shifts';

const detect = (ref: string, query: string) => detectFrameShifts(encodeNucleotides(ref), encodeNucleotides(query));

describe('frame shifts', () => {
  it('finds none when indels are whole codons', () => {
    expect(detect('AAACCCGGGTTT', 'AAA---GGGTTT')).toEqual([]);
  });

  it('runs from the first shifted letter to the end of the gene when nothing restores the frame', () => {
    expect(detect('AAACCCGGGTTT', 'AAA-CCGGGTTT')).toEqual([{ begin: 4, end: 12 }]);
  });

  it('ends at the indel that restores the frame', () => {
    // deletion at 3, insertion at 8: letters 4..7 are read shifted
    expect(detect('AAACCCGG-GTTT', 'AAA-CCGGAGTTT')).toEqual([{ begin: 4, end: 8 }]);
  });

  it('describes codons, the adjoining gaps and reference positions, and masks shifted letters', () => {
    const query = encodeNucleotides('AAA----CGGGTTTAA');
    const ranges = detectFrameShifts(encodeNucleotides('AAACCCCCGGGTTTAA'), query);
    const refPos = Int32Array.from({ length: 16 }, (_, i) => 100 + i);
    const [shift] = describeFrameShifts(query, refPos, ranges);
    expect(shift).toEqual({ nucRel: { begin: 7, end: 16 }, nucAbs: { begin: 107, end: 116 }, codon: { begin: 2, end: 5 }, gapsLeading: { begin: 1, end: 2 }, gapsTrailing: { begin: 5, end: 5 } });
    maskShiftedNucleotides(query, [shift!]);
    expect(decodeNucleotides(query)).toBe('AAA----NNNNNNNNN');
  });
});
