import { describe, expect, it } from 'vitest';
import { compareTrials, studiesIntervention } from './compare-trials';
import type { ResultRecordPart, TrialPart } from './result-record';

const trial = (intervention: string, outcomes: TrialPart['outcomes']): TrialPart => ({
  phase: '3',
  allocation: 'randomised',
  masking: 'open-label',
  status: 'completed',
  countries: [],
  arms: [
    { label: 'Treated', intervention, size: 100, control: false },
    { label: 'Control', intervention: 'placebo', size: 50, control: true },
  ],
  outcomes,
  summary: 's',
});
const record = (title: string, date: string, interventions: string[], t?: TrialPart): ResultRecordPart => ({
  kind: t ? 'trial-result' : 'paper',
  title,
  abstract: 'a',
  authors: [],
  registryIds: t ? ['NCT00000001'] : [],
  date,
  licence: 'CC-BY-4.0',
  language: 'en',
  topics: [],
  interventions,
  trial: t,
});
const outcome = (name: string, primary: boolean, estimate: number, lower: number, upper: number, measure: 'odds-ratio' | 'risk-difference' = 'odds-ratio') => ({ name, primary, measure, estimate, lower, upper, level: 0.95 });

describe('compareTrials', () => {
  const results = [
    { id: 1, record: record('Later steroid trial', '2020-09-02', ['corticosteroids', 'hydrocortisone'], trial('hydrocortisone 50 mg', [outcome('mortality', true, 1.4, 0.9, 2.3), outcome('failure', false, -8.6, -24.9, 7.7, 'risk-difference')])) },
    { id: 2, record: record('Early steroid trial', '2020-07-17', ['dexamethasone'], trial('dexamethasone 6 mg', [outcome('mortality', true, 0.83, 0.75, 0.93)])) },
    { id: 3, record: record('Antiviral trial', '2020-05-22', ['remdesivir'], trial('remdesivir', [outcome('recovery', true, 1.29, 1.12, 1.49)])) },
    { id: 4, record: record('A review of corticosteroids', '2020-09-01', ['corticosteroids']) },
  ];

  it('keeps the trials of the intervention, named on the record or on an arm, primary outcomes first', () => {
    const rows = compareTrials(results, 'corticosteroids');
    expect(rows.map((r) => [r.resultId, r.outcome])).toEqual([[1, 'mortality'], [1, 'failure']]);
    const steroids = compareTrials(results, 'SONE'); // dexamethasone, hydrocortisone
    expect(steroids.map((r) => [r.resultId, r.outcome])).toEqual([[2, 'mortality'], [1, 'mortality'], [1, 'failure']]);
    expect(compareTrials(results, 'sone', true).map((r) => r.resultId)).toEqual([2, 1]);
  });

  it('tells which side of no effect each interval lies on, and counts the participants', () => {
    const [dexa, hydro, failure] = compareTrials(results, 'sone');
    expect([dexa!.direction, hydro!.direction, failure!.direction]).toEqual(['below', 'crosses', 'crosses']);
    expect(compareTrials(results, 'remdesivir')[0]).toMatchObject({ direction: 'above', participants: 150, registryId: 'NCT00000001' });
  });

  it('does not match a control arm’s placebo or an empty term', () => {
    expect(studiesIntervention(results[0]!.record, 'placebo')).toBe(false);
    expect(compareTrials(results, '  ')).toEqual([]);
  });
});
