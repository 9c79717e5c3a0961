// Historical call counts of the help desk (issue 13), to set this year's calls against the same days of the
// last one:
//   date,calls[,post]
// One row a day; `post` names the post whose own line took the calls; empty (or absent) it is the importer's
// default line (the central hotline for an admin, the officer's own post for an officer). The file is taken whole or refused: every bad cell is reported with its line and column,
// and the caller stores nothing.
import { cellReader } from '../situation-import/cell-reader';
import { readCsvTable } from '../situation-import/csv-table';
import { parseCount } from '../situation-import/parse-cell';
import { ErrorLog, type ParseResult } from '../situation-import/parse-result';
import { requireColumns } from '../situation-import/require-columns';

export const CALL_HISTORY_COLUMNS = ['date', 'calls'] as const;
/** The central hotline's calls carry no post. */
export const CENTRAL_HOTLINE = '';
/** More calls in one day than any desk takes is a typo, not a figure (the hotline took ~70,000 in two months). */
export const MAX_CALLS_PER_DAY = 1_000_000;

export interface CallHistoryRow {
  date: string;
  /** The post's id, or CENTRAL_HOTLINE. */
  postId: string;
  calls: number;
  line: number;
}

export interface CallHistoryOptions {
  /** Why the importer may not give figures for this post (unknown, another officer's), or null. */
  refusePost: (postId: string) => string | null;
  /** The line of a row with no post: CENTRAL_HOTLINE or a post's id. */
  defaultPostId?: string;
  maxErrors?: number;
}

export function parseCallHistory(text: string, options: CallHistoryOptions): ParseResult<CallHistoryRow[]> {
  const log = new ErrorLog(options.maxErrors);
  const parsed = readCsvTable(text, options.maxErrors);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings: [] };
  const header = parsed.table.header.map((name) => name.trim());
  const col = requireColumns(header, CALL_HISTORY_COLUMNS, log);
  if (col === null) return { ok: false, errors: log.errors, warnings: [] };
  const postColumn = header.indexOf('post');
  const cells = cellReader(log, header);
  const { rows, lines } = parsed.table;
  const seen = new Map<string, number>();

  const out: CallHistoryRow[] = [];
  for (let r = 0; r < rows.length && !log.full; r++) {
    const row = rows[r];
    const line = lines[r];
    const date = cells.isoDate(row, line, col.date);
    const callsCell = row[col.calls].trim();
    const calls = parseCount(callsCell);
    if (calls === null || calls > MAX_CALLS_PER_DAY) cells.fault(line, col.calls, `expected a whole number of calls from 0 to ${MAX_CALLS_PER_DAY}, found ${JSON.stringify(callsCell)}`);
    const named = postColumn === -1 ? '' : row[postColumn].trim();
    const postId = named === '' ? (options.defaultPostId ?? CENTRAL_HOTLINE) : named;
    const refused = named === '' ? null : options.refusePost(named);
    const postOk = refused === null;
    if (refused !== null) cells.fault(line, postColumn, refused);
    if (date === null || calls === null || calls > MAX_CALLS_PER_DAY || !postOk) continue;
    const key = `${date}|${postId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      cells.fault(line, col.date, `${date} is already on line ${earlier}${postId === CENTRAL_HOTLINE ? '' : ` for ${postId}`}`);
      continue;
    }
    seen.set(key, line);
    out.push({ date, postId, calls, line });
  }
  if (!log.empty) return { ok: false, errors: log.errors, warnings: [] };
  if (out.length === 0) return { ok: false, errors: [{ line: 2, column: null, field: null, message: 'the file has a header but no days' }], warnings: [] };
  return { ok: true, value: out, warnings: [] };
}
