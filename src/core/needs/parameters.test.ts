import { describe, expect, it } from 'vitest';
import { NEEDS_PARAMETERS, NEEDS_SOURCES, resolveParameters } from './parameters';

describe('NEEDS_PARAMETERS', () => {
  it('documents every parameter with a value, a unit and a known source', () => {
    const keys = Object.keys(NEEDS_SOURCES);
    for (const [id, spec] of Object.entries(NEEDS_PARAMETERS)) {
      expect(Number.isFinite(spec.value), id).toBe(true);
      expect(spec.unit.length, id).toBeGreaterThan(0);
      expect(spec.label.length, id).toBeGreaterThan(0);
      expect(keys.some((key) => spec.source.startsWith(key)), `${id}: ${spec.source}`).toBe(true);
    }
  });

  it('has the WHO severity split 40/40/15/5', () => {
    expect([NEEDS_PARAMETERS.shareMild.value, NEEDS_PARAMETERS.shareModerate.value, NEEDS_PARAMETERS.shareSevere.value, NEEDS_PARAMETERS.shareCritical.value]).toEqual([
      0.4, 0.4, 0.15, 0.05,
    ]);
  });
});

describe('resolveParameters', () => {
  it('applies valid overrides', () => {
    const resolved = resolveParameters({ shareMild: 0.5, shareModerate: 0.3, hospitalDaysSevere: 10 });
    expect(resolved.ok && resolved.values.hospitalDaysSevere).toBe(10);
    expect(resolved.ok && [...resolved.overridden]).toEqual(['shareMild', 'shareModerate', 'hospitalDaysSevere']);
  });

  it('refuses unknown ids, negative values, shares above 1 and a zero concentrator output', () => {
    const bad = resolveParameters({ nope: 1, gownsPerInpatientDay: -1, antigenTestShare: 2 });
    expect(!bad.ok && bad.errors.map((e) => e.path)).toEqual(['overrides.nope', 'overrides.gownsPerInpatientDay', 'overrides.antigenTestShare']);
    const zero = resolveParameters({ concentratorFlowLpm: 0 });
    expect(!zero.ok && zero.errors[0].path).toBe('overrides.concentratorFlowLpm');
  });
});
