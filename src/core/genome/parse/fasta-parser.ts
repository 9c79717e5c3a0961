// Incremental FASTA parser: feed it text chunks as they arrive (from a stream or a file reader) and it
// returns each record as soon as the next header shows it is complete. Memory holds one record.
//
// Decisions (docs/decisions/010-genome-aligner.md):
// - Sequence letters are upper-cased and whitespace (including \r) is stripped.
// - Accepted: A C G T, U (read as T), N and the IUPAC ambiguity codes R Y S W K M B D H V.
// - '-' and '.' (gaps of an already-aligned FASTA) are accepted and removed: the engine aligns anew.
// - Anything else is an illegal character. A malformed record becomes an error value with its line
//   number; parsing carries on with the next record.

export interface FastaSequence {
  name: string;
  /** 1-based line number of the record's header (or of its first line when the header is missing). */
  line: number;
  sequence: string;
  error: null;
}

export interface FastaRecordError {
  name: string;
  line: number;
  sequence: null;
  error: string;
}

export type FastaRecord = FastaSequence | FastaRecordError;

const ILLEGAL = /[^ACGTUNRYSWKMBDHV\-.]/;
const WHITESPACE = /\s+/g;

interface Pending {
  name: string;
  line: number;
  hasHeader: boolean;
  parts: string[];
  error: string | null;
}

export class FastaParser {
  private carry = '';
  private lineNumber: number;
  private current: Pending | null = null;

  /** `firstLine`: the number of the first line fed, when the text is a piece of a larger one. */
  constructor(firstLine = 1) {
    this.lineNumber = firstLine - 1;
  }

  /** Parses a chunk; returns the records completed by it. */
  push(chunk: string): FastaRecord[] {
    const out: FastaRecord[] = [];
    const text = this.carry + chunk;
    let start = 0;
    for (;;) {
      const newline = text.indexOf('\n', start);
      if (newline < 0) break;
      this.line(text.slice(start, newline), out);
      start = newline + 1;
    }
    this.carry = text.slice(start);
    return out;
  }

  /** Flushes the last line and record. */
  end(): FastaRecord[] {
    const out: FastaRecord[] = [];
    if (this.carry.length > 0) this.line(this.carry, out);
    this.carry = '';
    this.flush(out);
    return out;
  }

  private line(raw: string, out: FastaRecord[]): void {
    this.lineNumber++;
    if (raw.charCodeAt(0) === 62 /* > */) {
      this.flush(out);
      const name = raw.slice(1).trim();
      this.current = {
        name,
        line: this.lineNumber,
        hasHeader: true,
        parts: [],
        error: name === '' ? `line ${this.lineNumber}: header '>' without a sequence name` : null,
      };
      return;
    }
    const letters = raw.replace(WHITESPACE, '').toUpperCase();
    if (letters === '') return;
    if (this.current === null) {
      this.current = {
        name: '',
        line: this.lineNumber,
        hasHeader: false,
        parts: [],
        error: `line ${this.lineNumber}: sequence data without a '>' header`,
      };
    }
    if (this.current.error !== null) return; // keep the first error of the record
    const illegal = ILLEGAL.exec(letters);
    if (illegal !== null) {
      const column = raw.toUpperCase().indexOf(illegal[0]) + 1;
      this.current.error = `line ${this.lineNumber}, column ${column}: illegal character '${illegal[0]}' in sequence`;
      this.current.parts = [];
      return;
    }
    this.current.parts.push(letters);
  }

  private flush(out: FastaRecord[]): void {
    const record = this.current;
    this.current = null;
    if (record === null) return;
    if (record.error !== null) {
      out.push({ name: record.name, line: record.line, sequence: null, error: record.error });
      return;
    }
    const sequence = record.parts.join('').replace(/[-.]/g, '').replace(/U/g, 'T');
    if (sequence === '') {
      out.push({
        name: record.name,
        line: record.line,
        sequence: null,
        error: `line ${record.line}: empty record '${record.name}': no sequence after the header`,
      });
      return;
    }
    out.push({ name: record.name, line: record.line, sequence, error: null });
  }
}

/** Parses a whole FASTA text at once. */
export function parseFasta(text: string): FastaRecord[] {
  const parser = new FastaParser();
  return [...parser.push(text), ...parser.end()];
}
