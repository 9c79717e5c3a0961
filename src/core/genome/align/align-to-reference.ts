import { N } from '../alphabet/nucleotides';
import { AlignedQueryBuilder, type NucInsertion } from './aligned-query-builder';
import { NUCLEOTIDE_SEED_PARAMS, type AlignmentParams } from './alignment-params';
import { alignWindow, type DpPath } from './banded-dp';
import { chainMatches, findMatches, type Anchor } from './find-anchors';
import type { KmerIndex } from './kmer-index';
import { seedBandFromAnchors, type SeedBand } from './seed-band';

// Pairwise alignment of a near-identical genome to the reference: exact anchors (find-anchors.ts),
// then affine-gap DP only in the windows between anchors and at both ends (banded-dp.ts). Each
// anchor is trimmed by a margin next to a window so the DP sees the repeat context around an indel
// and places the gap as a whole-genome DP would. The ends are semi-global, as in Nextclade: reference
// letters before/after the query are not deletions; query letters before the reference become an
// insertion at position 0, and those after it (a poly-A tail) are dropped, as Nextclade v1 does.

export interface PreparedReference {
  codes: Uint8Array;
  index: KmerIndex;
  gapOpen: Int32Array;
  scores: Int8Array;
  params: AlignmentParams;
}

export type { NucInsertion };

export interface NucAlignment {
  /** The query letter aligned to each reference position; GAP where deleted or not covered. */
  aligned: Uint8Array;
  insertions: NucInsertion[];
  /** First aligned reference position (0-based). */
  alignmentStart: number;
  /** One past the last aligned reference position. */
  alignmentEnd: number;
  score: number;
}

export type AlignOutcome = { ok: true; alignment: NucAlignment } | { ok: false; error: string };

/** Beyond this shift between the anchors and the genome ends, do not also search the end-to-end diagonal. */
const END_DIAGONAL_REACH = 400;

interface Kept {
  q: number;
  r: number;
  s: number;
  e: number;
}

function trimAnchors(chain: Anchor[], margin: number): Kept[] {
  const kept: Kept[] = [];
  for (const a of chain) {
    const b: Kept = { q: a.q, r: a.r, s: 0, e: a.len };
    while (kept.length > 0) {
      const top = kept[kept.length - 1]!;
      const need = Math.max(0, top.q + top.e - b.q, top.r + top.e - b.r);
      const end = top.e - need - margin;
      if (end - top.s < 1) {
        kept.pop();
        continue;
      }
      top.e = end;
      break;
    }
    b.s = margin;
    if (b.e - b.s >= 1) kept.push(b);
  }
  const last = kept[kept.length - 1];
  if (last !== undefined) {
    last.e -= margin;
    if (last.e - last.s < 1) kept.pop();
  }
  return kept;
}

function band(d0: number, d1: number, margin: number): SeedBand {
  return { dlo: Math.min(d0, d1) - margin, dhi: Math.max(d0, d1) + margin };
}

export function alignToReference(query: Uint8Array, ref: PreparedReference): AlignOutcome {
  const { params, codes: refCodes } = ref;
  const Q = query.length;
  const R = refCodes.length;
  if (Q < params.minimalLength) {
    return { ok: false, error: `Unable to align: sequence is too short (${Q} nt, at least ${params.minimalLength} needed)` };
  }
  let chain = chainMatches(findMatches(query, refCodes, ref.index));
  // Stay inside the band Nextclade v1 would use, so results equal its published ones; where it would
  // give up (too few seeds, or indels beyond its maxIndel) we align without that limit.
  const seedBand = seedBandFromAnchors(query, refCodes, chain, NUCLEOTIDE_SEED_PARAMS, N);
  const global: SeedBand | null = seedBand.ok ? seedBand.band : null;
  if (global !== null) chain = chain.filter((a) => a.r - a.q >= global.dlo && a.r - a.q <= global.dhi);
  const covered = chain.reduce((sum, a) => sum + a.len, 0);
  if (chain.length === 0 || covered < params.minSeedCover * Q) {
    return { ok: false, error: 'Unable to align: no seed matches (the sequence is too different from the reference)' };
  }

  const out = new AlignedQueryBuilder(query, R);
  const W = params.bandMargin;
  // One DP window, its band clipped to the global band (which is in whole-genome diagonals).
  const window = (qFrom: number, qTo: number, rFrom: number, rTo: number, b: SeedBand, freeStart: boolean, freeEnd: boolean): DpPath | null => {
    const offset = rFrom - qFrom;
    const dlo = global === null ? b.dlo : Math.max(b.dlo, global.dlo - offset);
    const dhi = global === null ? b.dhi : Math.min(b.dhi, global.dhi - offset);
    return alignWindow({ query, qFrom, qTo, ref: refCodes, rFrom, rTo, dlo, dhi, scores: ref.scores, gapOpen: ref.gapOpen, gapExtend: params.penaltyGapExtend, freeStart, freeEnd });
  };
  const tooFar: AlignOutcome = { ok: false, error: 'Unable to align: a region of the sequence is too far from the reference' };

  const kept = trimAnchors(chain, params.anchorMargin);
  let score = 0;
  if (kept.length === 0) {
    // Anchors too short to keep after trimming: one semi-global DP over the whole (short) query.
    const ds = chain.map((a) => a.r - a.q);
    const path = window(0, Q, 0, R, band(Math.min(...ds, 0), Math.max(...ds, 0), W), true, true);
    if (path === null) return tooFar;
    out.insertRange(0, 0, path.qStart);
    out.apply(path, 0, 0);
    out.insertRange(R, path.qEnd, Q);
    return { ok: true, alignment: { ...out.finish(), score: path.score } };
  }

  // Left end: free start, up to the first anchor; searched around the anchor's diagonal and, if near,
  // the diagonal where query and reference start together.
  const first = kept[0]!;
  const dFirst = first.r - first.q;
  const left = window(0, first.q + first.s, 0, first.r + first.s, band(dFirst, Math.abs(dFirst) <= END_DIAGONAL_REACH ? 0 : dFirst, W), true, false);
  if (left === null) return tooFar;
  out.insertRange(0, 0, left.qStart);
  out.apply(left, 0, 0);
  score += left.score;

  for (let i = 0; i < kept.length; i++) {
    const a = kept[i]!;
    out.copy(a.q + a.s, a.r + a.s, a.e - a.s);
    score += (a.e - a.s) * params.scoreMatch;
    const qa = a.q + a.e;
    const ra = a.r + a.e;
    const next = kept[i + 1];
    let path: DpPath | null;
    if (next !== undefined) {
      // Between two anchors: both ends fixed, band spanning both diagonals.
      const qb = next.q + next.s;
      const rb = next.r + next.s;
      path = window(qa, qb, ra, rb, band(0, rb - ra - (qb - qa), W), false, false);
    } else {
      // Right end: free end, around the last anchor's diagonal (and the end-to-end one, if near).
      const dEnd = R - ra - (Q - qa);
      path = window(qa, Q, ra, R, band(0, Math.abs(dEnd) <= END_DIAGONAL_REACH ? dEnd : 0, W), false, true);
    }
    if (path === null) return tooFar;
    out.apply(path, qa, ra);
    if (next === undefined) out.insertRange(R, qa + path.qEnd, Q);
    score += path.score;
  }
  return { ok: true, alignment: { ...out.finish(), score } };
}
