import { GAP, N } from '../alphabet/nucleotides';

// Frame shift detection on an aligned gene, following Nextclade v1's FrameShiftDetector
// (nextalign/src/translate/detectFrameShifts.cpp): walk the columns keeping the frame (+1 per
// deleted, -1 per inserted letter, modulo 3); a shifted stretch runs from the first letter read in a
// shifted frame to the last indel that restores the frame, or to the end of the gene.

export interface Range {
  begin: number;
  end: number;
}

export interface GeneFrameShift {
  /** Columns of the aligned gene that are read in a shifted frame. */
  nucRel: Range;
  /** Reference positions (0-based, end exclusive). */
  nucAbs: Range;
  /** Codons (0-based, end exclusive) of the shifted stretch. */
  codon: Range;
  /** Codons around it that are gaps (the indels causing the shift). */
  gapsLeading: Range;
  gapsTrailing: Range;
}

const INVALID = -1_000_000_000;

export function detectFrameShifts(ref: Uint8Array, query: Uint8Array): Range[] {
  const found: Range[] = [];
  let frame = 0;
  let begin = INVALID;
  let end = INVALID;
  let lastIndel = INVALID;
  let dirty = false;
  const update = (shift: number, pos: number): void => {
    const oldFrame = frame;
    frame = (((frame + shift) % 3) + 3) % 3;
    if (pos - lastIndel !== 1) end = pos;
    if ((oldFrame === 0 && frame !== 0) || (oldFrame !== 0 && frame === 0)) dirty = true;
    lastIndel = pos;
  };
  for (let pos = 0; pos < ref.length; pos++) {
    if (ref[pos] === GAP) update(-1, pos);
    else if (query[pos] === GAP) update(1, pos);
    else if (dirty) {
      if (frame === 0 && begin !== INVALID) {
        found.push({ begin, end });
        begin = end = lastIndel = INVALID;
      }
      if (frame !== 0 && begin === INVALID) begin = pos;
      dirty = false;
    }
  }
  if (begin !== INVALID) found.push({ begin, end: ref.length });
  return found;
}

/** Adds codon ranges, the adjacent gap mask and reference coordinates (Nextclade's translateFrameShifts). */
export function describeFrameShifts(query: Uint8Array, refPos: Int32Array, ranges: Range[]): GeneFrameShift[] {
  return ranges.map((nucRel) => {
    let maskBegin = nucRel.begin - 1;
    if (maskBegin > 0) while (maskBegin >= 0 && query[maskBegin] === GAP) maskBegin--;
    maskBegin += 1;
    let maskEnd = nucRel.end;
    while (maskEnd < query.length && query[maskEnd] === GAP) maskEnd++;
    const codon = { begin: Math.trunc(nucRel.begin / 3), end: Math.trunc(nucRel.end / 3) };
    const mask = { begin: Math.trunc(maskBegin / 3), end: Math.trunc(maskEnd / 3) };
    const a = refPos[nucRel.begin]!;
    const b = refPos[Math.max(nucRel.begin, nucRel.end - 1)]!;
    return {
      nucRel,
      nucAbs: { begin: Math.min(a, b), end: Math.max(a, b) + 1 },
      codon,
      gapsLeading: { begin: mask.begin, end: codon.begin },
      gapsTrailing: { begin: codon.end, end: mask.end },
    };
  });
}

/** Letters read in a shifted frame become N, so their codons translate to X. */
export function maskShiftedNucleotides(query: Uint8Array, shifts: GeneFrameShift[]): void {
  for (const shift of shifts) {
    for (let i = shift.nucRel.begin; i < shift.nucRel.end; i++) if (query[i] !== GAP) query[i] = N;
  }
}
