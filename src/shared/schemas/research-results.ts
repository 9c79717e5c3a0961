import { z } from 'zod';
import { checkResultRecord } from '../../core/results/check-result';
import { normaliseDoi, registryIdProblem } from '../../core/results/identifiers';
import { EFFECT_MEASURES } from '../../core/results/result-record';
import { Iso3Schema, MAX_ID } from './common';
import { TRIAL_PHASES, VACCINE_MODERATORS } from './research-vaccines';

// The research-results exchange (issue 16): papers, preprints, datasets, protocols and early clinical-trial
// results, submitted by researchers, published by a moderator, corrected by new versions, withdrawn with a
// notice; searched by facet and exported as BibTeX, RIS, CSL-JSON, CSV and Atom.

export const RESULT_KINDS = ['paper', 'preprint', 'dataset', 'protocol', 'trial-result'] as const;
export const RESULT_STATUSES = ['draft', 'pending', 'published', 'rejected', 'withdrawn'] as const;
export const VERSION_STATUSES = ['draft', 'pending', 'published', 'superseded', 'rejected'] as const;
export const TRIAL_STATUSES = ['recruiting', 'active', 'completed', 'terminated', 'suspended'] as const;
export const ALLOCATIONS = ['randomised', 'non-randomised', 'single-arm'] as const;
export const MASKINGS = ['open-label', 'single-blind', 'double-blind'] as const;
export const LICENCES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-ND-4.0', 'CC0-1.0', 'all-rights-reserved', 'other'] as const;
export const RESULT_LANGUAGES = ['en', 'zh', 'fr', 'es', 'ar', 'ru', 'pt', 'de', 'other'] as const;
export { EFFECT_MEASURES, TRIAL_PHASES };
/** Who publishes, rejects and withdraws others' results: the vaccine tracker's moderators (ADR 051). */
export const RESULT_MODERATORS = VACCINE_MODERATORS;
export const RESULT_EXPORT_FORMATS = ['bibtex', 'ris', 'csl', 'csv'] as const;
export type ResultExportFormat = (typeof RESULT_EXPORT_FORMATS)[number];

const text = (max: number) => z.string().trim().min(1, 'required').max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => s || undefined);
const PartialDateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'expected a date as YYYY-MM or YYYY-MM-DD');
/** A lower-case term people search by: "corticosteroids", "remdesivir". */
const TermSchema = z
  .string()
  .trim()
  .min(2, 'at least 2 characters')
  .max(80)
  .transform((s) => s.toLowerCase());

export const RegistryIdSchema = z
  .string()
  .trim()
  .superRefine((id, ctx) => {
    const problem = registryIdProblem(id);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const DoiSchema = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const doi = normaliseDoi(s);
    if (doi === null) {
      ctx.addIssue({ code: 'custom', message: 'expected a DOI such as 10.1056/NEJMoa2021436' });
      return z.NEVER;
    }
    return doi;
  });

const EstimateSchema = z.number().finite().min(-1e6).max(1e6);

export const OutcomeSchema = z.object({
  name: text(300),
  primary: z.boolean(),
  measure: z.enum(EFFECT_MEASURES, { message: `expected a measure: ${EFFECT_MEASURES.join(', ')}` }),
  estimate: EstimateSchema,
  lower: EstimateSchema,
  upper: EstimateSchema,
  level: z.number().min(0.5).max(0.999).default(0.95),
  timepoint: optionalText(100),
});

export const ArmSchema = z.object({
  label: text(200),
  intervention: text(500),
  size: z.number().int().min(0).max(10_000_000),
  control: z.boolean(),
});

export const TrialSchema = z.object({
  phase: z.enum(TRIAL_PHASES, { message: `expected a phase: ${TRIAL_PHASES.join(', ')}` }),
  allocation: z.enum(ALLOCATIONS),
  masking: z.enum(MASKINGS),
  status: z.enum(TRIAL_STATUSES),
  countries: z.array(Iso3Schema).max(100),
  arms: z.array(ArmSchema).min(1, 'a trial has at least one arm').max(30),
  outcomes: z.array(OutcomeSchema).max(50),
  summary: z.string().trim().max(5000),
});

export const AuthorSchema = z.object({ name: text(200), affiliation: z.string().trim().max(300), country: Iso3Schema });

