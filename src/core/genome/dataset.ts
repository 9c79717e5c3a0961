import { aminoacidScoreTable, decodeAminoacid } from './alphabet/aminoacids';
import { complement, encodeNucleotides, nucleotideScoreTable } from './alphabet/nucleotides';
import type { PreparedReference } from './align/align-to-reference';
import { DEFAULT_ALIGNMENT_PARAMS, type AlignmentParams } from './align/alignment-params';
import { gapOpenCosts } from './align/gap-open-costs';
import { buildKmerIndex } from './align/kmer-index';
import { indexClades, type CladeIndex } from './clade/clade-index';
import { parseCladesTsv, type CladeDefinition } from './parse/clades-parser';
import { parseFasta } from './parse/fasta-parser';
import { geneMapFromFeatures, type Gene } from './parse/gene-map';
import { parseGff3 } from './parse/gff3-parser';
import { parseQcConfig, type MutationLabels, type QcConfig } from './parse/qc-config';
import type { PeptideScoring } from './translate/align-peptide';
import { codonStarts } from './translate/aminoacid-changes';
import { translate } from './translate/genetic-code';
import { parseReferenceTree, type ReferenceTree } from './tree/reference-tree';

// A pathogen dataset: reference sequence, genome annotation, clade definitions and QC settings, read
// from their texts (the IO that finds them lives in src/server). Nothing here is specific to one
// virus. parseDataset also prepares what every analysis reuses (k-mer index, gap costs, peptides).

export interface DatasetTexts {
  name: string;
  referenceFasta: string;
  annotationGff3: string;
  cladesTsv: string;
  qcJson: string;
  /** Compact reference tree (tree/reference-tree.ts); without one, clades come from cladesTsv alone. */
  referenceTreeJson?: string | null;
}

export interface PreparedDataset {
  reference: PreparedReference;
  refPeptides: Map<string, Uint8Array>;
  codonStarts: Map<string, Int32Array>;
  clades: CladeIndex;
  /** From a pathogen.json given as QC settings; null otherwise (see clade/private-mutations.ts). */
  mutationLabels: MutationLabels | null;
  /** Genomes are placed on it when present (clade and private mutations from the nearest node). */
  tree: ReferenceTree | null;
  peptideScoring: PeptideScoring;
}

export interface Dataset {
  name: string;
  reference: { name: string; sequence: string };
  genes: Gene[];
  clades: CladeDefinition[];
  qc: QcConfig;
  prepared: PreparedDataset;
}

export type DatasetOutcome = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

function referencePeptide(gene: Gene, ref: Uint8Array): Uint8Array {
  const codes: number[] = [];
  for (const s of gene.segments) {
    if (gene.strand === '+') for (let p = s.start; p < s.end; p++) codes.push(ref[p]!);
    else for (let p = s.end - 1; p >= s.start; p--) codes.push(complement(ref[p]!));
  }
  return translate(Uint8Array.from(codes));
}

export function parseDataset(texts: DatasetTexts, params: AlignmentParams = DEFAULT_ALIGNMENT_PARAMS): DatasetOutcome {
  const errors: string[] = [];
  const records = parseFasta(texts.referenceFasta);
  const first = records[0];
  if (records.length !== 1 || first === undefined || first.error !== null) {
    errors.push(
      first?.error !== null && first !== undefined
        ? `reference FASTA: ${first.error}`
        : `reference FASTA: expected exactly one sequence, found ${records.length}`,
    );
    return { ok: false, errors };
  }
  const reference = { name: first.name, sequence: first.sequence };
  const refCodes = encodeNucleotides(reference.sequence);

  const gff = parseGff3(texts.annotationGff3);
  const geneMap = geneMapFromFeatures(gff.features);
  errors.push(...[...gff.errors, ...geneMap.errors].map((e) => `genome annotation: ${e}`));
  for (const gene of geneMap.genes) {
    if (gene.end > refCodes.length) errors.push(`genome annotation: gene '${gene.name}' ends at ${gene.end}, past the reference (${refCodes.length} nt)`);
  }

  const clades = parseCladesTsv(texts.cladesTsv);
  errors.push(...clades.errors.map((e) => `clade definitions: ${e}`));
  const geneNames = new Set(geneMap.genes.map((g) => g.name));
  for (const clade of clades.clades) {
    for (const site of clade.sites) {
      if (site.gene === 'nuc' && site.pos > refCodes.length) errors.push(`clade definitions: clade '${clade.name}' site ${site.pos} is past the reference`);
      if (site.gene !== 'nuc' && !geneNames.has(site.gene)) errors.push(`clade definitions: clade '${clade.name}' names unknown gene '${site.gene}'`);
    }
  }

  const qc = parseQcConfig(texts.qcJson);
  errors.push(...qc.errors.map((e) => `QC settings: ${e}`));
  const tree = texts.referenceTreeJson ? parseReferenceTree(texts.referenceTreeJson, refCodes) : null;
  if (tree !== null && !tree.ok) errors.push(...tree.errors);
  if (errors.length > 0) return { ok: false, errors };

  const genes = geneMap.genes;
  const refPeptides = new Map(genes.map((g) => [g.name, referencePeptide(g, refCodes)]));
  const prepared: PreparedDataset = {
    reference: {
      codes: refCodes,
      index: buildKmerIndex(refCodes, params.seedLength),
      gapOpen: gapOpenCosts(refCodes.length, genes, params),
      scores: nucleotideScoreTable(params.scoreMatch, params.penaltyMismatch),
      params,
    },
    refPeptides,
    codonStarts: new Map(genes.map((g) => [g.name, codonStarts(g)])),
    clades: indexClades(clades.clades, (site) => {
      if (site.gene === 'nuc') return reference.sequence[site.pos - 1];
      const peptide = refPeptides.get(site.gene);
      return peptide && site.pos <= peptide.length ? decodeAminoacid(peptide[site.pos - 1]!) : undefined;
    }),
    mutationLabels: qc.mutationLabels,
    tree: tree?.ok ? tree.tree : null,
    peptideScoring: {
      scores: aminoacidScoreTable(params.scoreMatch, params.penaltyMismatch),
      gapOpen: params.penaltyGapOpen,
      gapExtend: params.penaltyGapExtend,
    },
  };
  return { ok: true, dataset: { name: texts.name, reference, genes, clades: clades.clades, qc: qc.config, prepared } };
}
