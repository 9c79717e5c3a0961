import { describe, expect, it } from 'vitest';
import { ruleFrameShifts } from './rule-frame-shifts';

const orf3a = { gene: 'ORF3a', codon: { begin: 257, end: 276 }, nuc: { begin: 26162, end: 26220 } };
const orf7a = { gene: 'ORF7a', codon: { begin: 76, end: 122 }, nuc: { begin: 27621, end: 27759 } };

describe('frame-shift rule', () => {
  it('ignores known frame shifts (0-based codon ranges in the settings) and scores 75 per other (fixture)', () => {
    const r = ruleFrameShifts([orf3a, orf7a], { enabled: true, ignoredFrameShifts: [{ geneName: 'ORF3a', codonRange: { begin: 256, end: 276 } }] })!;
    expect(r).toEqual({ score: 75, status: 'mediocre', frameShifts: [orf7a], totalFrameShifts: 1, frameShiftsIgnored: [orf3a], totalFrameShiftsIgnored: 1 });
  });
});
