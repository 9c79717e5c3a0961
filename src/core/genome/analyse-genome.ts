import { AA_STOP } from './alphabet/aminoacids';
import { encodeNucleotides } from './alphabet/nucleotides';
import { alignToReference } from './align/align-to-reference';
import type { AnalysisResult, FrameShift, PrivateMutations, StopCodon } from './analysis-result';
import { assignClade } from './clade/assign-clade';
import { observeSites } from './clade/observe-sites';
import { findPrivateMutations } from './clade/private-mutations';
import type { Dataset } from './dataset';
import { findNucleotideChanges } from './analyze/nucleotide-changes';
import { runQc } from './qc/run-qc';
import { findAminoacidChanges } from './translate/aminoacid-changes';
import { translateGenes } from './translate/translate-genes';
import { placeOnTree } from './tree/find-nearest-node';

// The engine's one entry point: align a genome to the dataset's reference, call its nucleotide and
// amino-acid changes, assign its clade and run QC. Pure: same input, same output, no IO.

export interface GenomeQuery {
  name: string;
  sequence: string;
}

export function failedAnalysis(seqName: string, errors: string[]): AnalysisResult {
  return {
    seqName,
    clade: null,
    nearestNodeId: null,
    substitutions: [],
    deletions: [],
    insertions: [],
    frameShifts: [],
    aaSubstitutions: [],
    aaDeletions: [],
    missing: [],
    nonACGTNs: [],
    totalSubstitutions: 0,
    totalDeletions: 0,
    totalInsertions: 0,
    totalFrameShifts: 0,
    totalAminoacidSubstitutions: 0,
    totalAminoacidDeletions: 0,
    totalMissing: 0,
    totalNonACGTNs: 0,
    alignmentStart: null,
    alignmentEnd: null,
    alignmentScore: null,
    privateMutations: { substitutions: [], deletions: [] },
    qc: null,
    warnings: [],
    errors,
  };
}

function byGeneThen<T extends { gene: string }>(key: (x: T) => number) {
  return (a: T, b: T): number => (a.gene < b.gene ? -1 : a.gene > b.gene ? 1 : key(a) - key(b));
}

export function analyseGenome(query: GenomeQuery, dataset: Dataset): AnalysisResult {
  // Gaps of an aligned input are dropped, as the FASTA parser does: the genome is aligned anew.
  const sequence = /[-.]/.test(query.sequence) ? query.sequence.replace(/[-.]/g, '') : query.sequence;
  const codes = encodeNucleotides(sequence);
  const illegal = codes.indexOf(0);
  if (illegal >= 0) return failedAnalysis(query.name, [`illegal character '${sequence[illegal]}' at position ${illegal + 1}`]);
  const prepared = dataset.prepared;
  const outcome = alignToReference(codes, prepared.reference);
  if (!outcome.ok) return failedAnalysis(query.name, [outcome.error]);
  const alignment = outcome.alignment;
  const ref = prepared.reference.codes;

  const nuc = findNucleotideChanges(alignment.aligned, ref, alignment.alignmentStart, alignment.alignmentEnd);
  const translations = translateGenes(alignment, { ref, genes: dataset.genes, refPeptides: prepared.refPeptides, scoring: prepared.peptideScoring });
  const aa = findAminoacidChanges(translations, prepared.refPeptides, prepared.codonStarts, alignment.alignmentStart, alignment.alignmentEnd);

  const frameShifts: FrameShift[] = [];
  const stopCodons: StopCodon[] = [];
  for (const t of translations) {
    for (const f of t.frameShifts) {
      frameShifts.push({ gene: t.gene.name, codon: { begin: f.codon.begin + 1, end: f.codon.end }, nuc: { begin: f.nucAbs.begin + 1, end: f.nucAbs.end } });
    }
    const peptide = t.peptide;
    if (peptide === null) continue;
    // The last codon is the gene's own stop; only earlier ones are premature.
    for (let c = 0; c < peptide.length - 1; c++) if (peptide[c] === AA_STOP) stopCodons.push({ gene: t.gene.name, codon: c + 1 });
  }
  frameShifts.sort(byGeneThen((f) => f.codon.begin));
  stopCodons.sort(byGeneThen((s) => s.codon));

  const byGene = new Map(translations.map((t) => [t.gene.name, t]));
  const insertions = alignment.insertions.map((i) => ({ pos: i.pos, ins: i.seq }));
  let clade: string | null;
  let nearestNodeId: number | null = null;
  let privateMutations: PrivateMutations;
  if (prepared.tree !== null) {
    // Nextclade v1.4's placement; its QC counts every deletion and insertion as private.
    const placement = placeOnTree(prepared.tree, ref, { ...alignment, substitutions: nuc.substitutions });
    clade = placement.clade;
    nearestNodeId = placement.nodeId;
    privateMutations = { substitutions: placement.privateSubstitutions, deletions: nuc.deletions, insertions };
  } else {
    clade = assignClade(prepared.clades, observeSites(alignment, byGene, prepared.codonStarts)).clade;
    const indexed = prepared.clades.clades.find((c) => c.name === clade) ?? null;
    privateMutations = findPrivateMutations(indexed, nuc.substitutions, nuc.deletions, prepared.mutationLabels);
  }
  const qc = runQc({ totalMissing: nuc.totalMissing, totalMixedSites: nuc.totalNonACGTNs, privateMutations, frameShifts, stopCodons }, dataset.qc);

  return {
    seqName: query.name,
    clade,
    substitutions: nuc.substitutions,
    deletions: nuc.deletions,
    nearestNodeId,
    insertions,
    frameShifts,
    aaSubstitutions: aa.aaSubstitutions,
    aaDeletions: aa.aaDeletions,
    missing: nuc.missing,
    nonACGTNs: nuc.nonACGTNs,
    totalSubstitutions: nuc.substitutions.length,
    totalDeletions: nuc.deletions.reduce((n, d) => n + d.end - d.begin + 1, 0),
    totalInsertions: alignment.insertions.reduce((n, i) => n + i.seq.length, 0),
    totalFrameShifts: frameShifts.length,
    totalAminoacidSubstitutions: aa.aaSubstitutions.length,
    totalAminoacidDeletions: aa.aaDeletions.length,
    totalMissing: nuc.totalMissing,
    totalNonACGTNs: nuc.totalNonACGTNs,
    alignmentStart: alignment.alignmentStart + 1,
    alignmentEnd: alignment.alignmentEnd,
    alignmentScore: alignment.score,
    privateMutations,
    qc,
    warnings: translations.filter((t) => t.warning !== null).map((t) => ({ gene: t.gene.name, message: t.warning! })),
    errors: [],
  };
}
