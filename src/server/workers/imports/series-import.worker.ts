import type { DateBounds } from '../../../core/situation-import/date-bounds';
import type { ParseError, ParseOptions, ParseWarning } from '../../../core/situation-import/parse-result';
import type { ImportSummary } from '../../../core/situation-import/series-record';
import type { ImportRequest } from '../../../shared/schemas/situation';
import { parseImport } from '../../modules/situation/situation.parse';
import { runInWorker, serveInWorker } from '../run-in-worker';
import { toRowChunks, type RowChunks } from './row-chunks';

// A series import's file (JHU, OWID, WHO; up to 50 MB) parsed and checked in a worker thread (issue 12, ADR 063):
// seconds of work on a large file that must not hold the event loop of the process running the job. The errors
// and warnings come back as the parser gave them; the caller turns them into its refusal, as before.

export interface SeriesParseRequest {
  request: Pick<ImportRequest, 'source' | 'files'>;
  /** The countries table's alpha-2 → alpha-3 (WHO files name countries by alpha-2). */
  alpha2ToIso3: [string, string][];
  dates: DateBounds;
  maxErrors?: number;
}

/** A row of situation_series without its source: iso3, date, cumulative cases, cumulative deaths. */
export type SeriesRow = [string, string, number, number];

export type SeriesParseReply = { ok: true; rows: RowChunks<SeriesRow>; summary: ImportSummary; warnings: ParseWarning[] } | { ok: false; errors: ParseError[]; warnings: ParseWarning[] };

/** The parse on whichever thread calls it (the CLI's, which draws a progress bar from `onProgress`). */
export function parseSeries(input: SeriesParseRequest, onProgress?: ParseOptions['onProgress']): SeriesParseReply {
  const byAlpha2 = new Map(input.alpha2ToIso3);
  const parsed = parseImport(input.request as ImportRequest, (alpha2) => byAlpha2.get(alpha2) ?? null, { dates: input.dates, maxErrors: input.maxErrors, onProgress });
  if (!parsed.ok) return parsed;
  const { records, summary } = parsed.value;
  return { ok: true, rows: toRowChunks(records, (r): SeriesRow => [r.iso3, r.date, r.cumulativeCases, r.cumulativeDeaths]), summary, warnings: parsed.warnings };
}

export function parseSeriesInWorker(input: SeriesParseRequest): Promise<SeriesParseReply> {
  return runInWorker<SeriesParseRequest, SeriesParseReply>(import.meta.url, input, { timeoutMs: 10 * 60_000 });
}

serveInWorker<SeriesParseRequest, SeriesParseReply>(import.meta.url, (input) => ({ result: parseSeries(input) }));
