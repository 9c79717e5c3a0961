import { describe, expect, it } from 'vitest';
import type { CladeSite } from '../parse/clades-parser';
import { assignClade, type SiteObservation } from './assign-clade';
import { indexClades } from './clade-index';

const clades = indexClades([
  { name: '19A', parent: null, sites: [{ gene: 'nuc', pos: 100, alt: 'C' }] },
  { name: '20A', parent: '19A', sites: [{ gene: 'nuc', pos: 200, alt: 'T' }] },
  { name: '20B', parent: '20A', sites: [{ gene: 'nuc', pos: 300, alt: 'A' }, { gene: 'S', pos: 614, alt: 'G' }] },
  { name: '20C', parent: '20A', sites: [{ gene: 'nuc', pos: 400, alt: 'G' }] },
]);

const genome = (letters: Record<number | string, string>) => (site: CladeSite): SiteObservation => {
  const seen = letters[site.gene === 'nuc' ? site.pos : `${site.gene}:${site.pos}`];
  if (seen === undefined || seen === 'N') return 'unknown';
  return seen === site.alt ? 'match' : 'mismatch';
};

describe('clade assignment', () => {
  it('takes the deepest clade whose defining mutations, and its ancestors, are all present', () => {
    expect(assignClade(clades, genome({ 100: 'C', 200: 'T', 300: 'A', 'S:614': 'G', 400: 'C' })).clade).toBe('20B');
    expect(assignClade(clades, genome({ 100: 'C', 200: 'T', 300: 'G', 400: 'G' })).clade).toBe('20C');
  });

  it('tolerates N at a defining site, but needs one of the clade\'s own sites seen', () => {
    expect(assignClade(clades, genome({ 100: 'N', 200: 'T', 300: 'A' })).clade).toBe('20B');
    expect(assignClade(clades, genome({ 100: 'C', 200: 'T' })).clade).toBe('20A');
  });

  it('does not take a reference letter as evidence for a deep clade (a reversion site)', () => {
    const withReversion = indexClades(
      [
        { name: '19A', parent: null, sites: [{ gene: 'nuc', pos: 100, alt: 'C' }] },
        { name: '22A', parent: '19A', sites: [{ gene: 'nuc', pos: 500, alt: 'C' }, { gene: 'nuc', pos: 600, alt: 'A' }] },
      ],
      (site) => ({ 100: 'C', 500: 'C', 600: 'G' })[site.pos],
    );
    expect(assignClade(withReversion, genome({ 100: 'C', 500: 'C' })).clade).toBe('19A');
    expect(assignClade(withReversion, genome({ 100: 'C', 500: 'C', 600: 'A' })).clade).toBe('22A');
  });

  it('is null when no clade fits', () => {
    expect(assignClade(clades, genome({ 100: 'G' })).clade).toBeNull();
  });
});
