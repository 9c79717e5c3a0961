import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeNucleotides, encodeNucleotides } from '../alphabet/nucleotides';
import type { Dataset } from '../dataset';
import { fixtureDataset } from '../testing/fixture.test-support';
import { alignToReference } from './align-to-reference';

let dataset: Dataset;
let ref: string;
beforeAll(() => {
  dataset = fixtureDataset((url) => readFileSync(url, 'utf8'));
  ref = dataset.reference.sequence;
});

const align = (query: string) => alignToReference(encodeNucleotides(query), dataset.prepared.reference);

describe('alignment to the reference', () => {
  it('aligns the reference to itself with score 3 per base and no gaps', () => {
    const outcome = align(ref);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.alignment.score).toBe(3 * ref.length);
    expect(outcome.alignment.insertions).toEqual([]);
    expect([outcome.alignment.alignmentStart, outcome.alignment.alignmentEnd]).toEqual([0, ref.length]);
  });

  it('clips uncovered reference ends: they are not deletions', () => {
    const outcome = align(ref.slice(100, 29000));
    if (!outcome.ok) throw new Error(outcome.error);
    expect([outcome.alignment.alignmentStart, outcome.alignment.alignmentEnd]).toEqual([100, 29000]);
    expect(decodeNucleotides(outcome.alignment.aligned, 100, 29000)).toBe(ref.slice(100, 29000));
  });

  it("turns extra query letters before the reference into an insertion at 0, and drops those after its 3' end", () => {
    const outcome = align('GATTACA' + ref + 'CCC');
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.alignment.insertions).toEqual([{ pos: 0, seq: 'GATTACA' }]);
    expect(outcome.alignment.alignmentEnd).toBe(ref.length);
  });

  it('puts an in-frame deletion on codon boundaries when the repeat allows it (S:Y144-)', () => {
    // Deleting 21991-21993 or 21992-21994 (1-based) gives the same sequence; Nextclade reports the codon.
    const outcome = align(ref.slice(0, 21990) + ref.slice(21993));
    if (!outcome.ok) throw new Error(outcome.error);
    const gaps = [...outcome.alignment.aligned.subarray(21985, 22000)].map((c, i) => (c === 16 ? 21986 + i : 0)).filter(Boolean);
    expect(gaps).toEqual([21992, 21993, 21994]);
  });

  it('refuses a sequence that is too short, or unrelated', () => {
    expect(align('ACGT')).toEqual({ ok: false, error: 'Unable to align: sequence is too short (4 nt, at least 100 needed)' });
    const unrelated = 'ACGTTGCA'.repeat(200);
    expect(align(unrelated).ok).toBe(false);
  });
});
