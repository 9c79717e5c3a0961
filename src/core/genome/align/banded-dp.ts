// Affine-gap dynamic programming (Gotoh) over one window of the alignment, restricted to a band of
// diagonals. The recurrences, tie-breaks and backtrace replicate Nextclade v1's aligner
// (nextalign/src/align/alignPairwise.cpp, scoreMatrix + backTrace), so gaps land where Nextclade puts
// them: on equal scores a match beats an insertion, which beats a deletion; gap extension only wins
// over opening when strictly better; the backtrace takes matches first from the right, which moves
// equivalent gaps to the left unless the position-dependent gap-open cost says otherwise.
//
// Coordinates are window-local: a cell (r, d) has consumed r reference and q = r - d query letters.
// Band: dlo <= d <= dhi. The in-place row arrays follow Nextclade's column-wise sweep, so a cell of the
// current row reads its neighbours of the previous row before they are overwritten.

export const OP_MATCH = 0;
export const OP_INSERTION = 1; // a query letter against a gap in the reference
export const OP_DELETION = 2; // a reference letter against a gap in the query

const FLAG_M = 1;
const FLAG_I = 2;
const FLAG_D = 4;
const FLAG_I_EXT = 8;
const FLAG_D_EXT = 16;
const NEG = -0x3fffffff;

/** Above this many cells a window is refused (the genome is too far from the reference). */
export const MAX_DP_CELLS = 40_000_000;

export interface DpWindow {
  query: Uint8Array;
  qFrom: number;
  qTo: number;
  ref: Uint8Array;
  rFrom: number;
  rTo: number;
  dlo: number;
  dhi: number;
  /** [queryCode * 32 + refCode] -> score. */
  scores: Int8Array;
  /** Gap-open penalty by absolute reference index (a deletion of ref[i] opens at i; an insertion before ref[i] too). */
  gapOpen: Int32Array | number;
  gapExtend: number;
  /** Leading letters of either sequence are free (semi-global start), as at the ends of a genome. */
  freeStart: boolean;
  /** Trailing letters of either sequence are free. */
  freeEnd: boolean;
}

export interface DpPath {
  score: number;
  /** Operations in reverse order (last operation first): OP_MATCH, OP_INSERTION or OP_DELETION. */
  ops: Uint8Array;
  /** Window-local coordinates where the path starts and ends. */
  qStart: number;
  rStart: number;
  qEnd: number;
  rEnd: number;
}

// Scratch buffers reused across calls: the kernel allocates nothing per cell and little per window.
let flagsBuf = new Uint8Array(1 << 16);
let rowBaseBuf = new Int32Array(1 << 12);
let sBuf = new Int32Array(256);
let dBuf = new Int32Array(256);
let endBuf = new Int32Array(256);

/** Keeps the scores of a row's end cells: those that consumed the whole query, or the whole reference. */
function recordEnds(endScore: Int32Array, S: Int32Array, r: number, lo: number, hi: number, dlo: number, Qn: number, Rn: number): void {
  if (r === Rn) {
    for (let d = lo; d <= hi; d++) endScore[d - dlo] = S[d - dlo + 1]!;
    return;
  }
  const d = r - Qn;
  if (d >= lo && d <= hi) endScore[d - dlo] = S[d - dlo + 1]!;
}

