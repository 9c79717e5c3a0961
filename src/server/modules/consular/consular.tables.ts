import type { Generated, GeneratedAlways } from 'kysely';

// The consular module's tables (migrations 070 to 078). Other modules reach them only through the consular service.

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

/** Calls the help desk took on a day, from the imported history (migration 077); post_id '' is the central hotline. */
export interface ConsularCallHistoryTable {
  day: string;
  post_id: string;
  calls: number;
  imported_at: string;
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

/** A help request (migration 072). */
export interface ConsularCasesTable {
  id: Generated<number>;
  post_id: string;
  citizen_id: number | null;
  caller_name: string;
  caller_phone: string;
  channel: string;
  topic: string;
  urgency: string;
  status: string;
  assigned_to: number | null;
  summary: string;
  first_response_due: string | null;
  resolution_due: string | null;
  first_response_at: string | null;
  resolved_at: string | null;
  /** Escalated to (migration 075): an officer of the post, e.g. its head. */
  escalated_to: Generated<number | null>;
  escalated_at: Generated<string | null>;
  escalation_reason: Generated<string | null>;
  /** Queue keys the database derives from the columns above (migration 078, ADR 073): never written. */
  queue_rank: GeneratedAlways<number>;
  next_due: GeneratedAlways<string>;
  sla_late: GeneratedAlways<number>;
  escalate_at: GeneratedAlways<string | null>;
  created_by: number | null;
  created_at: string;
  /** The post's local date at created_at (migration 079): the day the statistics count the case on. */
  local_day: string;
  updated_at: string;
}

/** A reply (the citizen sees it), an internal note (they do not), or the citizen's own message. */
export interface ConsularCaseMessagesTable {
  id: Generated<number>;
  case_id: number;
  kind: 'reply' | 'note' | 'citizen';
  body: string;
  author_id: number | null;
  author_label: string;
  created_at: string;
}

/** An advisory (migration 073); its text lives in its versions. */
export interface ConsularAdvisoriesTable {
  id: Generated<number>;
  post_id: string;
  audience: 'post' | 'students' | 'city';
  city: string | null;
  current_version: number;
  published_version: number | null;
  published_at: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface ConsularAdvisoryVersionsTable {
  id: Generated<number>;
  advisory_id: number;
  version: number;
  title_en: string;
  title_zh: string;
  body_en: string;
  body_zh: string;
  author_label: string;
  created_at: string;
}

export interface ConsularAdvisoryDeliveriesTable {
  id: Generated<number>;
  advisory_id: number;
  version: number;
  citizen_id: number;
  sent_at: string;
  opened_at: string | null;
}

/** Health kits (migration 074). `contents` is a JSON list. */
export interface ConsularKitTypesTable {
  id: string;
  name_en: string;
  name_zh: string;
  contents: string;
}

export interface ConsularKitStockTable {
  post_id: string;
  kit_type_id: string;
  quantity: number;
  updated_at: string;
}

export interface ConsularKitRoundsTable {
  id: Generated<number>;
  post_id: string;
  kit_type_id: string;
  name: string;
  students_only: number;
  created_by: number | null;
  created_at: string;
}

export interface ConsularKitAllocationsTable {
  id: Generated<number>;
  round_id: number;
  citizen_id: number;
  status: 'allocated' | 'picked_up' | 'delivered';
  allocated_by: number | null;
  allocated_at: string;
  handed_over_at: string | null;
}

export interface ConsularTables {
  consular_cases: ConsularCasesTable;
  consular_case_messages: ConsularCaseMessagesTable;
  consular_case_imports: ConsularCaseImportsTable;
  consular_imported_cases: ConsularImportedCasesTable;
  consular_call_history: ConsularCallHistoryTable;
  consular_posts: ConsularPostsTable;
  consular_citizens: ConsularCitizensTable;
  consular_advisories: ConsularAdvisoriesTable;
  consular_advisory_versions: ConsularAdvisoryVersionsTable;
  consular_advisory_deliveries: ConsularAdvisoryDeliveriesTable;
  consular_kit_types: ConsularKitTypesTable;
  consular_kit_stock: ConsularKitStockTable;
  consular_kit_rounds: ConsularKitRoundsTable;
  consular_kit_allocations: ConsularKitAllocationsTable;
}
