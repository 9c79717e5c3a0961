import type { AnalysisResult } from '../../../core/genome/analysis-result';
import { formatTsvHeader, formatTsvRow, TSV_COLUMNS } from '../../../core/genome/output/format-tsv';
import {
  formatAaDeletion,
  formatAaSubstitution,
  formatCharacterRange,
  formatFrameShift,
  formatInsertion,
  formatRange,
  formatSubstitution,
} from '../../../core/genome/output/format-values';
import { METADATA_COLUMNS, type GenomeDetail, type GenomeSummary } from '../../../shared/schemas/research';
import type { ResearchGenomesTable } from './research.tables';

// Stored genome rows turned into what the API and the downloads show.

type SummaryRow = Pick<
  ResearchGenomesTable,
  'strain' | 'collection_date' | 'country' | 'host' | 'originating_lab' | 'submitting_lab' | 'status' | 'clade' | 'qc_status' | 'total_substitutions' | 'total_deletions' | 'total_insertions' | 'total_missing'
> & { id: number };

export function toGenomeSummary(r: SummaryRow): GenomeSummary {
  return {
    id: r.id,
    strain: r.strain,
    collectionDate: r.collection_date,
    country: r.country,
    host: r.host,
    originatingLab: r.originating_lab,
    submittingLab: r.submitting_lab,
    status: r.status as GenomeSummary['status'],
    clade: r.clade,
    'qc.overallStatus': r.qc_status as GenomeSummary['qc.overallStatus'],
    totalSubstitutions: r.total_substitutions,
    totalDeletions: r.total_deletions,
    totalInsertions: r.total_insertions,
    totalMissing: r.total_missing,
  };
}

export function parseAnalysis(text: string | null): AnalysisResult | null {
  return text === null ? null : (JSON.parse(text) as AnalysisResult);
}

export function toGenomeDetail(r: SummaryRow & { submission_id: number; sequence: string; analysis: string | null }): GenomeDetail {
  const a = parseAnalysis(r.analysis);
  return {
    ...toGenomeSummary(r),
    submissionId: r.submission_id,
    length: r.sequence.length,
    substitutions: a?.substitutions.map(formatSubstitution) ?? [],
    deletions: a?.deletions.map(formatRange) ?? [],
    insertions: a?.insertions.map(formatInsertion) ?? [],
    aaSubstitutions: a?.aaSubstitutions.map(formatAaSubstitution) ?? [],
    aaDeletions: a?.aaDeletions.map(formatAaDeletion) ?? [],
    frameShifts: a?.frameShifts.map(formatFrameShift) ?? [],
    missing: a?.missing.map(formatRange) ?? [],
    nonACGTNs: a?.nonACGTNs.map(formatCharacterRange) ?? [],
    alignmentStart: a?.alignmentStart ?? null,
    alignmentEnd: a?.alignmentEnd ?? null,
    errors: a?.errors ?? [],
    analysis: a as unknown as Record<string, unknown> | null,
  };
}

// ---- downloads ----

type DownloadRow = SummaryRow & { sequence: string; analysis: string | null };

function cell(value: string): string {
  return /[\t\n\r"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const metadataCells = (r: DownloadRow): string[] => [r.strain, r.collection_date, r.country, r.host, r.originating_lab, r.submitting_lab];

export const DOWNLOAD = {
  fasta: {
    contentType: 'text/x-fasta; charset=utf-8',
    extension: 'fasta',
    header: null,
    row: (r: DownloadRow) => `>${r.strain}\n${r.sequence}\n`,
  },
  tsv: {
    contentType: 'text/tab-separated-values; charset=utf-8',
    extension: 'tsv',
    header: `${[...METADATA_COLUMNS, formatTsvHeader()].join('\t')}\n`,
    row: (r: DownloadRow) => {
      const a = parseAnalysis(r.analysis);
      const analysis = a ? formatTsvRow(a) : TSV_COLUMNS.map((c) => (c === 'seqName' ? cell(r.strain) : '')).join('\t');
      return `${[...metadataCells(r).map(cell), analysis].join('\t')}\n`;
    },
  },
  ndjson: {
    contentType: 'application/x-ndjson; charset=utf-8',
    extension: 'ndjson',
    header: null,
    row: (r: DownloadRow) => {
      const meta = Object.fromEntries(METADATA_COLUMNS.map((c, i) => [c, metadataCells(r)[i]]));
      // The stored analysis is already JSON (written by JSON.stringify): spliced in, not parsed and written again.
      return `${JSON.stringify({ ...meta, status: r.status }).slice(0, -1)},"analysis":${r.analysis ?? 'null'}}\n`;
    },
  },
} as const;
