import type { NucRange, NucSubstitution, PrivateMutations } from '../analysis-result';
import type { MutationLabels } from '../parse/qc-config';
import { siteKey, type IndexedClade } from './clade-index';

// Private mutations without a reference tree: the nucleotide substitutions and deletions that the
// assigned clade's defining mutations (its own and its ancestors') do not explain. When the dataset
// has Nextclade's mutation labels (a pathogen.json's mutLabels), a substitution labelled with the
// assigned clade is explained too. Nextclade compares with the nearest node of its tree instead,
// which explains more, so without labels our counts are higher and the privateMutations and
// snpClusters QC rules stricter than Nextclade's (docs/decisions/010).

export function findPrivateMutations(
  clade: IndexedClade | null,
  substitutions: NucSubstitution[],
  deletions: NucRange[],
  labels: MutationLabels | null = null,
): PrivateMutations {
  const defined = new Map<string, string>();
  for (const site of clade?.sites ?? []) if (site.gene === 'nuc') defined.set(siteKey('nuc', site.pos), site.alt);
  const labelled = (s: NucSubstitution): boolean => clade !== null && (labels?.get(`${s.pos}${s.queryNuc}`)?.has(clade.name) ?? false);
  const privateSubstitutions = substitutions.filter((s) => defined.get(siteKey('nuc', s.pos)) !== s.queryNuc && !labelled(s));
  // Deleted positions a clade defines with '-' are explained; the rest are counted as runs.
  const privateDeletions: NucRange[] = [];
  for (const del of deletions) {
    let runStart = -1;
    for (let pos = del.begin; pos <= del.end + 1; pos++) {
      const isPrivate = pos <= del.end && defined.get(siteKey('nuc', pos)) !== '-';
      if (isPrivate && runStart < 0) runStart = pos;
      if (!isPrivate && runStart >= 0) {
        privateDeletions.push({ begin: runStart, end: pos - 1 });
        runStart = -1;
      }
    }
  }
  return { substitutions: privateSubstitutions, deletions: privateDeletions };
}
