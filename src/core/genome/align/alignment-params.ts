// Scoring and seeding parameters. The scores are Nextclade v1's defaults
// (nextalign/src/options/options.cpp): match +3, mismatch -1, gap extension free, gap opening 6
// outside genes, and inside genes 7 at a codon boundary and 8 elsewhere, so indels prefer whole codons.

export interface AlignmentParams {
  scoreMatch: number;
  penaltyMismatch: number;
  penaltyGapExtend: number;
  penaltyGapOpen: number;
  penaltyGapOpenInFrame: number;
  penaltyGapOpenOutOfFrame: number;
  /** Shorter queries are not aligned. */
  minimalLength: number;
  /** k-mer length of the exact seeds (unique in the reference). */
  seedLength: number;
  /** Fraction of the query the chained seeds must cover. */
  minSeedCover: number;
  /** Bases trimmed off each seed next to a DP window, so that window sees the context of its gaps. */
  anchorMargin: number;
  /** Extra diagonals searched on each side of the seeds' diagonals inside a window. */
  bandMargin: number;
}

export const DEFAULT_ALIGNMENT_PARAMS: AlignmentParams = {
  scoreMatch: 3,
  penaltyMismatch: 1,
  penaltyGapExtend: 0,
  penaltyGapOpen: 6,
  penaltyGapOpenInFrame: 7,
  penaltyGapOpenOutOfFrame: 8,
  minimalLength: 100,
  seedLength: 15,
  minSeedCover: 0.1,
  anchorMargin: 12,
  bandMargin: 24,
};

/** Nextclade v1's seed settings for peptide alignment (options.cpp, seedAa), with its maxIndel. */
export const PEPTIDE_SEED_PARAMS = { seedLength: 12, minSeeds: 10, seedSpacing: 100, mismatchesAllowed: 2, maxIndel: 400 };

/** Nextclade v1's nucleotide seed settings (seedNuc), which set the band its aligner stays in. */
export const NUCLEOTIDE_SEED_PARAMS = { seedLength: 21, minSeeds: 10, seedSpacing: 100, mismatchesAllowed: 3, maxIndel: 400 };
