// Clade definitions in Nextstrain's clades.tsv format: columns clade, gene, site, alt. A row with
// gene=clade names the parent clade in `site`; gene=nuc gives a 1-based genome position and the base
// the clade carries there; any other gene gives a 1-based codon and the amino acid.

export interface CladeSite {
  /** 'nuc' or a gene name. */
  gene: string;
  /** 1-based genome position (nuc) or codon (gene). */
  pos: number;
  alt: string;
}

export interface CladeDefinition {
  name: string;
  parent: string | null;
  sites: CladeSite[];
}

export interface CladesParseResult {
  clades: CladeDefinition[];
  errors: string[];
}

export function parseCladesTsv(text: string): CladesParseResult {
  const errors: string[] = [];
  const byName = new Map<string, CladeDefinition>();
  const lines = text.split('\n');
  let header: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const lineNumber = i + 1;
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split('\t').map((c) => c.trim());
    if (header === null) {
      header = cells;
      const missing = ['clade', 'gene', 'site', 'alt'].filter((c) => !header!.includes(c));
      if (missing.length > 0) {
        errors.push(`line ${lineNumber}: header lacks column(s) ${missing.join(', ')}`);
        return { clades: [], errors };
      }
      continue;
    }
    const get = (column: string): string => cells[header!.indexOf(column)] ?? '';
    const name = get('clade');
    const gene = get('gene');
    const site = get('site');
    const alt = get('alt').toUpperCase();
    if (name === '' || gene === '') {
      errors.push(`line ${lineNumber}: clade and gene are required`);
      continue;
    }
    const clade = byName.get(name) ?? { name, parent: null, sites: [] };
    byName.set(name, clade);
    if (gene === 'clade') {
      if (site === '') errors.push(`line ${lineNumber}: clade row for '${name}' names no parent`);
      else clade.parent = site;
      continue;
    }
    const pos = Number(site);
    if (!Number.isInteger(pos) || pos < 1) {
      errors.push(`line ${lineNumber}: site must be a positive integer, found '${site}'`);
      continue;
    }
    if (alt.length !== 1) {
      errors.push(`line ${lineNumber}: alt must be one letter, found '${alt}'`);
      continue;
    }
    clade.sites.push({ gene, pos, alt });
  }
  for (const clade of byName.values()) {
    if (clade.parent !== null && !byName.has(clade.parent)) {
      errors.push(`clade '${clade.name}' has unknown parent '${clade.parent}'`);
      clade.parent = null;
    }
  }
  return { clades: [...byName.values()], errors };
}
