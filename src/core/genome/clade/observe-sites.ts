import { AA_X, encodeAminoacid } from '../alphabet/aminoacids';
import { encodeNucleotides, GAP, isAcgt, N } from '../alphabet/nucleotides';
import type { NucAlignment } from '../align/align-to-reference';
import type { CladeSite } from '../parse/clades-parser';
import type { GeneTranslation } from '../translate/translate-genes';
import type { SiteObservation, SiteObserver } from './assign-clade';

// What a genome shows at a clade-defining site. Unknown (never ruling a clade out): N, an ambiguity
// code that includes the letter, a site outside the covered part, an X amino acid or an untranslated
// gene. A deletion matches only a defined '-'.

const GAP_CODE = GAP;
const N_CODE = N;

export function observeSites(alignment: NucAlignment, translations: Map<string, GeneTranslation>, codonStarts: Map<string, Int32Array>): SiteObserver {
  const inside = (p: number): boolean => p >= alignment.alignmentStart && p < alignment.alignmentEnd;
  return (site: CladeSite): SiteObservation => {
    if (site.gene === 'nuc') {
      const p = site.pos - 1;
      if (!inside(p)) return 'unknown';
      const code = alignment.aligned[p]!;
      const alt = site.alt === '-' ? GAP_CODE : encodeNucleotides(site.alt)[0]!;
      if (code === N_CODE) return 'unknown';
      if (code === GAP_CODE || isAcgt(code)) return code === alt ? 'match' : 'mismatch';
      return (code & alt) !== 0 ? 'unknown' : 'mismatch';
    }
    const peptide = translations.get(site.gene)?.peptide;
    const start = codonStarts.get(site.gene)?.[site.pos - 1];
    if (!peptide || start === undefined || !inside(start) || !inside(start + 2)) return 'unknown';
    const aa = peptide[site.pos - 1]!;
    if (aa === AA_X) return 'unknown';
    return aa === encodeAminoacid(site.alt) ? 'match' : 'mismatch';
  };
}
