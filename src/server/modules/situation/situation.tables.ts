import type { Generated } from 'kysely';

// The situation module's tables (migrations 002-situation, 010, 097).

/** One country's cumulative counts on one date, as one source reported them. */
export interface SituationSeriesTable {
  source: string;
  iso3: string;
  date: string;
  cumulative_cases: number;
  cumulative_deaths: number;
}

/** Every import that landed: which files, what they held (summary JSON), who and when. */
export interface SituationImportsTable {
  id: Generated<number>;
  source: string;
  files: string;
  summary: string;
  actor_label: string;
  imported_at: string;
}

/** Coordinators' severity weights, one row per factor key; absent rows take the defaults of ADR 021. */
export interface SituationSeverityWeightsTable {
  factor: string;
  weight: number;
  updated_at: string;
  updated_by: string;
}

/** The source a coordinator chose to show: one row (slot 'shown'), absent until someone chooses (migration 010). */
export interface SituationShownSourceTable {
  slot: string;
  source: string;
  chosen_by: string;
  chosen_at: string;
}

/** Every country's forecast backtest for one data version, written by its job (migration 097, ADR 042). */
export interface SituationBacktestScoresTable {
  /** `<shown source>:<its latest import id>:<method fingerprint>` (situation.backtest.ts). */
  version: string;
  status: 'done' | 'failed';
  /** JSON: { [iso3]: CountryBacktestScore }; null when failed. */
  scores: string | null;
  error: string | null;
  attempt: number;
  /** host:pid of the process that ran the job. */
  worker: string;
  seconds: number;
  computed_at: string;
}

export interface SituationTables {
  situation_series: SituationSeriesTable;
  situation_imports: SituationImportsTable;
  situation_severity_weights: SituationSeverityWeightsTable;
  situation_shown_source: SituationShownSourceTable;
  situation_backtest_scores: SituationBacktestScoresTable;
}
