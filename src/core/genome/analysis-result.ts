// The result of analysing one genome. Positions are 1-based on the reference, ranges closed, like
// today's Nextclade output; codons are 1-based within their gene.

export type QcStatus = 'good' | 'mediocre' | 'bad';

export interface NucSubstitution {
  pos: number;
  refNuc: string;
  queryNuc: string;
}

/** A closed range of reference positions. */
export interface NucRange {
  begin: number;
  end: number;
}

export interface NucInsertion {
  /** The reference position after which the letters stand (0 = before the first). */
  pos: number;
  ins: string;
}

export interface CharacterRange extends NucRange {
  character: string;
}

export interface AaSubstitution {
  gene: string;
  codon: number;
  refAa: string;
  queryAa: string;
}

export interface AaDeletion {
  gene: string;
  codon: number;
  refAa: string;
}

export interface FrameShift {
  gene: string;
  /** Shifted codons, closed range. */
  codon: NucRange;
  /** Shifted nucleotides on the reference, closed range. */
  nuc: NucRange;
}

export interface StopCodon {
  gene: string;
  codon: number;
}

export interface GeneWarning {
  gene: string;
  message: string;
}

export interface QcRuleResult {
  score: number;
  status: QcStatus;
}

export interface QcResult {
  overallScore: number;
  overallStatus: QcStatus;
  missingData: (QcRuleResult & { totalMissing: number; missingDataThreshold: number }) | null;
  mixedSites: (QcRuleResult & { totalMixedSites: number; mixedSitesThreshold: number }) | null;
  privateMutations: (QcRuleResult & { total: number; excess: number; cutoff: number }) | null;
  snpClusters: (QcRuleResult & { totalSNPs: number; clusteredSNPs: { begin: number; end: number; numberOfSNPs: number }[] }) | null;
  frameShifts: (QcRuleResult & { frameShifts: FrameShift[]; totalFrameShifts: number; frameShiftsIgnored: FrameShift[]; totalFrameShiftsIgnored: number }) | null;
  stopCodons: (QcRuleResult & { stopCodons: StopCodon[]; totalStopCodons: number; stopCodonsIgnored: StopCodon[]; totalStopCodonsIgnored: number }) | null;
}

export interface PrivateMutations {
  substitutions: NucSubstitution[];
  deletions: NucRange[];
  /** Counted by the privateMutations QC rule as Nextclade v1.4 does when a tree places the genome; empty otherwise. */
  insertions?: NucInsertion[];
}

export interface AnalysisResult {
  seqName: string;
  /**
   * The clade of the nearest node of the dataset's reference tree (tree/find-nearest-node.ts), or
   * without a tree the deepest clade whose defining mutations the genome carries; null if none.
   */
  clade: string | null;
  /** Preorder index of the nearest reference-tree node (Nextclade's nearestNodeId); null without a tree. */
  nearestNodeId?: number | null;
  substitutions: NucSubstitution[];
  deletions: NucRange[];
  insertions: NucInsertion[];
  frameShifts: FrameShift[];
  aaSubstitutions: AaSubstitution[];
  aaDeletions: AaDeletion[];
  missing: NucRange[];
  nonACGTNs: CharacterRange[];
  totalSubstitutions: number;
  totalDeletions: number;
  totalInsertions: number;
  totalFrameShifts: number;
  totalAminoacidSubstitutions: number;
  totalAminoacidDeletions: number;
  totalMissing: number;
  totalNonACGTNs: number;
  /** First and last reference positions the query covers; null when it could not be aligned. */
  alignmentStart: number | null;
  alignmentEnd: number | null;
  alignmentScore: number | null;
  privateMutations: PrivateMutations;
  qc: QcResult | null;
  /** Genes that could not be translated, and why. */
  warnings: GeneWarning[];
  /** Why the genome could not be analysed (empty when it was). */
  errors: string[];
}
