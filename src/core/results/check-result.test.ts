import { describe, expect, it } from 'vitest';
import { checkResultRecord } from './check-result';
import type { ResultRecordPart, TrialPart } from './result-record';

const trial: TrialPart = {
  phase: '2/3',
  allocation: 'randomised',
  masking: 'open-label',
  status: 'completed',
  countries: ['GBR'],
  arms: [
    { label: 'Dexamethasone', intervention: 'dexamethasone 6 mg daily for up to 10 days', size: 2104, control: false },
    { label: 'Usual care', intervention: 'usual standard of care', size: 4321, control: true },
  ],
  outcomes: [{ name: '28-day mortality', primary: true, measure: 'rate-ratio', estimate: 0.83, lower: 0.75, upper: 0.93, level: 0.95 }],
  summary: 'Lower 28-day mortality among those receiving oxygen or ventilation.',
};
const record: ResultRecordPart = {
  kind: 'trial-result',
  title: 'Dexamethasone in hospitalised patients',
  abstract: 'A randomised trial.',
  authors: [{ name: 'A. Author', affiliation: 'University', country: 'GBR' }],
  registryIds: ['ISRCTN50189673'],
  date: '2020-07-17',
  licence: 'CC-BY-4.0',
  language: 'en',
  topics: [],
  interventions: ['dexamethasone'],
  trial,
};
const paths = (r: ResultRecordPart) => checkResultRecord(r).map((i) => i.path.join('.'));

describe('checkResultRecord', () => {
  it('accepts a complete trial result', () => {
    expect(checkResultRecord(record)).toEqual([]);
  });

  it('wants a trial and a registry id for a trial result, and no trial on a paper', () => {
    expect(paths({ ...record, trial: undefined, registryIds: [] })).toEqual(['trial', 'registryIds']);
    expect(paths({ ...record, kind: 'paper' })).toEqual(['trial']);
    expect(paths({ ...record, kind: 'protocol', trial: { ...trial, outcomes: [] } })).toEqual([]);
  });

  it('places an estimate outside its interval, a non-positive ratio and a missing primary outcome at their fields', () => {
    const outcomes = [
      { ...trial.outcomes[0]!, estimate: 0.7 },
      { ...trial.outcomes[0]!, primary: false, measure: 'odds-ratio' as const, lower: 0, estimate: 0.5 },
    ];
    expect(paths({ ...record, trial: { ...trial, outcomes } })).toEqual(['trial.outcomes.0.estimate', 'trial.outcomes.1.lower']);
    expect(paths({ ...record, trial: { ...trial, outcomes: [{ ...trial.outcomes[0]!, primary: false }] } })).toEqual(['trial.outcomes']);
    // A difference may be negative.
    const difference = { ...trial.outcomes[0]!, measure: 'risk-difference' as const, estimate: -8.6, lower: -24.9, upper: 7.7 };
    expect(paths({ ...record, trial: { ...trial, outcomes: [difference] } })).toEqual([]);
  });

  it('finds arms labelled twice and registry ids named twice', () => {
    expect(paths({ ...record, registryIds: ['ISRCTN50189673', 'ISRCTN50189673'], trial: { ...trial, arms: [trial.arms[0]!, { ...trial.arms[1]!, label: 'dexamethasone ' }] } })).toEqual([
      'trial.arms.1.label',
      'registryIds.1',
    ]);
  });
});
