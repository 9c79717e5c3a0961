// Cuts FASTA text into the texts of its records, without reading the sequences: the cheap part of
// parsing, so a caller can hand whole records to worker threads that parse and analyse them. Each
// piece starts at a line start and, parsed alone by `new FastaParser(piece.firstLine)`, gives exactly
// one record — the one a parse of the whole text gives there (same line numbers, same errors).

export interface FastaPiece {
  text: string;
  /** 1-based line number of the piece's first line in the whole text. */
  firstLine: number;
  /** 1-based number of the record in the whole text. */
  record: number;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export class FastaSplitter {
  private carry = '';
  private line = 1;
  private records = 0;

  /** Splits a chunk; returns the records completed by it (a record ends where the next header starts). */
  push(chunk: string): FastaPiece[] {
    const text = this.carry + chunk;
    const out: FastaPiece[] = [];
    let start = 0;
    for (let next = text.indexOf('\n>', start); next >= 0; next = text.indexOf('\n>', start)) {
      this.emit(text.slice(start, next + 1), out);
      start = next + 1;
    }
    this.carry = text.slice(start);
    return out;
  }

  /** The last record. */
  end(): FastaPiece[] {
    const out: FastaPiece[] = [];
    this.emit(this.carry, out);
    this.carry = '';
    return out;
  }

  private emit(text: string, out: FastaPiece[]): void {
    // Blank lines before the first header make no record: count their lines, emit nothing.
    if (text.trim() !== '') out.push({ text, firstLine: this.line, record: ++this.records });
    this.line += countNewlines(text);
  }
}
