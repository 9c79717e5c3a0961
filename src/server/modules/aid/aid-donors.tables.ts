import type { Generated } from 'kysely';

// Other donors' imports and flows (migration 031-aid-donor-imports, docs/decisions/046).

export interface AidDonorImportsTable {
  id: Generated<number>;
  format: string;
  file_name: string;
  sha256: string;
  bytes: number;
  activities: number;
  flows: number;
  /** JSON array of donor names. */
  donors: string;
  skipped_unknown_partner: number;
  skipped_unknown_item: number;
  imported_by: number | null;
  imported_by_label: string;
  imported_at: string;
}

export interface AidDonorFlowsTable {
  id: Generated<number>;
  import_id: number;
  donor: string;
  donor_ref: string | null;
  partner_id: string;
  item_id: string;
  /** 'delivery' | 'pledge' */
  kind: string;
  quantity: number;
  flow_date: string;
  reference: string | null;
  line: number;
}

export interface AidDonorTables {
  aid_donor_imports: AidDonorImportsTable;
  aid_donor_flows: AidDonorFlowsTable;
}
