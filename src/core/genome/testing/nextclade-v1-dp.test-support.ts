import { decodeNucleotides, GAP } from '../alphabet/nucleotides';
import type { NucInsertion } from '../align/aligned-query-builder';

// An oracle for tests: Nextclade v1.4's whole-genome banded alignment (nextalign alignPairwise.cpp,
// scoreMatrix and backTrace, at nextstrain/nextclade@b5f3cec), transcribed loop for loop, then its
// stripInsertions. Slow (every cell of the band over the whole genome) but independent of our
// windows and anchors, so it shows where they would place a gap differently, at the ends above all.

const MATCH = 1;
const REF_GAP_MATRIX = 2;
const QRY_GAP_MATRIX = 4;
const REF_GAP_EXTEND = 8;
const QRY_GAP_EXTEND = 16;
const END_OF_SEQUENCE = -1;

export interface V1Scoring {
  scoreMatch: number;
  penaltyMismatch: number;
  penaltyGapExtend: number;
  penaltyGapOpen: number;
}

export interface V1Alignment {
  aligned: Uint8Array;
  insertions: NucInsertion[];
  score: number;
}

/** `band` in diagonals d = refIndex − queryIndex, as seed-band.ts gives it (meanShift ± bandWidth). */
export function alignNextcladeV1(query: Uint8Array, ref: Uint8Array, gapOpenClose: Int32Array, band: { dlo: number; dhi: number }, s: V1Scoring): V1Alignment {
  const Q = query.length;
  const R = ref.length;
  const bandWidth = (band.dhi - band.dlo) / 2;
  const meanShift = band.dlo + bandWidth;
  const rows = 2 * bandWidth + 1;
  const cols = R + 1;
  const paths = new Int32Array(rows * cols);
  const scores = new Int32Array(rows * cols);
  const qryGaps = new Int32Array(rows);
  const at = (si: number, ri: number) => si * cols + ri;
  const gap = (i: number) => gapOpenClose[i] ?? s.penaltyGapOpen;
  const NO_ALIGN = -(s.scoreMatch + s.penaltyMismatch) * R;

  for (let si = 2 * bandWidth; si > bandWidth; si--) paths[at(si, 0)] = QRY_GAP_MATRIX;
  paths[at(bandWidth, 0)] = MATCH;
  qryGaps[bandWidth] = -s.penaltyGapOpen;
  for (let si = bandWidth - 1; si >= 0; si--) {
    paths[at(si, 0)] = REF_GAP_MATRIX;
    qryGaps[si] = -s.penaltyGapOpen;
  }
  for (let ri = 0; ri < R; ri++) {
    let qPos = ri - (bandWidth + meanShift);
    let refGaps = -gap(ri);
    for (let si = 2 * bandWidth; si >= 0; si--) {
      let tmpPath = 0;
      let score: number;
      let origin: number;
      if (qPos < 0) {
        score = 0;
        tmpPath += QRY_GAP_EXTEND;
        refGaps = -gap(ri);
        origin = QRY_GAP_MATRIX;
      } else if (qPos < Q) {
        score = scores[at(si, ri)]! + ((query[qPos]! & ref[ri]!) !== 0 ? s.scoreMatch : -s.penaltyMismatch);
        origin = MATCH;
        if (si < 2 * bandWidth) {
          const rGapExtend = refGaps - s.penaltyGapExtend;
          const rGapOpen = scores[at(si + 1, ri + 1)]! - gap(ri + 1);
          let tmpScore: number;
          if (rGapExtend > rGapOpen) {
            tmpScore = rGapExtend;
            tmpPath += REF_GAP_EXTEND;
          } else tmpScore = rGapOpen;
          refGaps = tmpScore;
          if (score < tmpScore) {
            score = tmpScore;
            origin = REF_GAP_MATRIX;
          }
        } else refGaps = NO_ALIGN;
        if (si > 0) {
          const qGapExtend = qryGaps[si - 1]! - s.penaltyGapExtend;
          const qGapOpen = scores[at(si - 1, ri)]! - gap(ri);
          let tmpScore: number;
          if (qGapExtend > qGapOpen) {
            tmpScore = qGapExtend;
            tmpPath += QRY_GAP_EXTEND;
          } else tmpScore = qGapOpen;
          qryGaps[si] = tmpScore;
          if (score < tmpScore) {
            score = tmpScore;
            origin = QRY_GAP_MATRIX;
          }
        } else qryGaps[si] = NO_ALIGN;
      } else {
        score = END_OF_SEQUENCE;
        origin = END_OF_SEQUENCE;
      }
      tmpPath += origin;
      paths[at(si, ri + 1)] = tmpPath;
      scores[at(si, ri + 1)] = score;
      qPos++;
    }
  }

  // backTrace
  const shiftOf = (si: number) => si - bandWidth + meanShift;
  let si = 0;
  let bestScore = 0;
  const lastIndex = (i: number) => Math.min(R, Q + shiftOf(i));
  for (let i = 0; i < rows; i++) {
    const last = lastIndex(i);
    if (last <= 0 || last >= cols) continue;
    if (scores[at(i, last)]! > bestScore) {
      bestScore = scores[at(i, last)]!;
      si = i;
    }
  }
  let rPos = lastIndex(si) - 1;
  let qPos = rPos - shiftOf(si);
  // Aligned columns, built from the right: [query letter or GAP, ref letter or GAP].
  const alnQ: number[] = [];
  const alnR: number[] = [];
  if (rPos < R - 1) {
    for (let ii = R - 1; ii > rPos; ii--) {
      alnQ.push(GAP);
      alnR.push(ref[ii]!);
    }
  } else if (qPos < Q - 1) {
    for (let ii = Q - 1; ii > qPos; ii--) {
      alnQ.push(query[ii]!);
      alnR.push(GAP);
    }
  }
  let current = 0;
  while (rPos >= 0 && qPos >= 0) {
    const origin = paths[at(si, rPos + 1)]!;
    if (origin & MATCH && current === 0) {
      alnQ.push(query[qPos--]!);
      alnR.push(ref[rPos--]!);
    } else if ((origin & REF_GAP_MATRIX && current === 0) || current === REF_GAP_MATRIX) {
      alnQ.push(query[qPos--]!);
      alnR.push(GAP);
      si++;
      current = origin & REF_GAP_EXTEND ? REF_GAP_MATRIX : 0;
    } else if ((origin & QRY_GAP_MATRIX && current === 0) || current === QRY_GAP_MATRIX) {
      alnQ.push(GAP);
      alnR.push(ref[rPos--]!);
      si--;
      current = origin & QRY_GAP_EXTEND ? QRY_GAP_MATRIX : 0;
    } else break;
  }
  if (rPos >= 0) {
    for (let ii = rPos; ii >= 0; ii--) {
      alnQ.push(GAP);
      alnR.push(ref[ii]!);
    }
  } else if (qPos >= 0) {
    for (let ii = qPos; ii >= 0; ii--) {
      alnQ.push(query[ii]!);
      alnR.push(GAP);
    }
  }
  alnQ.reverse();
  alnR.reverse();

  // stripInsertions: an insertion is closed by the next reference letter (a trailing one is dropped).
  const aligned = new Uint8Array(R);
  const insertions: NucInsertion[] = [];
  let r = 0;
  let pending: number[] = [];
  for (let i = 0; i < alnR.length; i++) {
    if (alnR[i] === GAP) {
      pending.push(alnQ[i]!);
      continue;
    }
    if (pending.length > 0) insertions.push({ pos: r, seq: decodeNucleotides(pending) });
    pending = [];
    aligned[r++] = alnQ[i]!;
  }
  return { aligned, insertions, score: bestScore };
}
