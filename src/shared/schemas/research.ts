import { z } from 'zod';
import { parseMutationLabel } from '../../core/genome/mutation-label';
import { Iso3Schema, IsoDateSchema, MAX_ID, OffsetSchema } from './common';

// The research module's payloads: genome submissions, search, downloads and access statistics.
// Analysis fields keep Nextclade's column names (clade, qc.overallStatus, substitutions, ...).

export const METADATA_COLUMNS = ['strain', 'date', 'country', 'host', 'originating_lab', 'submitting_lab'] as const;
export const QC_STATUSES = ['good', 'mediocre', 'bad'] as const;
export const DOWNLOAD_FORMATS = ['fasta', 'tsv', 'ndjson'] as const;

export const SubmissionSchema = z.object({
  fasta: z.string().min(1, 'expected the FASTA text'),
  metadata: z.string().min(1, 'expected the metadata TSV text'),
});
export type Submission = z.infer<typeof SubmissionSchema>;

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export const JobStatusSchema = z.object({
  id: z.number().int(),
  status: z.enum(JOB_STATUSES),
  total: z.number().int(),
  analysed: z.number().int(),
  failed: z.number().int(),
  /** Genomes not analysed yet: after a failed job, what a retry analyses (with the failed ones). */
  pending: z.number().int(),
  errors: z.array(z.string()),
  /** The first strains of the submission (at most SUBMISSION_STRAINS_SHOWN), to recognise it by. */
  strains: z.array(z.string()),
  submittedBy: z.number().int().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type JobStatus = z.infer<typeof JobStatusSchema>;
export const SUBMISSION_STRAINS_SHOWN = 3;

/** A researcher's own submissions, newest first (an admin's: everyone's). */
export const SubmissionPageSchema = z.object({ submissions: z.array(JobStatusSchema), total: z.number().int() });
export type SubmissionPage = z.infer<typeof SubmissionPageSchema>;

export const GenomeSummarySchema = z.object({
  id: z.number().int(),
  strain: z.string(),
  collectionDate: z.string(),
  country: z.string(),
  host: z.string(),
  originatingLab: z.string(),
  submittingLab: z.string(),
  status: z.enum(['pending', 'analysed', 'failed']),
  clade: z.string().nullable(),
  'qc.overallStatus': z.enum(QC_STATUSES).nullable(),
  totalSubstitutions: z.number().int().nullable(),
  totalDeletions: z.number().int().nullable(),
  totalInsertions: z.number().int().nullable(),
  totalMissing: z.number().int().nullable(),
});
export type GenomeSummary = z.infer<typeof GenomeSummarySchema>;

export const GenomeDetailSchema = GenomeSummarySchema.extend({
  submissionId: z.number().int(),
  length: z.number().int(),
  substitutions: z.array(z.string()),
  deletions: z.array(z.string()),
  insertions: z.array(z.string()),
  aaSubstitutions: z.array(z.string()),
  aaDeletions: z.array(z.string()),
  frameShifts: z.array(z.string()),
  missing: z.array(z.string()),
  nonACGTNs: z.array(z.string()),
  alignmentStart: z.number().int().nullable(),
  alignmentEnd: z.number().int().nullable(),
  errors: z.array(z.string()),
  /** The full analysis result (the NDJSON record), null until analysed. */
  analysis: z.record(z.string(), z.unknown()).nullable(),
});
export type GenomeDetail = z.infer<typeof GenomeDetailSchema>;

// What a genome can be searched by, in Nextclade's text forms: a substitution C241T; a deletion
// del:11288-11296, 11288-11296 or a single base 28271 (the prefix "del:" optional); an insertion
// 22205:CGGCAGGCT ("ins:" optional; numbered by the reference base it follows); an amino-acid change
// S:D614G, S:H69- (deletion), ORF1a:T265I.
/**
 * A mutation to search by, as typed (C241T, s:d614g, 11288-11296, 22205:CGGCAGGCT), read once into the label
 * genomes are indexed by (core/genome/mutation-label.ts); the service gives an amino-acid label's gene the
 * dataset's case.
 */
export const MutationSchema = z
  .string()
  .trim()
  .max(200)
  .transform((s, ctx) => {
    const parsed = parseMutationLabel(s);
    if (parsed.ok) return parsed.label;
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  });

/** What a search and a download both filter by. */
const GenomeFilterFieldsSchema = z.object({
  mutation: MutationSchema.optional(),
  clade: z.string().trim().max(80).optional(),
  country: Iso3Schema.optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  qc: z.enum(QC_STATUSES).optional(),
});

export const GenomeSearchSchema = GenomeFilterFieldsSchema.extend({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: OffsetSchema,
  after: z.coerce.number().int().min(0).max(MAX_ID).optional().describe('a genome id: the page of genomes after it (keyset paging; offset is then ignored)'),
}).refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['to'] });
export type GenomeSearch = z.infer<typeof GenomeSearchSchema>;
export type GenomeFilters = Omit<GenomeSearch, 'limit' | 'offset' | 'after'>;

