import { isRatio, type ResultRecordPart, type TrialPart } from './result-record';

// The checks of a result that look at more than one field at once (each field's own form is the schema's).
// Each problem carries the path of the field to show it at.

export interface RecordIssue {
  path: (string | number)[];
  message: string;
}

function checkTrial(trial: TrialPart, needsOutcomes: boolean): RecordIssue[] {
  const issues: RecordIssue[] = [];
  const labels = new Set<string>();
  trial.arms.forEach((arm, i) => {
    const key = arm.label.trim().toLowerCase();
    if (labels.has(key)) issues.push({ path: ['trial', 'arms', i, 'label'], message: 'two arms have this label' });
    labels.add(key);
  });
  if (trial.arms.length < 1) issues.push({ path: ['trial', 'arms'], message: 'a trial has at least one arm' });
  trial.outcomes.forEach((o, i) => {
    if (o.lower > o.estimate || o.estimate > o.upper) {
      issues.push({ path: ['trial', 'outcomes', i, 'estimate'], message: 'the estimate lies within its interval: lower ≤ estimate ≤ upper' });
    }
    if (isRatio(o.measure) && o.lower <= 0) issues.push({ path: ['trial', 'outcomes', i, 'lower'], message: 'a ratio and its interval are above 0' });
  });
  if (needsOutcomes && !trial.outcomes.some((o) => o.primary)) {
    issues.push({ path: ['trial', 'outcomes'], message: 'a trial result reports at least one primary outcome' });
  }
  return issues;
}

/** Problems of a whole record, none when it may be submitted. */
export function checkResultRecord(record: ResultRecordPart): RecordIssue[] {
  const issues: RecordIssue[] = [];
  const isTrialResult = record.kind === 'trial-result';
  if (isTrialResult && !record.trial) issues.push({ path: ['trial'], message: 'a clinical-trial result describes its trial' });
  if (isTrialResult && record.registryIds.length === 0) issues.push({ path: ['registryIds'], message: 'a clinical-trial result names its registry id' });
  if (record.trial && !isTrialResult && record.kind !== 'protocol') issues.push({ path: ['trial'], message: 'only a trial result or a protocol describes a trial' });
  if (record.trial) issues.push(...checkTrial(record.trial, isTrialResult));
  const seen = new Set<string>();
  record.registryIds.forEach((id, i) => {
    if (seen.has(id)) issues.push({ path: ['registryIds', i], message: 'named twice' });
    seen.add(id);
  });
  return issues;
}
