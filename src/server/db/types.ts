import type { Generated, Kysely, Transaction } from 'kysely';
import type { AidTables } from '../modules/aid/aid.tables';
import type { ConsularTables } from '../modules/consular/consular.tables';
import type { KnowledgeTables } from '../modules/knowledge/knowledge.tables';
import type { ResearchTables } from '../modules/research/research.tables';
import type { SituationTables } from '../modules/situation/situation.tables';

// The tables of every module, assembled in one interface for Kysely. Each module owns its tables:
// other modules reach them only through that module's service.
export interface UsersTable {
  id: Generated<number>;
  email: string;
  display_name: string;
  role: string;
  password_hash: string;
  partner_id: string | null;
  post_id: string | null;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  summary: string;
  request_id: string | null;
  correlation_id: string | null;
}

export interface CountriesTable {
  iso3: string;
  iso2: string;
  iso_numeric: string | null;
  name_en: string;
  name_zh: string;
  region: string | null;
  subregion: string | null;
  who_region: string | null;
  population: number | null;
  population_year: number | null;
  hospital_beds_per_thousand: number | null;
  median_age: number | null;
  aged_65_older: number | null;
  gdp_per_capita: number | null;
  life_expectancy: number | null;
  human_development_index: number | null;
}

export interface PartnersTable {
  id: string;
  kind: 'country' | 'organisation';
  iso3: string | null;
  acronym: string | null;
  name_en: string;
  name_zh: string;
  headquarters_iso3: string | null;
  member_iso3: string;
  created_at: string;
}

/** An import waiting for, or done by, the job queue (ADR 063). */
export interface ImportJobsTable {
  id: Generated<number>;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  /** The gzipped JSON input; dropped once the job has ended. */
  payload: Buffer | null;
  /** The Actor who sent it, as JSON: the import is audited as theirs. */
  actor: string;
  /** JSON: the result when done, the error (status and body) when failed, the last attempt's error while retried. */
  outcome: string | null;
  attempts: number;
  worker: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

interface FoundationTables {
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  countries: CountriesTable;
  partners: PartnersTable;
  import_jobs: ImportJobsTable;
}

// Each module declares its tables in modules/<module>/<module>.tables.ts and is listed here.
export interface Database extends FoundationTables, SituationTables, AidTables, ResearchTables, KnowledgeTables, ConsularTables {}

export type Db = Kysely<Database>;
/** Anything queries run on: the database itself or an open transaction. */
export type DbExecutor = Kysely<Database> | Transaction<Database>;
export type Dialect = 'sqlite' | 'postgres';
