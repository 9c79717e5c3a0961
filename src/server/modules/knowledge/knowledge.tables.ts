import type { Generated } from 'kysely';

// The knowledge module's tables (migrations 080-knowledge, 081-knowledge-distribution). Other modules reach them only through its service.

export interface KnowledgeDocumentsTable {
  id: Generated<number>;
  kind: string;
  title_en: string;
  title_zh: string;
  /** 1: readable by everyone once an edition is published. */
  public: number;
  created_by: number | null;
  created_by_label: string;
  created_at: string;
}

export interface KnowledgeEditionsTable {
  id: Generated<number>;
  document_id: number;
  number: number;
  edition_date: string;
  summary: string;
  /** Null while a draft: only publishers see it. */
  published_at: string | null;
  published_by_label: string | null;
  created_at: string;
}

export interface KnowledgeFilesTable {
  id: Generated<number>;
  edition_id: number;
  language: string;
  format: string;
  media_type: string;
  file_name: string;
  sha256: string;
  size: number;
  /** The text extracted for search. */
  text: string;
  created_at: string;
}

export interface KnowledgeDeliveriesTable {
  id: Generated<number>;
  edition_id: number;
  partner_id: string;
  sent_at: string;
  sent_by_label: string;
  downloaded_at: string | null;
  acknowledged_at: string | null;
  acknowledged_by_label: string | null;
}

/** What search reads: titles (file_id null) and files' text (migration 082; FTS5 in SQLite, pg_trgm in PostgreSQL). */
export interface KnowledgeSearchTable {
  document_id: number;
  file_id: number | null;
  body: string;
}

/** An in-app reminder to a partner about an edition: acknowledge it, or replace a superseded one with it. */
export interface KnowledgeRemindersTable {
  id: Generated<number>;
  edition_id: number;
  partner_id: string;
  kind: string;
  created_at: string;
  created_by_label: string;
}

/** E-mail waiting for the SMTP loop (migration 083): sent, retried later, or given up after the last attempt. */
export interface KnowledgeOutboxTable {
  id: Generated<number>;
  to_address: string;
  subject: string;
  body: string;
  created_at: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  sent_at: string | null;
  gave_up_at: string | null;
  last_error: string | null;
}

/** A briefing or exchange meeting (migration 084); co_hosts, agenda and edition_ids are JSON arrays. */
export interface KnowledgeMeetingsTable {
  id: Generated<number>;
  kind: string;
  title_en: string;
  title_zh: string;
  co_hosts: string;
  starts_at: string;
  ends_at: string;
  agenda: string;
  edition_ids: string;
  held_at: string | null;
  minutes: string | null;
  recording_url: string | null;
  created_by_label: string;
  created_at: string;
}

export interface KnowledgeMeetingInviteesTable {
  meeting_id: number;
  partner_id: string;
  registered_at: string | null;
  attended: Generated<number>;
}

export interface KnowledgeMeetingQuestionsTable {
  id: Generated<number>;
  meeting_id: number;
  partner_id: string | null;
  asked_by_label: string;
  text: string;
  asked_at: string;
  answer: string | null;
}

/** The topics an expert declares (migration 085): questions of a topic are routed among its experts. */
export interface KnowledgeExpertTopicsTable {
  user_id: number;
  topic: string;
}

/** A partner's question to the experts (migration 085); expert_id null while in the unassigned queue. */
export interface KnowledgeQuestionsTable {
  id: Generated<number>;
  partner_id: string;
  topic: string;
  text: string;
  asked_by_label: string;
  asked_at: string;
  due_at: string;
  expert_id: number | null;
  answer: string | null;
  answered_at: string | null;
  answered_by_label: string | null;
  edition_id: number | null;
  published_at: string | null;
  published_by_label: string | null;
}

export interface KnowledgeTables {
  knowledge_expert_topics: KnowledgeExpertTopicsTable;
  knowledge_questions: KnowledgeQuestionsTable;
  knowledge_meetings: KnowledgeMeetingsTable;
  knowledge_meeting_invitees: KnowledgeMeetingInviteesTable;
  knowledge_meeting_questions: KnowledgeMeetingQuestionsTable;
  knowledge_reminders: KnowledgeRemindersTable;
  knowledge_outbox: KnowledgeOutboxTable;
  knowledge_search: KnowledgeSearchTable;
  knowledge_deliveries: KnowledgeDeliveriesTable;
  knowledge_documents: KnowledgeDocumentsTable;
  knowledge_editions: KnowledgeEditionsTable;
  knowledge_files: KnowledgeFilesTable;
}
