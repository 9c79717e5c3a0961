import type { Generated } from 'kysely';

// The consular module's tables (migrations 070-consular, 071-consular-posts-citizens). Other modules reach them only through the consular service.

export interface ConsularCaseImportsTable {
  id: Generated<number>;
  rows: number;
  actor_label: string;
  imported_at: string;
}

/** A case imported into the home country, as the health authority reports it. */
export interface ConsularImportedCasesTable {
  id: Generated<number>;
  import_id: number;
  arrival_date: string;
  port_of_entry: string;
  flight: string;
  origin_iso3: string;
  passport_iso3: string;
  /** 1 for a student, 0 otherwise. */
  student: number;
  age_band: string;
}

/** An embassy or consulate general (migration 071); list columns hold JSON. */
export interface ConsularPostsTable {
  id: string;
  kind: 'embassy' | 'consulate';
  name_en: string;
  name_zh: string;
  host_iso3: string;
  city: string;
  time_zone: string;
  working_hours: string;
  covers: string;
  cities: string;
  phones: string;
  demo: number;
  updated_at: string;
}

/** A citizen abroad; the passport number only as "v1:iv:tag:ciphertext" (ADR 070). */
export interface ConsularCitizensTable {
  id: Generated<number>;
  post_id: string;
  /** The citizen's own account, when they registered themselves. */
  user_id: number | null;
  full_name: string;
  date_of_birth: string;
  passport_encrypted: string;
  status: string;
  school: string | null;
  programme: string | null;
  guardian_contact: string | null;
  host_iso3: string;
  city: string;
  phone: string;
  email: string | null;
  messaging_handle: string | null;
  consent_at: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface ConsularTables {
  consular_case_imports: ConsularCaseImportsTable;
  consular_imported_cases: ConsularImportedCasesTable;
  consular_posts: ConsularPostsTable;
  consular_citizens: ConsularCitizensTable;
}
