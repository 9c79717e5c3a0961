import { describe, expect, it } from 'vitest';
import { indexClades } from './clade-index';
import { findPrivateMutations } from './private-mutations';

const [clade] = indexClades([{ name: 'X', parent: null, sites: [{ gene: 'nuc', pos: 10, alt: 'T' }, { gene: 'nuc', pos: 51, alt: '-' }] }]).clades;
const sub = (pos: number, queryNuc: string) => ({ pos, refNuc: 'C', queryNuc });

describe('private mutations', () => {
  it("are the mutations the assigned clade's definition does not explain", () => {
    const p = findPrivateMutations(clade!, [sub(10, 'T'), sub(20, 'T')], [{ begin: 50, end: 53 }]);
    expect(p.substitutions).toEqual([sub(20, 'T')]);
    expect(p.deletions).toEqual([
      { begin: 50, end: 50 },
      { begin: 52, end: 53 },
    ]);
  });

  it('are all mutations when no clade is assigned', () => {
    expect(findPrivateMutations(null, [sub(10, 'T')], [{ begin: 5, end: 6 }])).toEqual({ substitutions: [sub(10, 'T')], deletions: [{ begin: 5, end: 6 }] });
  });

  it("also counts as explained a substitution Nextclade's mutation labels give to the assigned clade", () => {
    const labels = new Map([['20T', new Set(['X', 'Y'])], ['30A', new Set(['Y'])]]);
    const p = findPrivateMutations(clade!, [sub(20, 'T'), sub(30, 'A')], [], labels);
    expect(p.substitutions).toEqual([sub(30, 'A')]);
  });
});
