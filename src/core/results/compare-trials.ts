import { isRatio, type EffectMeasure, type ResultRecordPart } from './result-record';

// Trials of one intervention side by side: one row per reported outcome, grouped by effect measure so that
// a forest plot draws ratios on a log axis around 1 and differences on a linear axis around 0.

export interface ComparedOutcome {
  resultId: number;
  title: string;
  registryId: string | null;
  phase: string;
  allocation: string;
  status: string;
  participants: number;
  outcome: string;
  primary: boolean;
  measure: EffectMeasure;
  estimate: number;
  lower: number;
  upper: number;
  level: number;
  /** The estimate's side of no effect: below (ratio < 1, difference < 0), above, or an interval that crosses it. */
  direction: 'below' | 'above' | 'crosses';
}

export interface ComparedResult {
  id: number;
  record: ResultRecordPart;
}

/** Whether a record names the intervention among its interventions or its arms' (case-insensitive substring). */
export function studiesIntervention(record: ResultRecordPart, intervention: string): boolean {
  const term = intervention.trim().toLowerCase();
  if (!term) return false;
  const names = [...record.interventions, ...(record.trial?.arms.filter((a) => !a.control).map((a) => a.intervention) ?? [])];
  return names.some((n) => n.toLowerCase().includes(term));
}

function direction(measure: EffectMeasure, lower: number, upper: number): ComparedOutcome['direction'] {
  const none = isRatio(measure) ? 1 : 0;
  if (upper < none) return 'below';
  if (lower > none) return 'above';
  return 'crosses';
}

/** The outcomes of the trials that study `intervention`, primary first, then by trial date and title. */
export function compareTrials(results: ComparedResult[], intervention: string, primaryOnly = false): ComparedOutcome[] {
  const rows: (ComparedOutcome & { date: string })[] = [];
  for (const { id, record } of results) {
    const trial = record.trial;
    if (!trial || !studiesIntervention(record, intervention)) continue;
    const participants = trial.arms.reduce((sum, a) => sum + a.size, 0);
    for (const o of trial.outcomes) {
      if (primaryOnly && !o.primary) continue;
      rows.push({
        resultId: id,
        title: record.title,
        registryId: record.registryIds[0] ?? null,
        phase: trial.phase,
        allocation: trial.allocation,
        status: trial.status,
        participants,
        outcome: o.name,
        primary: o.primary,
        measure: o.measure,
        estimate: o.estimate,
        lower: o.lower,
        upper: o.upper,
        level: o.level,
        direction: direction(o.measure, o.lower, o.upper),
        date: record.date,
      });
    }
  }
  rows.sort((a, b) => Number(b.primary) - Number(a.primary) || a.date.localeCompare(b.date) || a.title.localeCompare(b.title) || a.resultId - b.resultId);
  return rows.map(({ date: _date, ...row }) => row);
}