export const GenomePageSchema = z.object({ genomes: z.array(GenomeSummarySchema), total: z.number().int() });
export type GenomePage = z.infer<typeof GenomePageSchema>;

export const DownloadQuerySchema = GenomeFilterFieldsSchema.extend({
  format: z.enum(DOWNLOAD_FORMATS),
  includeFailed: z.stringbool().optional().describe('also the genomes whose analysis failed (left out by default)'),
});
export type DownloadQuery = z.infer<typeof DownloadQuerySchema>;

/** A visit of a research page that reads nothing from the research API (submit, analyse in the browser). */
export const PageVisitSchema = z.object({ path: z.string().regex(/^\/research(\/[A-Za-z0-9/_-]*)?$/, 'expected a research page path such as /research/analyse').max(200) });
export type PageVisit = z.infer<typeof PageVisitSchema>;

export const StatsQuerySchema = z.object({ from: IsoDateSchema.optional(), to: IsoDateSchema.optional() });
export type StatsQuery = z.infer<typeof StatsQuerySchema>;

export const AccessStatsSchema = z.object({
  visitors: z.number().int(),
  visits: z.number().int(),
  countries: z.number().int(),
  downloads: z.number().int(),
  genomesDownloaded: z.number().int(),
  series: z.array(z.object({ date: z.string(), visits: z.number().int(), visitors: z.number().int(), downloads: z.number().int() })),
  byCountry: z.array(z.object({ country: z.string().nullable(), isoNumeric: z.string().nullable(), visitors: z.number().int(), visits: z.number().int(), downloads: z.number().int() })),
});
export type AccessStats = z.infer<typeof AccessStatsSchema>;

export const DatasetGenesSchema = z.object({
  name: z.string(),
  referenceName: z.string(),
  referenceLength: z.number().int(),
  /** 1-based, closed, like the annotation. */
  genes: z.array(z.object({ name: z.string(), start: z.number().int(), end: z.number().int(), strand: z.enum(['+', '-']) })),
});
export type DatasetGenes = z.infer<typeof DatasetGenesSchema>;

/** tree.json is optional: a dataset without one answers 404 for it (ADR 013). */
export const DATASET_FILE_NAMES = ['reference.fasta', 'genome_annotation.gff3', 'clades.tsv', 'qc.json', 'tree.json'] as const;
export const DatasetFileParamsSchema = z.object({ file: z.enum(DATASET_FILE_NAMES) });

export const MetadataRowSchema = z.object({
  strain: z.string().min(1),
  date: IsoDateSchema,
  country: Iso3Schema,
  host: z.string(),
  originating_lab: z.string(),
  submitting_lab: z.string(),
});
export type MetadataRow = z.infer<typeof MetadataRowSchema>;

/** Stored analyses against the analyser and dataset of now (ADR 014). */
export const ReanalysisStatusSchema = z.object({
  version: z.string().describe('the analyser version and dataset digest new analyses are stored under'),
  stale: z.number().int().describe('stored analyses (good or failed) made under another version'),
  total: z.number().int().describe('stored analyses'),
});
export type ReanalysisStatus = z.infer<typeof ReanalysisStatusSchema>;
