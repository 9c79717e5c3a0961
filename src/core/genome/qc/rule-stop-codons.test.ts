import { describe, expect, it } from 'vitest';
import { ruleStopCodons } from './rule-stop-codons';

describe('stop-codon rule', () => {
  it('ignores known stops (0-based codons in the settings) and scores 75 per other (fixture: 2 -> 150, bad)', () => {
    const r = ruleStopCodons(
      [
        { gene: 'S', codon: 1054 },
        { gene: 'S', codon: 1055 },
        { gene: 'ORF7a', codon: 62 },
      ],
      { enabled: true, ignoredStopCodons: [{ geneName: 'ORF7a', codon: 61 }] },
    )!;
    expect(r.score).toBe(150);
    expect(r.status).toBe('bad');
    expect(r.stopCodonsIgnored).toEqual([{ gene: 'ORF7a', codon: 62 }]);
    expect(r.totalStopCodons).toBe(2);
  });
});
