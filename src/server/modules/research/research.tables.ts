import type { Generated } from 'kysely';

// The research module's tables (migrations 004-research, 007-research-access-bounds).

export interface ResearchSubmissionsTable {
  id: Generated<number>;
  status: string;
  total: number;
  analysed: number;
  failed: number;
  /** JSON array of messages. */
  errors: string;
  submitted_by: number | null;
  created_at: string;
  finished_at: string | null;
}

export interface ResearchGenomesTable {
  id: Generated<number>;
  submission_id: number;
  strain: string;
  collection_date: string;
  country: string;
  host: string;
  originating_lab: string;
  submitting_lab: string;
  sequence: string;
  status: string;
  /** The analysis result as JSON (the NDJSON record); null until analysed. */
  analysis: string | null;
  /** Migration 052: the analyser's version and dataset digest the analysis was made under (ADR 014); null before. */
  analysis_version: string | null;
  clade: string | null;
  qc_status: string | null;
  total_substitutions: number | null;
  total_deletions: number | null;
  total_insertions: number | null;
  total_missing: number | null;
  submitted_by: number | null;
  created_at: string;
}

/** Migration 051: analysed genomes by country and collection date, kept by triggers (ADR 050). */
export interface ResearchGenomeDayCountsTable {
  country: string;
  collection_date: string;
  analysed: number;
}

export interface ResearchGenomeMutationsTable {
  genome_id: number;
  kind: 'nuc' | 'aa';
  label: string;
  /** The genome's country and collection date (migration 007), so that trends count carriers from labels alone. */
  country: string | null;
  collection_date: string | null;
}

export interface ResearchAccessLogTable {
  id: Generated<number>;
  at: string;
  kind: 'visit' | 'download';
  visitor: string;
  country: string | null;
  path: string;
  format: string | null;
  count: number;
  /** `<visitor>:<date>` for a visit, so that a visitor's visits of one day are one row; null for a download. */
  visit_key: string | null;
}

/** What is kept of the access log past its retention: one row per day and visitor country ('' for none). */
export interface ResearchAccessDailyTable {
  date: string;
  country: string;
  /** Distinct visitors of that day (past the retention a visitor counts once per day). */
  visitors: number;
  visits: number;
  downloads: number;
  genomes: number;
}

// Migration 007-research-vaccines: the vaccine R&D tracker.
export interface ResearchVaccineCandidatesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  route: string;
  /** The candidate as JSON (VaccineCandidateInput). */
  record: string;
  updated_at: string;
  updated_by: number | null;
}

export interface ResearchVaccineProposalsTable {
  id: Generated<number>;
  candidate_id: number | null;
  status: 'pending' | 'published' | 'rejected';
  /** The proposed candidate as JSON (VaccineCandidateInput). */
  record: string;
  comment: string;
  proposed_by: number | null;
  proposed_at: string;
  reviewed_by: number | null;
  reviewed_at: string | null;
  review_note: string | null;
}

export interface ResearchTables {
  research_submissions: ResearchSubmissionsTable;
  research_genomes: ResearchGenomesTable;
  research_genome_mutations: ResearchGenomeMutationsTable;
  research_genome_day_counts: ResearchGenomeDayCountsTable;
  research_access_log: ResearchAccessLogTable;
  research_vaccine_candidates: ResearchVaccineCandidatesTable;
  research_vaccine_proposals: ResearchVaccineProposalsTable;
  research_access_daily: ResearchAccessDailyTable;
  research_results: ResearchResultsTable;
  research_result_versions: ResearchResultVersionsTable;
  research_result_facets: ResearchResultFacetsTable;
  research_results_search: ResearchResultsSearchTable;
}

// Migration 050-research-results: the research-results exchange (ADR 052).
export interface ResearchResultsTable {
  id: Generated<number>;
  status: 'draft' | 'pending' | 'published' | 'rejected' | 'withdrawn';
  kind: string;
  /** The published version's title, else the latest's (or the import's), for listings. */
  title: string;
  /** The published record's date (YYYY-MM or YYYY-MM-DD), for the date filter and ordering. */
  date: string | null;
  /** The DOI in lower case, to refuse a second result of one DOI. */
  doi_key: string | null;
  latest_version: number;
  /** Null until a moderator first publishes it: the result is then visible to its author and moderators only. */
  published_version: number | null;
  submitted_by: number | null;
  created_at: string;
  published_at: string | null;
  updated_at: string;
  withdrawn_at: string | null;
  withdrawal_notice: string | null;
}

export interface ResearchResultVersionsTable {
  id: Generated<number>;
  result_id: number;
  version: number;
  status: 'draft' | 'pending' | 'published' | 'superseded' | 'rejected';
  /** The record as JSON: a ResultRecord, or a ResultStub while the status is draft. */
  record: string;
  change_note: string;
  submitted_by: number | null;
  submitted_at: string;
  reviewed_by: number | null;
  reviewed_at: string | null;
  review_note: string | null;
}

export interface ResearchResultFacetsTable {
  result_id: number;
  facet: string;
  value: string;
}

export interface ResearchResultsSearchTable {
  result_id: number;
  body: string;
}