export const ResultRecordSchema = z
  .object({
    kind: z.enum(RESULT_KINDS, { message: `expected a kind: ${RESULT_KINDS.join(', ')}` }),
    title: text(500),
    titleZh: optionalText(500),
    abstract: text(20_000),
    abstractZh: optionalText(20_000),
    authors: z.array(AuthorSchema).min(1, 'at least one author').max(500),
    doi: DoiSchema.optional(),
    registryIds: z.array(RegistryIdSchema).max(10),
    date: PartialDateSchema,
    licence: z.enum(LICENCES),
    language: z.enum(RESULT_LANGUAGES),
    journal: optionalText(300),
    url: z.url({ protocol: /^https?$/, message: 'expected an http(s) address' }).max(1000).optional(),
    topics: z.array(TermSchema).max(30),
    interventions: z.array(TermSchema).max(30),
    /** Genomes of the repository the result uses (their ids). */
    genomes: z.array(z.number().int().positive().max(MAX_ID)).max(1000),
    trial: TrialSchema.optional(),
    /** False while any figure was not checked against the publication (seeded records written from memory). */
    verified: z.boolean().default(true),
    note: optionalText(2000),
  })
  .superRefine((record, ctx) => {
    for (const issue of checkResultRecord(record)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type ResultRecord = z.infer<typeof ResultRecordSchema>;
export type ResultRecordInput = z.input<typeof ResultRecordSchema>;

/** A stored record as the API answers it: the same fields, without the input's trimming and checks (responses are encoded, not parsed). */
const s = z.string();
export const ResultRecordOutSchema = z.object({
  kind: z.enum(RESULT_KINDS),
  title: s,
  titleZh: s.optional(),
  abstract: s,
  abstractZh: s.optional(),
  authors: z.array(z.object({ name: s, affiliation: s, country: s })),
  doi: s.optional(),
  registryIds: z.array(s),
  date: s,
  licence: z.enum(LICENCES),
  language: z.enum(RESULT_LANGUAGES),
  journal: s.optional(),
  url: s.optional(),
  topics: z.array(s),
  interventions: z.array(s),
  genomes: z.array(z.number().int()),
  trial: z
    .object({
      phase: z.enum(TRIAL_PHASES),
      allocation: z.enum(ALLOCATIONS),
      masking: z.enum(MASKINGS),
      status: z.enum(TRIAL_STATUSES),
      countries: z.array(s),
      arms: z.array(z.object({ label: s, intervention: s, size: z.number().int(), control: z.boolean() })),
      outcomes: z.array(z.object({ name: s, primary: z.boolean(), measure: z.enum(EFFECT_MEASURES), estimate: z.number(), lower: z.number(), upper: z.number(), level: z.number(), timepoint: s.optional() })),
      summary: s,
    })
    .optional(),
  verified: z.boolean(),
  note: s.optional(),
});

/** What an import knows of a result before its author completes it: a DOI, or what a RIS/BibTeX entry held. */
export const ResultStubSchema = z.object({
  title: z.string().max(500).optional(),
  doi: z.string().max(300).optional(),
  authors: z.array(z.string().max(200)).max(500).default([]),
  date: z.string().max(10).optional(),
  journal: z.string().max(300).optional(),
  abstract: z.string().max(20_000).optional(),
  url: z.string().max(1000).optional(),
  source: z.enum(['doi', 'ris', 'bibtex']),
});
export type ResultStub = z.infer<typeof ResultStubSchema>;

export const ResultSubmitSchema = z.object({ record: ResultRecordSchema, changeNote: z.string().trim().max(2000).default('') });
export type ResultSubmit = z.infer<typeof ResultSubmitSchema>;

export const ResultVersionSchema = z.object({
  version: z.number().int(),
  status: z.enum(VERSION_STATUSES),
  changeNote: z.string(),
  submittedBy: z.number().int().nullable(),
  submittedAt: z.string(),
  reviewedBy: z.number().int().nullable(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().nullable(),
});
export type ResultVersion = z.infer<typeof ResultVersionSchema>;

export const ResultDetailSchema = z.object({
  id: z.number().int(),
  status: z.enum(RESULT_STATUSES),
  /** The version shown: the published one, or (to its author and moderators) the latest when none is. */
  version: z.number().int(),
  record: ResultRecordOutSchema.nullable(),
  /** An imported result not yet completed by its author. */
  stub: ResultStubSchema.nullable(),
  versions: z.array(ResultVersionSchema),
  submittedBy: z.number().int().nullable(),
  publishedAt: z.string().nullable(),
  withdrawal: z.object({ notice: z.string(), at: z.string() }).nullable(),
  /** Whether the caller may submit a correction or withdraw it (its author or a moderator). */
  canEdit: z.boolean(),
  canModerate: z.boolean(),
});
export type ResultDetail = z.infer<typeof ResultDetailSchema>;

export const ResultSummarySchema = z.object({
  id: z.number().int(),
  status: z.enum(RESULT_STATUSES),
  kind: z.enum(RESULT_KINDS),
  title: z.string(),
  titleZh: z.string().nullable(),
  authors: z.array(z.string()),
  countries: z.array(z.string()),
  date: z.string().nullable(),
  doi: z.string().nullable(),
  registryIds: z.array(z.string()),
  phase: z.string().nullable(),
  interventions: z.array(z.string()),
  verified: z.boolean(),
});
export type ResultSummary = z.infer<typeof ResultSummarySchema>;

export const RESULT_FACETS = ['kind', 'topic', 'country', 'phase', 'intervention'] as const;
export type ResultFacet = (typeof RESULT_FACETS)[number];

export const ResultsQuerySchema = z.object({
  kind: z.enum(RESULT_KINDS).optional(),
  topic: TermSchema.optional(),
  country: Iso3Schema.optional(),
  phase: z.enum(TRIAL_PHASES).optional(),
  intervention: TermSchema.optional(),
  /** Dated on or after / before, as YYYY-MM or YYYY-MM-DD. */
  from: PartialDateSchema.optional(),
  to: PartialDateSchema.optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(MAX_ID).default(0),
});
export type ResultsQuery = z.infer<typeof ResultsQuerySchema>;
export type ResultsFilter = Omit<ResultsQuery, 'limit' | 'offset'>;

const FacetCountsSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));
export const ResultsPageSchema = z.object({
  results: z.array(ResultSummarySchema),
  total: z.number().int(),
  /** For each facet, its values among the results found, most frequent first. */
  facets: z.object({ kind: FacetCountsSchema, topic: FacetCountsSchema, country: FacetCountsSchema, phase: FacetCountsSchema, intervention: FacetCountsSchema }),
});
export type ResultsPage = z.infer<typeof ResultsPageSchema>;

export const MyResultsSchema = z.object({ results: z.array(ResultSummarySchema) });
export const PendingVersionsSchema = z.object({
  pending: z.array(z.object({ id: z.number().int(), version: z.number().int(), title: z.string(), kind: z.enum(RESULT_KINDS), changeNote: z.string(), submittedBy: z.number().int().nullable(), submittedAt: z.string(), correction: z.boolean() })),
});
export type PendingVersions = z.infer<typeof PendingVersionsSchema>;

export const ResultExportQuerySchema = ResultsQuerySchema.omit({ limit: true, offset: true }).extend({ format: z.enum(RESULT_EXPORT_FORMATS) });
export const ResultCiteQuerySchema = z.object({ format: z.enum(RESULT_EXPORT_FORMATS) });
export const ResultVersionParamsSchema = z.object({ id: z.coerce.number().int().positive().max(MAX_ID), version: z.coerce.number().int().positive().max(10_000) });
export const ReviewNoteSchema = z.object({ note: z.string().trim().max(2000).default('') });
export const WithdrawSchema = z.object({ notice: text(2000) });

export const CompareQuerySchema = z.object({ intervention: TermSchema, primaryOnly: z.enum(['true', 'false']).default('false') });
export const ComparedOutcomeSchema = z.object({
  resultId: z.number().int(),
  title: z.string(),
  registryId: z.string().nullable(),
  phase: z.string(),
  allocation: z.string(),
  status: z.string(),
  participants: z.number().int(),
  outcome: z.string(),
  primary: z.boolean(),
  measure: z.enum(EFFECT_MEASURES),
  estimate: z.number(),
  lower: z.number(),
  upper: z.number(),
  level: z.number(),
  direction: z.enum(['below', 'above', 'crosses']),
});
export const ComparisonSchema = z.object({ intervention: z.string(), outcomes: z.array(ComparedOutcomeSchema) });
export type Comparison = z.infer<typeof ComparisonSchema>;

export const IMPORT_FORMATS = ['doi', 'ris', 'bibtex'] as const;
export const ResultImportSchema = z.object({ format: z.enum(IMPORT_FORMATS), text: z.string().min(1, 'required').max(2_000_000) });
export type ResultImport = z.infer<typeof ResultImportSchema>;
export const ResultImportedSchema = z.object({ created: z.array(z.number().int()), skipped: z.array(z.object({ entry: z.number().int(), reason: z.string() })) });
export type ResultImported = z.infer<typeof ResultImportedSchema>;
