import type { Generated } from 'kysely';

// The consular module's tables (migration 070-consular). Other modules reach them only through the consular service.

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

export interface ConsularTables {
  consular_case_imports: ConsularCaseImportsTable;
  consular_imported_cases: ConsularImportedCasesTable;
}