export function alignWindow(w: DpWindow): DpPath | null {
  const { query, ref, qFrom, rFrom, scores, gapExtend, freeStart, freeEnd, dlo, dhi } = w;
  const Qn = w.qTo - qFrom;
  const Rn = w.rTo - rFrom;
  const width = dhi - dlo + 1;
  if (width <= 0) return null;
  if (!freeEnd && (Rn - Qn < dlo || Rn - Qn > dhi)) return null;

  if (rowBaseBuf.length < Rn + 1) rowBaseBuf = new Int32Array(Math.max(Rn + 1, rowBaseBuf.length * 2));
  const rowBase = rowBaseBuf;
  let total = 0;
  for (let r = 0; r <= Rn; r++) {
    const lo = Math.max(dlo, r - Qn);
    const hi = Math.min(dhi, r);
    rowBase[r] = total - lo; // flags index of cell (r, d) = rowBase[r] + d
    if (hi >= lo) total += hi - lo + 1;
  }
  if (total > MAX_DP_CELLS) return null;
  if (flagsBuf.length < total) flagsBuf = new Uint8Array(Math.max(total, flagsBuf.length * 2));
  // Row arrays are indexed k = d - dlo + 1, with a NEG sentinel on each side (k = 0 and width + 1),
  // so the inner loop needs no bounds checks for its neighbours.
  if (sBuf.length < width + 2) {
    sBuf = new Int32Array(width * 2 + 2);
    dBuf = new Int32Array(width * 2 + 2);
    endBuf = new Int32Array(width * 2);
  }
  // Local aliases: module-level bindings are slower to reach in the hot loop.
  const flags = flagsBuf;
  const S = sBuf;
  const D = dBuf;
  const endScore = endBuf;
  S.fill(NEG, 0, width + 2);
  D.fill(NEG, 0, width + 2);
  endScore.fill(NEG, 0, width);
  const flat = typeof w.gapOpen === 'number';
  const flatOpen = flat ? (w.gapOpen as number) : 0;
  const openAt = flat ? null : (w.gapOpen as Int32Array);

  // Row 0: nothing of the reference consumed yet.
  {
    const lo = Math.max(dlo, -Qn);
    const hi = Math.min(dhi, 0);
    const base = rowBase[0]!;
    const goI = flat ? flatOpen : openAt![rFrom]!;
    let iRun = NEG;
    for (let d = hi; d >= lo; d--) {
      const k = d - dlo + 1;
      if (freeStart || d === 0) {
        S[k] = 0;
        flags[base + d] = 0;
        iRun = NEG;
      } else {
        const ext = iRun - gapExtend;
        const open = S[k + 1]! - goI;
        let f = FLAG_I;
        let iv: number;
        if (ext > open) {
          iv = ext;
          f |= FLAG_I_EXT;
        } else iv = open;
        S[k] = iv;
        iRun = iv;
        flags[base + d] = f;
      }
    }
    recordEnds(endScore, S, 0, lo, hi, dlo, Qn, Rn);
  }

  for (let r = 1; r <= Rn; r++) {
    const lo = Math.max(dlo, r - Qn);
    const hi = Math.min(dhi, r);
    if (hi < lo) continue;
    const base = rowBase[r]!;
    const rAbs = rFrom + r;
    const rc = ref[rAbs - 1]!;
    const goI = flat ? flatOpen : openAt![rAbs]!;
    const goD = flat ? flatOpen : openAt![rAbs - 1]!;
    let iRun = NEG;
    let d = hi;
    if (d === r) {
      // The cell where no query letter is consumed yet: a free start, or reached by deletion only.
      const k = d - dlo + 1;
      if (freeStart) {
        S[k] = 0;
        D[k] = NEG;
        flags[base + d] = 0;
        iRun = -goD; // Nextclade's running reference-gap score before the query starts
      } else {
        const ext = D[k - 1]! - gapExtend;
        const open = S[k - 1]! - goD;
        const dv = ext > open ? ext : open;
        S[k] = dv;
        D[k] = dv;
        flags[base + d] = ext > open ? FLAG_D | FLAG_D_EXT : FLAG_D;
      }
      d--;
    }
    const qBase = qFrom + r - 1; // query index of the letter a cell on diagonal d consumes: qBase - d
    for (; d >= lo; d--) {
      const k = d - dlo + 1;
      let best = S[k]! + scores[query[qBase - d]! * 32 + rc]!;
      let origin = FLAG_M;
      let ext = 0;
      let iv: number;
      const ie = iRun - gapExtend;
      const io = S[k + 1]! - goI;
      if (ie > io) {
        iv = ie;
        ext = FLAG_I_EXT;
      } else iv = io;
      if (iv > best) {
        best = iv;
        origin = FLAG_I;
      }
      let dv: number;
      const de = D[k - 1]! - gapExtend;
      const dop = S[k - 1]! - goD;
      if (de > dop) {
        dv = de;
        ext |= FLAG_D_EXT;
      } else dv = dop;
      if (dv > best) {
        best = dv;
        origin = FLAG_D;
      }
      S[k] = best;
      D[k] = dv;
      iRun = iv;
      flags[base + d] = origin | ext;
    }
    recordEnds(endScore, S, r, lo, hi, dlo, Qn, Rn);
  }

  // Where the path ends: fixed, or (free end) the best end cell, lowest diagonal first on ties.
  let rEnd = Rn;
  let qEnd = Qn;
  let score: number;
  if (freeEnd) {
    let bestD = NEG;
    score = NEG;
    for (let d = dlo; d <= dhi; d++) {
      const s = endScore[d - dlo]!;
      if (s === NEG) continue;
      if (s > score) {
        score = s;
        bestD = d;
      }
    }
    if (bestD === NEG) return null;
    if (Qn + bestD <= Rn) {
      rEnd = Qn + bestD;
      qEnd = Qn;
    } else {
      rEnd = Rn;
      qEnd = Rn - bestD;
    }
  } else {
    score = endScore[Rn - Qn - dlo]!;
  }

  // Backtrace, with Nextclade's gap-mode handling (stay in a gap while its cell says "extended").
  const ops = new Uint8Array(qEnd + rEnd);
  let n = 0;
  let r = rEnd;
  let q = qEnd;
  let mode = 0;
  while (freeStart ? q > 0 && r > 0 : q > 0 || r > 0) {
    const f = flags[rowBase[r]! + r - q]!;
    if ((f & FLAG_M) !== 0 && mode === 0) {
      ops[n++] = OP_MATCH;
      q--;
      r--;
    } else if (((f & FLAG_I) !== 0 && mode === 0) || mode === FLAG_I) {
      ops[n++] = OP_INSERTION;
      q--;
      mode = (f & FLAG_I_EXT) !== 0 ? FLAG_I : 0;
    } else if (((f & FLAG_D) !== 0 && mode === 0) || mode === FLAG_D) {
      ops[n++] = OP_DELETION;
      r--;
      mode = (f & FLAG_D_EXT) !== 0 ? FLAG_D : 0;
    } else {
      return null; // unreachable cell: the band does not connect the start to the end
    }
  }
  return { score, ops: ops.subarray(0, n), qStart: q, rStart: r, qEnd, rEnd };
}
