import { describe, expect, it } from 'vitest';
import { encodeNucleotides } from '../alphabet/nucleotides';
import { nodeSubstitutions, parseReferenceTree, type ReferenceTree } from './reference-tree';

const ref = encodeNucleotides('ACGTACGTAC');
const tree = (nodes: unknown[]) => parseReferenceTree(JSON.stringify({ nodes }), ref);
const subs = (t: ReferenceTree, node: number) => [...nodeSubstitutions(t, node)].sort((a, b) => a[0] - b[0]).map(([p, code]) => `${p + 1}:${code}`);

describe('reference tree', () => {
  it("accumulates each node's substitutions from the root; a reversion removes the site and gaps are not substitutions", () => {
    const outcome = tree([[-1, '19A', ''], [0, '20A', 'A1C,G3T,T4-'], [1, '20B', 'C1A,A5G']]);
    if (!outcome.ok) throw new Error(outcome.errors.join());
    expect(outcome.tree.clade).toEqual(['19A', '20A', '20B']);
    expect(subs(outcome.tree, 0)).toEqual([]);
    expect(subs(outcome.tree, 1)).toEqual(['1:2', '3:8']);
    expect(subs(outcome.tree, 2)).toEqual(['3:8', '5:4']);
  });

  it('refuses nodes out of preorder, bad mutations and positions past the reference', () => {
    expect(tree([[0, 'x', '']])).toEqual({ ok: false, errors: [expect.stringMatching(/node 0 has parent 0/)] });
    expect(tree([[-1, 'x', ''], [2, 'y', '']])).toEqual({ ok: false, errors: [expect.stringMatching(/node 1 has parent 2/)] });
    expect(tree([[-1, 'x', 'A11C,AXC']])).toEqual({ ok: false, errors: [expect.stringMatching(/'A11C'/), expect.stringMatching(/'AXC'/)] });
    expect(parseReferenceTree('{', ref)).toEqual({ ok: false, errors: [expect.stringMatching(/not JSON/)] });
    expect(parseReferenceTree('{"nodes":[]}', ref).ok).toBe(false);
  });
});
