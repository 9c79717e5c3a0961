import type { DateBounds } from './date-bounds';

// What every parser returns: records, or the reasons the file was refused, each with a line and column a
// person can find in the file. Parsers never throw for bad input.

export interface ParseError {
  /** Which input, when a parser reads several (e.g. 'confirmed', 'deaths'). */
  file?: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based CSV column (field number), or null when the whole line or file is at fault. */
  column: number | null;
  /** The column's header name, when known. */
  field: string | null;
  message: string;
}

export interface ParseWarning {
  file?: string;
  /** 1-based line, or null for a warning about the whole file. */
  line: number | null;
  /** Stable code for grouping in the CLI and UI. */
  code: 'not-a-country' | 'unknown-country' | 'aggregate' | 'missing-count' | 'duplicate';
  message: string;
}

export type ParseResult<T> =
  | { ok: true; value: T; warnings: ParseWarning[] }
  | { ok: false; errors: ParseError[]; warnings: ParseWarning[] };

export interface ParseOptions {
  /** Called as rows are processed (at most about 100 times, and once at the end) so a CLI can draw a bar. */
  onProgress?: (done: number, total: number) => void;
  /** Stop collecting errors after this many (default 100); the file is refused either way. */
  maxErrors?: number;
  /** Dates outside these are errors at their line (see date-bounds.ts); unchecked when absent. */
  dates?: DateBounds;
}

/** Collects errors up to a limit; `full` tells a parser it may stop looking. */
export class ErrorLog {
  readonly errors: ParseError[] = [];
  private readonly limit: number;

  constructor(limit = 100) {
    this.limit = Math.max(1, limit);
  }

  add(error: ParseError): void {
    if (this.errors.length < this.limit) this.errors.push(error);
  }

  get full(): boolean {
    return this.errors.length >= this.limit;
  }

  get empty(): boolean {
    return this.errors.length === 0;
  }
}
