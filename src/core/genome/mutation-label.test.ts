import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aaDeletionLabel, aaSubstitutionLabel, deletionLabel, insertionLabel, nucSubstitutionLabel, parseMutationLabel } from './mutation-label';

const GENES = ['E', 'M', 'N', 'ORF1a', 'ORF1b', 'ORF3a', 'S'];
const nuc = fc.constantFrom('A', 'C', 'G', 'T', 'N');
const aa = fc.constantFrom(...'ACDEFGHIKLMNPQRSTVWY*'.split(''));
const position = fc.integer({ min: 1, max: 29_903 });

// Whatever the analysis indexes a genome under, a person can type back (in either case) and find.
const labelled = fc.oneof(
  fc.record({ pos: position, refNuc: nuc, queryNuc: nuc }).map((s) => ({ label: nucSubstitutionLabel(s), kind: 'nuc' })),
  fc.tuple(position, fc.nat({ max: 500 })).map(([begin, length]) => ({ label: deletionLabel({ begin, end: begin + length }), kind: 'nuc' })),
  fc.record({ pos: position, ins: fc.string({ unit: nuc, minLength: 1, maxLength: 30 }) }).map((i) => ({ label: insertionLabel(i), kind: 'nuc' })),
  fc.record({ gene: fc.constantFrom(...GENES), codon: position, refAa: aa, queryAa: aa }).map((s) => ({ label: aaSubstitutionLabel(s), kind: 'aa' })),
  fc.record({ gene: fc.constantFrom(...GENES), codon: position, refAa: aa }).map((d) => ({ label: aaDeletionLabel(d), kind: 'aa' })),
);

describe('mutation labels', () => {
  it("parse back what format writes, in upper, lower or the typed case", () => {
    fc.assert(
      fc.property(labelled, fc.constantFrom('same', 'lower', 'upper'), ({ label, kind }, casing) => {
        const typed = casing === 'lower' ? label.toLowerCase() : casing === 'upper' ? label.toUpperCase() : label;
        expect(parseMutationLabel(` ${typed} `, GENES)).toEqual({ ok: true, kind, label });
      }),
    );
  });

  it('take the short forms people type', () => {
    expect(parseMutationLabel('11288-11296')).toEqual({ ok: true, kind: 'nuc', label: 'del:11288-11296' });
    expect(parseMutationLabel('28271')).toEqual({ ok: true, kind: 'nuc', label: 'del:28271' });
    expect(parseMutationLabel('del:28271-28271')).toEqual({ ok: true, kind: 'nuc', label: 'del:28271' });
    expect(parseMutationLabel('22205:cggcaggct')).toEqual({ ok: true, kind: 'nuc', label: 'ins:22205:CGGCAGGCT' });
    expect(parseMutationLabel('s:d614g', GENES)).toEqual({ ok: true, kind: 'aa', label: 'S:D614G' });
    expect(parseMutationLabel('S:H69-')).toEqual({ ok: true, kind: 'aa', label: 'S:H69-' });
  });

  it('say why a query is not a mutation', () => {
    expect(parseMutationLabel('del:300-200')).toEqual({ ok: false, error: 'a deletion range starts at or before its end: del:200-300' });
    expect(parseMutationLabel('0')).toEqual({ ok: false, error: 'positions start at 1' });
    expect(parseMutationLabel('spike:D614G', GENES)).toEqual({ ok: false, error: 'no gene spike: the genes are E, M, N, ORF1a, ORF1b, ORF3a, S' });
    expect(parseMutationLabel('D614G')).toMatchObject({ ok: false, error: expect.stringContaining('expected a substitution') });
  });
});
