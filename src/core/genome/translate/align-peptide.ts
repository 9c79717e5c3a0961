import { AA_GAP, AA_X } from '../alphabet/aminoacids';
import { PEPTIDE_SEED_PARAMS } from '../align/alignment-params';
import { alignWindow, OP_DELETION, OP_INSERTION, OP_MATCH } from '../align/banded-dp';
import { seedBandByScan } from '../align/seed-band';

// Aligns a translated query peptide to the reference peptide the way Nextclade v1 does (seeded band,
// same Gotoh kernel and tie-breaks, flat gap-open cost, free end gaps), then drops the columns where
// the reference has a gap, so the result is in reference codon coordinates: a '-' is a deleted codon
// (or one not covered by the sequence), X an unknown amino acid.

export interface PeptideScoring {
  scores: Int8Array;
  gapOpen: number;
  gapExtend: number;
}

export type PeptideAlignment = { ok: true; peptide: Uint8Array } | { ok: false; error: string };

function containsX(peptide: Uint8Array): boolean {
  return peptide.indexOf(AA_X) >= 0;
}

/**
 * `sameFrame` says the gene had no indel at all, so the peptide lines up codon for codon with the
 * reference; any gapped alignment would then only lose score, and the DP is skipped. The seed step
 * still runs when the peptide has unknown letters, since that is where Nextclade's seeding fails.
 */
export function alignPeptide(peptide: Uint8Array, refPeptide: Uint8Array, sameFrame: boolean, scoring: PeptideScoring): PeptideAlignment {
  if (sameFrame && peptide.length === refPeptide.length && !containsX(peptide)) return { ok: true, peptide };
  const band = seedBandByScan(peptide, refPeptide, PEPTIDE_SEED_PARAMS, AA_X);
  if (!band.ok) return band;
  if (sameFrame && peptide.length === refPeptide.length) return { ok: true, peptide };
  const path = alignWindow({
    query: peptide,
    qFrom: 0,
    qTo: peptide.length,
    ref: refPeptide,
    rFrom: 0,
    rTo: refPeptide.length,
    dlo: band.band.dlo,
    dhi: band.band.dhi,
    scores: scoring.scores,
    gapOpen: scoring.gapOpen,
    gapExtend: scoring.gapExtend,
    freeStart: true,
    freeEnd: true,
  });
  if (path === null) return { ok: false, error: 'Unable to align: the peptide leaves the alignment band' };
  const out = new Uint8Array(refPeptide.length).fill(AA_GAP);
  let q = path.qStart;
  let r = path.rStart;
  for (let i = path.ops.length - 1; i >= 0; i--) {
    const op = path.ops[i];
    if (op === OP_MATCH) out[r++] = peptide[q++]!;
    else if (op === OP_INSERTION) q++;
    else if (op === OP_DELETION) r++;
  }
  return { ok: true, peptide: out };
}
