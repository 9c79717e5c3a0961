import { describe, expect, it } from 'vitest';
import { encodeNucleotides } from '../alphabet/nucleotides';
import { findNucleotideChanges } from '../analyze/nucleotide-changes';
import { placeOnTree } from './find-nearest-node';
import { parseReferenceTree } from './reference-tree';

const REF = 'ACGTACGTACGTACGTACGT';
const ref = encodeNucleotides(REF);
const outcome = parseReferenceTree(
  JSON.stringify({
    nodes: [
      [-1, '19A', ''],
      [0, '20A', 'A1C,G3T'],
      [1, '20B', 'A5G'],
      [1, '20C', 'C6T'],
      [0, '21A', 'A9T'],
    ],
  }),
  ref,
);
if (!outcome.ok) throw new Error(outcome.errors.join());
const tree = outcome.tree;

/** Places a query given aligned to the reference ('-' outside the covered part). */
function place(query: string) {
  const aligned = encodeNucleotides(query);
  const start = query.search(/[^-]/);
  const end = query.length - query.split('').reverse().join('').search(/[^-]/);
  const { substitutions } = findNucleotideChanges(aligned, ref, start, end);
  return placeOnTree(tree, ref, { aligned, alignmentStart: start, alignmentEnd: end, substitutions });
}

describe('placement on the reference tree (Nextclade v1.4)', () => {
  it('takes the node sharing the most substitutions; what the node lacks is private', () => {
    const p = place('CCTTGCGTACGTACGTACGA');
    expect([p.nodeId, p.clade, p.distance]).toEqual([2, '20B', 1]);
    expect(p.privateSubstitutions).toEqual([{ pos: 20, refNuc: 'T', queryNuc: 'A' }]);
  });

  it("counts the node's substitutions the genome reverts as private, at the reference letter", () => {
    const p = place('CCGTGCGTACGTACGTACGT');
    expect(p.clade).toBe('20B');
    expect(p.privateSubstitutions).toEqual([{ pos: 3, refNuc: 'T', queryNuc: 'G' }]);
  });

  it('does not hold sites the genome did not sequence (N, uncovered) against a node', () => {
    const p = place('CCNTGCGTACGTACGTACGT');
    expect([p.clade, p.distance, p.privateSubstitutions]).toEqual(['20B', 0, []]);
    expect(place('----GCGTACGTACGTACGT').clade).toBe('20B');
  });

  it('on equal distance keeps the first node in preorder (an ancestor before its descendants)', () => {
    // 20B and 20C are both one substitution away from 20A's genome, and 20A is nearer still.
    expect(place('CCTTACGTACGTACGTACGT').clade).toBe('20A');
    // A genome with 20B's and 20C's mutations is as near to both: the earlier one wins.
    expect(place('CCTTGTGTACGTACGTACGT').clade).toBe('20B');
  });
});
