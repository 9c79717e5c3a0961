import { describe, expect, it } from 'vitest';
import { NEEDS_PARAMETERS, NEEDS_PARAMETER_IDS } from '../../../../core/needs/parameters';
import { ApiRequestError } from '../../../lib/api-client';
import en from '../locales/en.json';
import { overrideErrors, withOverride } from './needs-overrides';

describe('needs overrides in the planner', () => {
  it('keeps only values that differ from the default', () => {
    const changed = withOverride({}, 'testsPerMildModerateCase', 3);
    expect(changed).toEqual({ testsPerMildModerateCase: 3 });
    expect(withOverride(changed, 'testsPerMildModerateCase', NEEDS_PARAMETERS.testsPerMildModerateCase.value)).toEqual({});
    expect(withOverride(changed, 'testsPerMildModerateCase', undefined)).toEqual({});
    expect(withOverride(changed, 'contactsPerCase', 0)).toEqual({ testsPerMildModerateCase: 3, contactsPerCase: 0 });
  });

  it('drops a change back to the base a plan run stands on (the agency’s value)', () => {
    const onAgency = withOverride({}, 'contactsPerCase', 12, 12);
    expect(onAgency).toEqual({});
    expect(withOverride(onAgency, 'contactsPerCase', NEEDS_PARAMETERS.contactsPerCase.value, 12)).toEqual({ contactsPerCase: NEEDS_PARAMETERS.contactsPerCase.value });
  });

  it('reads the agency parameters’ refusal at values.<id>', () => {
    const error = new ApiRequestError(422, {
      code: 'unprocessable',
      message: 'the needs parameters were refused',
      details: [
        { path: 'values.contactsPerCase', message: 'expected a number ≥ 0, got -1' },
        { path: 'needsOverrides.shiftHours', message: 'not this form' },
      ],
    });
    expect(overrideErrors(error, 'values')).toEqual({ contactsPerCase: 'expected a number ≥ 0, got -1' });
  });

  it('reads a refused run’s messages per parameter, whatever the path’s separator', () => {
    const error = new ApiRequestError(422, {
      code: 'validation_failed',
      message: 'the plan cannot be built',
      details: [
        { path: 'needsOverrides.antigenTestShare', message: 'expected a share in [0, 1], got 2' },
        { path: '/body/needsOverrides/shiftHours', message: 'expected a value above 0' },
        { path: 'needsOverrides', message: 'the severity shares must add up to 1, they add up to 1.2' },
      ],
    });
    expect(overrideErrors(error)).toEqual({ antigenTestShare: 'expected a share in [0, 1], got 2', shiftHours: 'expected a value above 0' });
    expect(overrideErrors(new Error('boom'))).toEqual({});
  });

  it('has a label and a unit in the locale for every parameter of the model', () => {
    const missing = NEEDS_PARAMETER_IDS.filter((id) => !(id in en.needsParameters.labels) || !(id in en.needsParameters.units));
    expect(missing).toEqual([]);
    expect(Object.keys(en.needsParameters.labels).sort()).toEqual([...NEEDS_PARAMETER_IDS].sort());
  });
});
