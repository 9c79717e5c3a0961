import { parseImportedCases } from '../../../core/consular/imported-cases-parse';
import type { ParseError } from '../../../core/situation-import/parse-result';
import type { ImportedCasesSummary } from '../../../shared/schemas/consular';
import { runInWorker, serveInWorker } from '../run-in-worker';
import { toRowChunks, type RowChunks } from './row-chunks';

// The consular imported-cases file (up to 20 MB, some 400,000 cases) parsed and checked in a worker thread
// (issue 12, ADR 063): the errors come back as the parser gave them, the rows as chunks to write.

export interface ImportedCasesParseRequest {
  text: string;
  /** ISO3 codes of the countries table. */
  countries: string[];
}

/** A row of consular_imported_cases without its import: arrival date, port of entry, flight, origin, passport, student (1/0), age band. */
export type ImportedCaseRow = [string, string, string, string, string, 0 | 1, string];

export type ImportedCasesParseReply = { ok: true; rows: RowChunks<ImportedCaseRow>; summary: ImportedCasesSummary } | { ok: false; errors: ParseError[] };

export function parseCases(input: ImportedCasesParseRequest): ImportedCasesParseReply {
  const known = new Set(input.countries);
  const parsed = parseImportedCases(input.text, { isCountry: (iso3) => known.has(iso3) });
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const cases = parsed.value;
  const dates = cases.map((c) => c.arrivalDate).sort();
  const summary = { imported: cases.length, firstDate: dates[0], lastDate: dates[dates.length - 1] };
  const rows = toRowChunks(cases, (c): ImportedCaseRow => [c.arrivalDate, c.portOfEntry, c.flight, c.originIso3, c.passportIso3, c.student ? 1 : 0, c.ageBand]);
  return { ok: true, rows, summary };
}

export function parseCasesInWorker(input: ImportedCasesParseRequest): Promise<ImportedCasesParseReply> {
  return runInWorker<ImportedCasesParseRequest, ImportedCasesParseReply>(import.meta.url, input, { timeoutMs: 10 * 60_000 });
}

serveInWorker<ImportedCasesParseRequest, ImportedCasesParseReply>(import.meta.url, (input) => ({ result: parseCases(input) }));
