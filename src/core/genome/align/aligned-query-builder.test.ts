import { describe, expect, it } from 'vitest';
import { decodeNucleotides, encodeNucleotides } from '../alphabet/nucleotides';
import { AlignedQueryBuilder } from './aligned-query-builder';
import { OP_DELETION, OP_INSERTION, OP_MATCH } from './banded-dp';

describe('aligned query builder', () => {
  it('lays down anchors and DP paths in reference coordinates, grouping inserted letters', () => {
    const query = encodeNucleotides('GGACGTTTAC');
    const b = new AlignedQueryBuilder(query, 10);
    b.insertRange(0, 0, 2); // 'GG' before the reference
    b.copy(2, 0, 3); // ACG on 0..2
    // path (reversed ops): match T, insert T, insert T, delete one, match A
    b.apply({ score: 0, ops: Uint8Array.from([OP_MATCH, OP_DELETION, OP_INSERTION, OP_INSERTION, OP_MATCH]), qStart: 0, rStart: 0, qEnd: 4, rEnd: 3 }, 5, 3);
    const out = b.finish();
    expect(decodeNucleotides(out.aligned)).toBe('ACGT-A----');
    expect(out.insertions).toEqual([
      { pos: 0, seq: 'GG' },
      { pos: 4, seq: 'TT' },
    ]);
    expect([out.alignmentStart, out.alignmentEnd]).toEqual([0, 6]);
  });

  it("drops letters past the reference's 3' end, as Nextclade v1 does (a poly-A tail is no insertion)", () => {
    const b = new AlignedQueryBuilder(encodeNucleotides('ACGTAAA'), 4);
    b.copy(0, 0, 4);
    b.insertRange(4, 4, 7);
    const out = b.finish();
    expect(out.insertions).toEqual([]);
    expect([out.alignmentStart, out.alignmentEnd]).toEqual([0, 4]);
  });
});
