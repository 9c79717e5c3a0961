import type { Anchor } from './find-anchors';

// Nextclade v1 aligns within one band of diagonals around its seed matches (alignPairwise.cpp,
// seedAlignment): ~1 seed per 100 letters, each matched allowing a few mismatches, scanning the
// reference forward from the previous seed; band = [meanShift - bandWidth, meanShift + bandWidth]
// with bandWidth = maxShift - minShift + 9. Alignments outside that band are impossible for it, and
// its published outputs depend on that, so we compute the same band and stay inside it.
// Diagonal / shift convention: d = refIndex - queryIndex.

export interface SeedParams {
  seedLength: number;
  minSeeds: number;
  seedSpacing: number;
  mismatchesAllowed: number;
  maxIndel: number;
}

export interface SeedBand {
  dlo: number;
  dhi: number;
}

export type SeedBandOutcome = { ok: true; band: SeedBand } | { ok: false; error: string };

/** C++ std::round: halves away from zero (Math.round rounds -2.5 to -2). */
export function roundHalfAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/** Query positions where a seed may start: Nextclade's getMapToGoodPositions (no bad letter in the seed). */
function goodPositions(query: Uint8Array, seedLength: number, bad: number): Int32Array {
  const out = new Int32Array(query.length);
  let n = 0;
  let distance = 0;
  for (let i = 0; i < query.length; i++) {
    if (query[i] === bad) distance = -1;
    else if (distance > seedLength) out[n++] = i - seedLength;
    distance++;
  }
  return out.subarray(0, n);
}

interface SeedPlan {
  /** Query positions of the seeds, in order; -1 where Nextclade would read out of bounds. */
  positions: number[];
  /** Set when the sequences are so short that Nextclade skips seeding. */
  direct?: { meanShift: number; bandWidth: number };
}

function planSeeds(query: Uint8Array, refLength: number, p: SeedParams, bad: number): SeedPlan {
  const Q = query.length;
  const nSeeds = refLength > p.minSeeds * p.seedSpacing ? Math.trunc(refLength / p.seedSpacing) : p.minSeeds;
  const margin = roundHalfAway(Math.fround(refLength / Math.fround(nSeeds * 3)));
  const bandWidth = roundHalfAway(Math.fround((refLength + Q) * 0.5)) - 3;
  if (bandWidth < 2 * p.seedLength) {
    return { positions: [], direct: { meanShift: roundHalfAway(Math.fround((refLength - Q) * 0.5)), bandWidth } };
  }
  const good = goodPositions(query, p.seedLength, bad);
  const spacing = (good.length - 2 * margin - 1) / (nSeeds - 1);
  const positions: number[] = [];
  for (let i = 0; i < nSeeds; i++) {
    const j = roundHalfAway(margin + spacing * i);
    positions.push(j >= 0 && j < good.length ? good[j]! : -1);
  }
  return { positions };
}

function bandFromShifts(shifts: number[], p: SeedParams): SeedBandOutcome {
  if (shifts.length < 2) return { ok: false, error: 'Unable to align: no seed matches' };
  const min = Math.min(...shifts);
  const max = Math.max(...shifts);
  const meanShift = roundHalfAway(0.5 * (min + max));
  const bandWidth = max - min + 9;
  if (bandWidth > p.maxIndel) {
    return { ok: false, error: 'Unable to align: too many insertions, deletions, duplications, or ambiguous seed matches' };
  }
  return { ok: true, band: { dlo: meanShift - bandWidth, dhi: meanShift + bandWidth } };
}

/** Nextclade's seedMatch: first reference start >= from with the most identical letters. */
function seedMatch(query: Uint8Array, qPos: number, length: number, ref: Uint8Array, from: number, allowed: number): { shift: number; score: number } {
  let maxScore = 0;
  let maxShift = -1;
  for (let shift = from; shift < ref.length - length; shift++) {
    let score = 0;
    for (let pos = 0; pos < length; pos++) {
      if (query[qPos + pos] === ref[shift + pos]) score++;
      if (score + allowed < pos) break;
    }
    if (score > maxScore) {
      maxScore = score;
      maxShift = shift;
      if (score === length) break;
    }
  }
  return { shift: maxShift, score: maxScore };
}

/** The band exactly as Nextclade computes it, by scanning (used for peptides, which are short). */
export function seedBandByScan(query: Uint8Array, ref: Uint8Array, p: SeedParams, bad: number): SeedBandOutcome {
  const plan = planSeeds(query, ref.length, p, bad);
  if (plan.direct) return bandAround(plan.direct.meanShift, plan.direct.bandWidth, p);
  const shifts: number[] = [];
  let from = 0;
  for (const qPos of plan.positions) {
    if (qPos < 0) continue;
    const length = Math.min(p.seedLength, query.length - qPos);
    const match = seedMatch(query, qPos, length, ref, from, p.mismatchesAllowed);
    if (match.score >= p.seedLength - p.mismatchesAllowed) {
      shifts.push(match.shift - qPos);
      from = match.shift;
    }
  }
  return bandFromShifts(shifts, p);
}

function bandAround(meanShift: number, bandWidth: number, p: SeedParams): SeedBandOutcome {
  if (bandWidth > p.maxIndel) return { ok: false, error: 'Unable to align: too many insertions, deletions, duplications, or ambiguous seed matches' };
  return { ok: true, band: { dlo: meanShift - bandWidth, dhi: meanShift + bandWidth } };
}

/**
 * The same band for a genome, without scanning the whole reference for every seed: a seed's best
 * match is on the diagonal of an exact anchor nearby (anywhere else it would match by chance, ~1/4
 * of its letters), so only those diagonals are scored. Equal to the scan unless the genome has
 * repeats that a 21-letter seed with 3 mismatches can confuse.
 */
export function seedBandFromAnchors(query: Uint8Array, ref: Uint8Array, anchors: Anchor[], p: SeedParams, bad: number): SeedBandOutcome {
  const plan = planSeeds(query, ref.length, p, bad);
  if (plan.direct) return bandAround(plan.direct.meanShift, plan.direct.bandWidth, p);
  const shifts: number[] = [];
  let from = 0;
  let a = 0;
  for (const qPos of plan.positions) {
    if (qPos < 0) continue;
    const length = Math.min(p.seedLength, query.length - qPos);
    while (a < anchors.length && anchors[a]!.q + anchors[a]!.len < qPos - p.seedLength) a++;
    let bestScore = 0;
    let bestShift = -1;
    for (let i = Math.max(0, a - 1); i < anchors.length && anchors[i]!.q <= qPos + 2 * p.seedLength; i++) {
      const shift = qPos + anchors[i]!.r - anchors[i]!.q;
      if (shift < from || shift >= ref.length - length) continue;
      let score = 0;
      for (let pos = 0; pos < length; pos++) if (query[qPos + pos] === ref[shift + pos]) score++;
      if (score > bestScore || (score === bestScore && shift < bestShift)) {
        bestScore = score;
        bestShift = shift;
      }
    }
    if (bestScore >= p.seedLength - p.mismatchesAllowed) {
      shifts.push(bestShift - qPos);
      from = bestShift;
    }
  }
  return bandFromShifts(shifts, p);
}
