import type { CladeSite } from '../parse/clades-parser';
import type { CladeIndex } from './clade-index';

// Clade assignment from clade definitions, without a reference tree. The rule:
// - a clade fits if, at every defining site of it and its ancestors, the genome has the defining
//   letter or an unknown one (N, an ambiguity code that includes it, an uncovered site, or an X amino
//   acid): N never rules a clade out;
// - and at least one of the clade's own defining mutations is actually observed (a clade seen only
//   through Ns, or only through reference letters every genome has, is not evidenced; for a root
//   clade whose sites are all reference letters, one of them observed is enough);
// - the assigned clade is the deepest fitting one (most ancestors); ties go to the one with more
//   observed sites, then to the earlier one in the definitions.

/** What the genome has at a defining site. */
export type SiteObservation = 'match' | 'unknown' | 'mismatch';

export type SiteObserver = (site: CladeSite) => SiteObservation;

export interface CladeAssignment {
  clade: string | null;
}

const MATCH = 0;
const MISMATCH = 2;
const CODE: Record<SiteObservation, number> = { match: MATCH, unknown: 1, mismatch: MISMATCH };

export function assignClade(index: CladeIndex, observe: SiteObserver): CladeAssignment {
  const seen = Uint8Array.from(index.sites, (site) => CODE[observe(site)]);
  let best: { name: string; depth: number; observed: number } | null = null;
  for (const clade of index.clades) {
    let observed = 0;
    let evidence = 0;
    let fits = true;
    for (let i = 0; i < clade.siteIds.length; i++) {
      const o = seen[clade.siteIds[i]!]!;
      if (o === MISMATCH) {
        fits = false;
        break;
      }
      if (o === MATCH) {
        observed++;
        evidence += clade.evidence[i]!;
      }
    }
    if (!fits || (evidence === 0 && clade.evidenceCount > 0)) continue;
    if (best === null || clade.depth > best.depth || (clade.depth === best.depth && observed > best.observed)) {
      best = { name: clade.name, depth: clade.depth, observed };
    }
  }
  return { clade: best?.name ?? null };
}
