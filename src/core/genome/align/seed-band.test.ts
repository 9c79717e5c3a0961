import { describe, expect, it } from 'vitest';
import { encodeAminoacids, AA_X } from '../alphabet/aminoacids';
import { roundHalfAway, seedBandByScan, seedBandFromAnchors } from './seed-band';
import { PEPTIDE_SEED_PARAMS } from './alignment-params';

// A pseudo-random peptide (no repeats to confuse seeds), deterministic.
function peptide(length: number, seed = 1): string {
  const letters = 'ACDEFGHIKLMNPQRSTVWY';
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += letters[x % 20];
  }
  return out;
}

describe('Nextclade seed band', () => {
  it('rounds halves away from zero, like C++', () => {
    expect([roundHalfAway(2.5), roundHalfAway(-2.5), roundHalfAway(-2.4)]).toEqual([3, -3, -2]);
  });

  it('is centred on the diagonal for an identical peptide, 9 wide on each side', () => {
    const ref = encodeAminoacids(peptide(500));
    expect(seedBandByScan(ref, ref, PEPTIDE_SEED_PARAMS, AA_X)).toEqual({ ok: true, band: { dlo: -9, dhi: 9 } });
  });

  it('widens to cover a deletion', () => {
    const text = peptide(500);
    const ref = encodeAminoacids(text);
    const query = encodeAminoacids(text.slice(0, 200) + text.slice(210));
    expect(seedBandByScan(query, ref, PEPTIDE_SEED_PARAMS, AA_X)).toEqual({ ok: true, band: { dlo: 5 - 19, dhi: 5 + 19 } });
  });

  it('fails, as Nextclade does, when the peptide is mostly unknown', () => {
    const ref = encodeAminoacids(peptide(300));
    const query = encodeAminoacids('X'.repeat(290) + peptide(300).slice(290));
    expect(seedBandByScan(query, ref, PEPTIDE_SEED_PARAMS, AA_X)).toEqual({ ok: false, error: 'Unable to align: no seed matches' });
  });

  it('from anchors, equals the scan on a near-identical sequence', () => {
    const text = peptide(3000, 7);
    const ref = encodeAminoacids(text);
    const query = encodeAminoacids(text.slice(0, 1000) + text.slice(1012));
    const anchors = [
      { q: 0, r: 0, len: 1000 },
      { q: 1000, r: 1012, len: 1988 },
    ];
    const params = { seedLength: 21, minSeeds: 10, seedSpacing: 100, mismatchesAllowed: 3, maxIndel: 400 };
    expect(seedBandFromAnchors(query, ref, anchors, params, AA_X)).toEqual(seedBandByScan(query, ref, params, AA_X));
  });
});
