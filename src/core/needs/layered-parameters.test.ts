import { describe, expect, it } from 'vitest';
import { layerParameters, mergeOverrides, renameOverridesPath } from './layered-parameters';
import { NEEDS_PARAMETERS, NEEDS_PARAMETER_IDS } from './parameters';

describe('layerParameters', () => {
  it('gives every parameter its model default when nothing is set', () => {
    const layered = layerParameters();
    if (!layered.ok) throw new Error('expected ok');
    expect(layered.parameters.map((p) => p.id)).toEqual(NEEDS_PARAMETER_IDS);
    expect(layered.parameters.every((p) => p.origin === 'model' && !p.overridden && p.agencyValue === null && p.value === p.modelValue)).toBe(true);
    expect(layered.overrides).toEqual({});
  });

  it('lets the agency’s values replace the defaults and a run’s overrides replace both', () => {
    const layered = layerParameters({ contactsPerCase: 5, negativeTestsPerConfirmedCase: 20 }, { contactsPerCase: 7 });
    if (!layered.ok) throw new Error('expected ok');
    const byId = new Map(layered.parameters.map((p) => [p.id, p]));
    expect(byId.get('contactsPerCase')).toMatchObject({ value: 7, agencyValue: 5, modelValue: NEEDS_PARAMETERS.contactsPerCase.value, origin: 'run', overridden: true });
    expect(byId.get('negativeTestsPerConfirmedCase')).toMatchObject({ value: 20, agencyValue: 20, origin: 'agency', overridden: true });
    expect(byId.get('shareSevere')).toMatchObject({ origin: 'model', overridden: false });
    expect(layered.overrides).toEqual({ contactsPerCase: 7, negativeTestsPerConfirmedCase: 20 });
    expect(layered.values.contactsPerCase).toBe(7);
  });

  it('checks the layers together with the model’s own validation', () => {
    // Each split adds to 1 alone; the run's severe share on top of the agency's mild share does not.
    const layered = layerParameters({ shareMild: 0.45, shareModerate: 0.35 }, { shareSevere: 0.2, shareCritical: 0.05 });
    expect(layered.ok).toBe(false);
    if (layered.ok) return;
    expect(renameOverridesPath(layered.errors, 'values')).toEqual([{ path: 'values', message: expect.stringMatching(/add up to 1/) }]);
    const unknown = layerParameters({ nope: 1 });
    expect(!unknown.ok && renameOverridesPath(unknown.errors, 'values')[0]!.path).toBe('values.nope');
  });

  it('merges without undefined values', () => {
    expect(mergeOverrides({ a: 1, b: 2 }, { b: 3, c: undefined })).toEqual({ a: 1, b: 3 });
  });
});
