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
  clade: string | null;
  qc_status: string | null;
  total_substitutions: number | null;
  total_deletions: number | null;
  total_insertions: number | null;
  total_missing: number | null;
  submitted_by: number | null;
  created_at: string;
}

export interface ResearchGenomeMutationsTable {
  genome_id: number;
  kind: 'nuc' | 'aa';
  label: string;
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

export interface ResearchTables {
  research_submissions: ResearchSubmissionsTable;
  research_genomes: ResearchGenomesTable;
  research_genome_mutations: ResearchGenomeMutationsTable;
  research_access_log: ResearchAccessLogTable;
  research_access_daily: ResearchAccessDailyTable;
}
