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

  it('names the file of the ESFT port each verified ESFT value was read from', () => {
    for (const [id, spec] of Object.entries(NEEDS_PARAMETERS)) {
      if (!spec.source.startsWith('ESFT')) continue;
      expect(spec.verified, id).toBe(true);
      expect(spec.source, id).toMatch(/(R\/[a-z_]+\.R|data-raw\/[a-z_]+\.csv)/);
    }
  });

  it('marks every Concord assumption and placeholder as not verified', () => {
    for (const [id, spec] of Object.entries(NEEDS_PARAMETERS)) {
      if (spec.source.startsWith('CONCORD')) expect(spec.verified, id).toBe(false);
    }
  });

  it('takes the PPE quantities from the national forecasting tool, sets A (routine), B (specialised) and C (patients)', () => {
    const P = NEEDS_PARAMETERS;
    // Set A, 3 per health worker per day: masks, gloves (pairs, counted here in pieces), gowns.
    for (const spec of [P.masksPerInpatientHcwDay, P.masksPerScreeningHcwDay, P.masksPerCleanerDay, P.gownsPerCleanerDay]) expect(spec.value).toBe(3);
    expect([P.glovesPerInpatientHcwDay.value, P.glovesPerCleanerDay.value]).toEqual([6, 6]);
    // Set B on top for inpatient health workers, 1 a day: respirator, face shield, surgical gown.
    expect([P.respiratorsPerInpatientHcwDay.value, P.faceShieldsPerInpatientHcwDay.value, P.gownsPerInpatientHcwDay.value]).toEqual([1, 1, 3 + 1]);
    // Set C, 4 masks per patient per day.
    expect(P.masksPerIsolationPatientDay.value).toBe(4);
    for (const [id, spec] of Object.entries(P)) if (spec.source.startsWith('PK-PPE')) expect(spec.verified, id).toBe(true);
  });

  it('has the ESFT severity split 40/40/15/5 and staffing from the HWFE hours of care', () => {
    expect([NEEDS_PARAMETERS.shareMild.value, NEEDS_PARAMETERS.shareModerate.value, NEEDS_PARAMETERS.shareSevere.value, NEEDS_PARAMETERS.shareCritical.value]).toEqual([
      0.4, 0.4, 0.15, 0.05,
    ]);
    // data-raw/hwfe_data.csv, HCW rows, severe column: 1.338636364 + 8.635545455 + 0.5 + 0.25 + 2 + 0.5 + 1 + 0.5 + 3.5
    expect(NEEDS_PARAMETERS.hcwHoursPerSeverePatientDay.value).toBeCloseTo(1.338636364 + 8.635545455 + 0.5 + 0.25 + 2 + 0.5 + 1 + 0.5 + 3.5, 9);
    // critical column: 4.28125 + 0.18 + 0.2125 + 15.528125 + 4.05 + 0.625 + 0.5 + 2 + 0.5 + 0.5 + 1 + 3.3125
    expect(NEEDS_PARAMETERS.hcwHoursPerCriticalPatientDay.value).toBeCloseTo(4.28125 + 0.18 + 0.2125 + 15.528125 + 4.05 + 0.625 + 0.5 + 2 + 0.5 + 0.5 + 1 + 3.3125, 9);
  });
});

describe('resolveParameters', () => {
  it('applies valid overrides', () => {
    const resolved = resolveParameters({ shareMild: 0.5, shareModerate: 0.3, hospitalDaysSevere: 10 });
    expect(resolved.ok && resolved.values.hospitalDaysSevere).toBe(10);
    expect(resolved.ok && [...resolved.overridden]).toEqual(['shareMild', 'shareModerate', 'hospitalDaysSevere']);
  });

  it('refuses unknown ids, negative values, shares above 1, ventilation above all critical patients and zero divisors', () => {
    const bad = resolveParameters({ nope: 1, gownsPerInpatientHcwDay: -1, antigenTestShare: 2 });
    expect(!bad.ok && bad.errors.map((e) => e.path)).toEqual(['overrides.nope', 'overrides.gownsPerInpatientHcwDay', 'overrides.antigenTestShare']);
    const ventilated = resolveParameters({ shareCriticalInvasive: 0.9 });
    expect(!ventilated.ok && ventilated.errors[0].message).toContain('ventilation');
    for (const id of ['concentratorFlowLpm', 'shiftHours', 'casesScreenedPerWorkerDay']) {
      const zero = resolveParameters({ [id]: 0 });
      expect(!zero.ok && zero.errors[0].path).toBe(`overrides.${id}`);
    }
  });
});
