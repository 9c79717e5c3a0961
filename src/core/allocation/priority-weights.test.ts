import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY_WEIGHTS } from '../epi/severity';
import { computePriority, DEFAULT_PRIORITY_WEIGHTS } from './priority';
import { layerPriorityWeights, priorityWeightsFromSeverity } from './priority-weights';

describe('priority weights in layers', () => {
  it('gives back the model’s defaults from ADR 021’s default severity weights', () => {
    const scaled = priorityWeightsFromSeverity({ ...DEFAULT_SEVERITY_WEIGHTS });
    for (const [key, value] of Object.entries(scaled)) expect(value).toBeCloseTo(DEFAULT_PRIORITY_WEIGHTS[key as keyof typeof scaled], 12);
  });

  it('keeps the agency’s proportions within the epidemic’s share (hand-checked: deaths switched off)', () => {
    // 0.3 + 0.15 + 0 + 0.3 = 0.75 scaled to 0.6: incidence 0.24, growth 0.12, health system 0.24; an organisation 0.36.
    const { values, weights } = layerPriorityWeights({ incidence: 0.3, growth: 0.15, deaths: 0, 'health-system': 0.3 });
    expect(values.incidence).toBeCloseTo(0.24, 12);
    expect(values.growth).toBeCloseTo(0.12, 12);
    expect(values.deaths).toBe(0);
    expect(values['health-system']).toBeCloseTo(0.24, 12);
    expect(values['coordinator-severity']).toBeCloseTo(0.36, 12);
    expect(values.shortage).toBe(0.25);
    expect(weights.find((w) => w.key === 'deaths')).toMatchObject({ origin: 'agency', agencyValue: 0, modelValue: 0.15 });
    expect(weights.find((w) => w.key === 'shortage')).toMatchObject({ origin: 'model', agencyValue: null });
  });

  it('puts a run’s overrides on top, and the model’s defaults under everything', () => {
    const { values, weights } = layerPriorityWeights({ incidence: 1, growth: 0, deaths: 0, 'health-system': 0 }, { incidence: 0.1, urgency: 0 });
    expect(values.incidence).toBe(0.1);
    expect(values.urgency).toBe(0);
    expect(weights.find((w) => w.key === 'incidence')).toMatchObject({ origin: 'run', agencyValue: 0.6 });
    expect(layerPriorityWeights(null).weights.every((w) => w.origin === 'model' && w.value === w.modelValue)).toBe(true);
  });

  it('weighs deaths nothing in a country’s priority when the agency switched them off', () => {
    const inputs = { incidence7dPer100k: 50, growth7d: 1.2, deaths28dPerMillion: 40, hospitalBedsPerThousand: 1.5 };
    const input = { severity: { kind: 'country' as const, inputs }, shortage: 0.5, neededBy: '2020-04-10', batchDate: '2020-04-01' };
    const off = computePriority(input, layerPriorityWeights({ ...DEFAULT_SEVERITY_WEIGHTS, deaths: 0 }).values);
    const on = computePriority(input, layerPriorityWeights({ ...DEFAULT_SEVERITY_WEIGHTS }).values);
    if (!off.ok || !on.ok) throw new Error('expected priorities');
    expect(off.factors.find((f) => f.key === 'deaths')).toMatchObject({ weight: 0, contribution: 0 });
    expect(on.factors.find((f) => f.key === 'deaths')!.contribution).toBeGreaterThan(0);
    expect(off.priority).not.toBeCloseTo(on.priority, 6);
  });

  it('layers the agency’s own values for shortage, urgency and importation between the model and a run', () => {
    const { values, weights } = layerPriorityWeights(null, { urgency: 0.05 }, { importation: 0.4, urgency: 0.3 });
    expect(values.importation).toBe(0.4);
    expect(values.urgency).toBe(0.05);
    expect(weights.find((w) => w.key === 'importation')).toMatchObject({ origin: 'agency', agencyValue: 0.4, modelValue: DEFAULT_PRIORITY_WEIGHTS.importation });
    expect(weights.find((w) => w.key === 'urgency')).toMatchObject({ origin: 'run', agencyValue: 0.3, value: 0.05 });
    expect(weights.find((w) => w.key === 'shortage')).toMatchObject({ origin: 'model', agencyValue: null });
  });
});
