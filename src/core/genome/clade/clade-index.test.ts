import { describe, expect, it } from 'vitest';
import { indexClades } from './clade-index';

describe('clade index', () => {
  it("inherits the ancestors' sites, a clade's own allele replacing its parent's at the same site", () => {
    const [a, b, c] = indexClades([
      { name: '19A', parent: null, sites: [{ gene: 'nuc', pos: 14408, alt: 'C' }] },
      { name: '20A', parent: '19A', sites: [{ gene: 'nuc', pos: 14408, alt: 'T' }, { gene: 'nuc', pos: 23403, alt: 'G' }] },
      { name: '20B', parent: '20A', sites: [{ gene: 'nuc', pos: 28881, alt: 'A' }] },
    ]).clades;
    expect([a!.depth, b!.depth, c!.depth]).toEqual([0, 1, 2]);
    expect(c!.sites.map((s) => `${s.pos}${s.alt}`)).toEqual(['14408T', '23403G', '28881A']);
    expect([...c!.evidence]).toEqual([0, 0, 1]);
  });

  it('takes as evidence only own sites that differ from the reference, unless all are reference letters', () => {
    const ref: Record<number, string> = { 8782: 'C', 14408: 'C', 9866: 'C', 12160: 'G' };
    const [root, reversion] = indexClades(
      [
        { name: '19A', parent: null, sites: [{ gene: 'nuc', pos: 8782, alt: 'C' }, { gene: 'nuc', pos: 14408, alt: 'C' }] },
        { name: '22A', parent: '19A', sites: [{ gene: 'nuc', pos: 9866, alt: 'C' }, { gene: 'nuc', pos: 12160, alt: 'A' }] },
      ],
      (site) => ref[site.pos],
    ).clades;
    expect([...root!.evidence]).toEqual([1, 1]);
    expect(reversion!.sites.map((s) => s.pos)).toEqual([8782, 14408, 9866, 12160]);
    expect([...reversion!.evidence]).toEqual([0, 0, 0, 1]);
  });

  it('survives a cycle in the definitions', () => {
    const { clades } = indexClades([
      { name: 'A', parent: 'B', sites: [] },
      { name: 'B', parent: 'A', sites: [] },
    ]);
    expect(clades).toHaveLength(2);
  });

  it('numbers each distinct site once', () => {
    const index = indexClades([
      { name: 'A', parent: null, sites: [{ gene: 'nuc', pos: 1, alt: 'C' }] },
      { name: 'B', parent: 'A', sites: [{ gene: 'nuc', pos: 2, alt: 'T' }] },
    ]);
    expect(index.sites).toHaveLength(2);
    expect([...index.clades[1]!.siteIds]).toEqual([0, 1]);
  });
});
