import { decodeNucleotides, GAP } from '../alphabet/nucleotides';
import { OP_DELETION, OP_INSERTION, OP_MATCH, type DpPath } from './banded-dp';

// Collects an alignment in reference coordinates while windows and anchors are laid down left to
// right: the query letter at each reference position (GAP where deleted or not covered), and the
// inserted letters grouped by the number of reference letters before them.

export interface NucInsertion {
  /** Number of reference letters before the insertion (0 = before the first). */
  pos: number;
  seq: string;
}

export class AlignedQueryBuilder {
  readonly aligned: Uint8Array;
  readonly insertions: NucInsertion[] = [];
  private insPos = -1;
  private insFrom = 0;
  private insTo = 0;

  constructor(
    private readonly query: Uint8Array,
    refLength: number,
  ) {
    this.aligned = new Uint8Array(refLength).fill(GAP);
  }

  /** Query letter q stands before reference position pos; consecutive letters there form one insertion. */
  insert(pos: number, q: number): void {
    if (this.insPos === pos && this.insTo === q) {
      this.insTo = q + 1;
      return;
    }
    this.flush();
    this.insPos = pos;
    this.insFrom = q;
    this.insTo = q + 1;
  }

  /** Query letters [from, to) all inserted at pos (an overhang beyond an end of the reference). */
  insertRange(pos: number, from: number, to: number): void {
    for (let q = from; q < to; q++) this.insert(pos, q);
  }

  /** An exact anchor: query[q + i] on reference[r + i]. */
  copy(q: number, r: number, length: number): void {
    this.aligned.set(this.query.subarray(q, q + length), r);
  }

  /** A DP path found in the window starting at (qOff, rOff). */
  apply(path: DpPath, qOff: number, rOff: number): void {
    let q = qOff + path.qStart;
    let r = rOff + path.rStart;
    for (let i = path.ops.length - 1; i >= 0; i--) {
      const op = path.ops[i];
      if (op === OP_MATCH) this.aligned[r++] = this.query[q++]!;
      else if (op === OP_INSERTION) this.insert(r, q++);
      else if (op === OP_DELETION) this.aligned[r++] = GAP;
    }
  }

  /** The aligned range: first and one-past-last covered reference positions. */
  finish(): { aligned: Uint8Array; insertions: NucInsertion[]; alignmentStart: number; alignmentEnd: number } {
    this.flush();
    const { aligned } = this;
    let start = 0;
    while (start < aligned.length && aligned[start] === GAP) start++;
    let end = aligned.length;
    while (end > start && aligned[end - 1] === GAP) end--;
    // Letters past the reference's 3' end (a poly-A tail) are no insertion: Nextclade v1's
    // stripInsertions only closes an insertion at the next reference letter, so a trailing one is dropped.
    const insertions = this.insertions.filter((i) => i.pos < aligned.length);
    return { aligned, insertions, alignmentStart: start, alignmentEnd: end };
  }

  private flush(): void {
    if (this.insPos >= 0) this.insertions.push({ pos: this.insPos, seq: decodeNucleotides(this.query, this.insFrom, this.insTo) });
    this.insPos = -1;
  }
}
