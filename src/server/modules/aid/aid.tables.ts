import type { Generated } from 'kysely';
import type { AidDonorTables } from './aid-donors.tables';

// The aid module's tables (migrations 003-aid, 005-aid-pledges, 007-aid-shipments, 030-aid-technical-assistance). Other modules reach them only through the aid services.

export interface AidItemsTable {
  id: string;
  name_en: string;
  name_zh: string;
  unit: string;
  pack_size: number;
  pack_weight_kg: number;
  pack_volume_m3: number;
  value: number;
  /** Money value of one unit in the IATI export's currency (migration 007); null when not recorded. */
  unit_value: number | null;
  updated_at: string;
}

export interface AidSupplyTable {
  item_id: string;
  stock_on_hand: number;
  weekly_incoming: number;
  committed: number;
  reserve_floor: number;
  updated_at: string;
}

/** Module settings as JSON values under a key (the reserve settings live under 'reserve'). */
export interface AidSettingsTable {
  key: string;
  value: string;
}

export interface AidRequestsTable {
  id: Generated<number>;
  partner_id: string;
  status: string;
  needed_by: string;
  justification: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface AidRequestLinesTable {
  id: Generated<number>;
  request_id: number;
  item_id: string;
  quantity: number;
}

export interface AidRequestCommentsTable {
  id: Generated<number>;
  request_id: number;
  author_id: number | null;
  author_label: string;
  body: string;
  created_at: string;
}

export interface AidBatchesTable {
  id: Generated<number>;
  number: number;
  batch_date: string;
  approved_by: number | null;
  approved_by_label: string;
  approved_at: string;
  supply_fingerprint: string;
  objective: number;
  options: string;
}

export interface AidBatchAllocationsTable {
  id: Generated<number>;
  batch_id: number;
  partner_id: string;
  request_id: number | null;
  item_id: string;
  quantity: number;
  packs: number;
}

/** Other donors' pledges to a partner (migration 005-aid-pledges). */
export interface AidPledgesTable {
  id: Generated<number>;
  partner_id: string;
  item_id: string;
  quantity: number;
  donor: string;
  expected_date: string;
  created_by: number | null;
  created_by_label: string;
  created_at: string;
}

/** One approved batch's goods for one recipient (migration 007-aid-shipments, docs/decisions/038). */
export interface AidConsignmentsTable {
  id: Generated<number>;
  batch_id: number;
  partner_id: string;
  number: string;
  status: string;
  mode: string | null;
  carrier: string | null;
  voyage: string | null;
  departure_airport: string | null;
  arrival_airport: string | null;
  planned_departure: string | null;
  planned_arrival: string | null;
  /** What became of what did not arrive: 'returned' to supply or 'carried-over'; null while open. */
  remainder: string | null;
  updated_at: string;
}

export interface AidConsignmentLinesTable {
  id: Generated<number>;
  consignment_id: number;
  item_id: string;
  quantity: number;
  packs: number;
  /** The consignment whose undelivered remainder this line carries over; null for the batch's own goods. */
  carried_from: number | null;
}

export interface AidConsignmentEventsTable {
  id: Generated<number>;
  consignment_id: number;
  status: string;
  actor_id: number | null;
  actor_label: string;
  at: string;
  note: string | null;
}

/** One partial receipt of one item; receipts add up, none is changed or removed. */
export interface AidReceiptsTable {
  id: Generated<number>;
  consignment_id: number;
  item_id: string;
  good: number;
  damaged: number;
  excess: number;
  note: string | null;
  actor_id: number | null;
  actor_label: string;
  received_at: string;
}

/** Technical assistance (migration 030-aid-technical-assistance, docs/decisions/045). */
export interface AidExpertTeamsTable {
  id: Generated<number>;
  name: string;
  created_by: number | null;
  created_at: string;
}

export interface AidTeamMembersTable {
  id: Generated<number>;
  team_id: number;
  /** A user with the expert role. */
  user_id: number;
  specialty: string;
  /** JSON array of language tags. */
  languages: string;
}

export interface AidMissionsTable {
  id: Generated<number>;
  team_id: number;
  partner_id: string;
  kind: string;
  /** JSON array of objectives. */
  objectives: string;
  places: string;
  activities: string;
  start_date: string;
  end_date: string;
  status: string;
  report: string | null;
  created_by: number | null;
  updated_at: string;
}

export interface AidTables extends AidDonorTables {
  aid_items: AidItemsTable;
  aid_supply: AidSupplyTable;
  aid_settings: AidSettingsTable;
  aid_requests: AidRequestsTable;
  aid_request_lines: AidRequestLinesTable;
  aid_request_comments: AidRequestCommentsTable;
  aid_batches: AidBatchesTable;
  aid_batch_allocations: AidBatchAllocationsTable;
  aid_pledges: AidPledgesTable;
  aid_consignments: AidConsignmentsTable;
  aid_consignment_lines: AidConsignmentLinesTable;
  aid_consignment_events: AidConsignmentEventsTable;
  aid_receipts: AidReceiptsTable;
  aid_expert_teams: AidExpertTeamsTable;
  aid_team_members: AidTeamMembersTable;
  aid_missions: AidMissionsTable;
}
