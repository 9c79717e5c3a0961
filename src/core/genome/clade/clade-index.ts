import type { CladeDefinition, CladeSite } from '../parse/clades-parser';

// Each clade's full set of defining sites: its ancestors' sites, then its own (a clade's own allele
// replaces an ancestor's at the same site, as 20A's 14408T replaces 19A's 14408C in Nextstrain's
// clades.tsv). Built once per dataset; sites are numbered so a genome is looked at once per site.

export interface IndexedClade {
  name: string;
  /** Number of ancestors. */
  depth: number;
  /** Position in the definitions file, for stable tie-breaks. */
  order: number;
  /** Full set of defining sites (own and inherited). */
  sites: CladeSite[];
  /** Index of each of `sites` in CladeIndex.sites. */
  siteIds: Int32Array;
  /**
   * 1 where the site can show a genome belongs to this clade: one of its own sites whose letter
   * differs from the reference (every genome has a reference letter, so 22A's 9866C proves nothing),
   * or any of its own sites when all are reference letters (a root clade like 19A).
   */
  evidence: Uint8Array;
  evidenceCount: number;
}

export interface CladeIndex {
  clades: IndexedClade[];
  /** Every distinct (gene, position, letter) used by some clade. */
  sites: CladeSite[];
}

/** The reference's letter at a defining site (nucleotide or amino acid), if known. */
export type ReferenceAllele = (site: CladeSite) => string | undefined;

export const siteKey = (gene: string, pos: number): string => `${gene}:${pos}`;

function fullSites(definitions: CladeDefinition[]): Map<string, { depth: number; sites: Map<string, CladeSite> }> {
  const byName = new Map(definitions.map((d) => [d.name, d]));
  const memo = new Map<string, { depth: number; sites: Map<string, CladeSite> }>();
  const resolve = (name: string, seen: Set<string>): { depth: number; sites: Map<string, CladeSite> } => {
    const cached = memo.get(name);
    if (cached) return cached;
    const def = byName.get(name)!;
    let depth = 0;
    let sites = new Map<string, CladeSite>();
    if (def.parent !== null && !seen.has(def.parent)) {
      const parent = resolve(def.parent, new Set([...seen, name]));
      depth = parent.depth + 1;
      sites = new Map(parent.sites);
    }
    for (const site of def.sites) sites.set(siteKey(site.gene, site.pos), site);
    const out = { depth, sites };
    memo.set(name, out);
    return out;
  };
  for (const def of definitions) resolve(def.name, new Set([def.name]));
  return memo;
}

export function indexClades(definitions: CladeDefinition[], referenceAllele: ReferenceAllele = () => undefined): CladeIndex {
  const resolved = fullSites(definitions);
  const ids = new Map<string, number>();
  const sites: CladeSite[] = [];
  const idOf = (site: CladeSite): number => {
    const key = `${siteKey(site.gene, site.pos)}>${site.alt}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = sites.push(site) - 1;
      ids.set(key, id);
    }
    return id;
  };
  const clades = definitions.map((def, order): IndexedClade => {
    const { depth, sites: full } = resolved.get(def.name)!;
    const own = new Set(def.sites.map((s) => siteKey(s.gene, s.pos)));
    const mutations = def.sites.filter((s) => referenceAllele(s) !== s.alt).map((s) => siteKey(s.gene, s.pos));
    const evidenceKeys = mutations.length > 0 ? new Set(mutations) : own;
    const list = [...full.values()];
    const evidence = Uint8Array.from(list, (s) => (evidenceKeys.has(siteKey(s.gene, s.pos)) ? 1 : 0));
    return { name: def.name, depth, order, sites: list, siteIds: Int32Array.from(list, idOf), evidence, evidenceCount: evidence.reduce((a, b) => a + b, 0) };
  });
  return { clades, sites };
}
