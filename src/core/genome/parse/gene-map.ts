import type { GffFeature } from './gff3-parser';

// A gene of the gene map is a coding sequence to translate: one or more segments (joined in reading
// order) on one strand. Coordinates are 0-based, end exclusive, inside the engine.

export interface GeneSegment {
  start: number;
  end: number;
}

export interface Gene {
  name: string;
  strand: '+' | '-';
  /** In reading order: ascending for '+', descending for '-'. */
  segments: GeneSegment[];
  /** Total nucleotide length of the segments. */
  length: number;
  /** Leftmost reference position covered (0-based): codon positions are reported relative to it. */
  start: number;
  /** One past the rightmost position covered. */
  end: number;
}

function featureName(feature: GffFeature): string | undefined {
  const a = feature.attributes;
  return a['Name'] ?? a['gene_name'] ?? a['gene'] ?? a['locus_tag'] ?? a['ID'];
}

/**
 * Builds the gene map from annotation features. If the annotation has CDS features, they are the
 * units (segments sharing an ID, or a name, are joined); otherwise the gene features are. This is how
 * Nextclade reads both the simplified gene maps (genes only) and full NCBI GFF3 (genes plus CDS).
 */
export function geneMapFromFeatures(features: GffFeature[]): { genes: Gene[]; errors: string[] } {
  const errors: string[] = [];
  const hasCds = features.some((f) => f.type === 'CDS');
  const units = features.filter((f) => f.type === (hasCds ? 'CDS' : 'gene'));
  const groups = new Map<string, { name: string; features: GffFeature[] }>();
  for (const feature of units) {
    const name = featureName(feature);
    if (name === undefined) {
      errors.push(`line ${feature.line}: ${feature.type} feature has no Name, gene_name, gene or ID attribute`);
      continue;
    }
    const key = feature.attributes['ID'] ?? name;
    const group = groups.get(key) ?? { name, features: [] };
    group.features.push(feature);
    groups.set(key, group);
  }
  const genes: Gene[] = [];
  const seen = new Set<string>();
  for (const { name, features: parts } of groups.values()) {
    if (seen.has(name)) {
      errors.push(`gene '${name}' is defined twice in the annotation`);
      continue;
    }
    seen.add(name);
    const strand = parts[0]!.strand;
    if (parts.some((p) => p.strand !== strand)) {
      errors.push(`gene '${name}': its segments are on different strands`);
      continue;
    }
    const segments = parts
      .map((p) => ({ start: p.start - 1, end: p.end }))
      .sort((x, y) => (strand === '+' ? x.start - y.start : y.start - x.start));
    const length = segments.reduce((sum, s) => sum + (s.end - s.start), 0);
    genes.push({
      name,
      strand,
      segments,
      length,
      start: Math.min(...segments.map((s) => s.start)),
      end: Math.max(...segments.map((s) => s.end)),
    });
  }
  return { genes, errors };
}
