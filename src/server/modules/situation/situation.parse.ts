// Turns an import request (the source and its file texts) into records with the core's parsers, or into the
// errors a person can act on: "confirmed: line 12, column 7" and what was expected.
import type { DateBounds } from '../../../core/situation-import/date-bounds';
import { parseJhu } from '../../../core/situation-import/jhu-parse';
import { parseOwid } from '../../../core/situation-import/owid-parse';
import type { ParseError, ParseOptions, ParseResult } from '../../../core/situation-import/parse-result';
import type { SeriesImport } from '../../../core/situation-import/series-record';
import { parseWho } from '../../../core/situation-import/who-parse';
import type { ErrorDetail } from '../../../shared/schemas/errors';
import type { ImportRequest } from '../../../shared/schemas/situation';

/** The date bounds are required: an import is never read without them (see date-bounds.ts). */
export function parseImport(request: ImportRequest, alpha2ToIso3: (alpha2: string) => string | null, options: ParseOptions & { dates: DateBounds }): ParseResult<SeriesImport> {
  switch (request.source) {
    case 'jhu':
      return parseJhu(request.files, options);
    case 'owid':
      return parseOwid(request.files.data, options);
    case 'who':
      return parseWho(request.files.data, { ...options, alpha2ToIso3 });
  }
}

/** "confirmed: line 3, column 5" (the file name only when the source has several files). */
export function errorPath(error: Pick<ParseError, 'file' | 'line' | 'column'>): string {
  const where = error.column === null ? `line ${error.line}` : `line ${error.line}, column ${error.column}`;
  return error.file ? `${error.file}: ${where}` : where;
}

export function errorDetails(errors: readonly ParseError[]): ErrorDetail[] {
  return errors.map((e) => ({ path: errorPath(e), message: e.field ? `${e.field}: ${e.message}` : e.message }));
}
