import { describe, expect, it } from 'vitest';
import { incidencePer100k } from './incidence';

describe('incidencePer100k', () => {
  it('scales the 7-day sum to 100,000 people', () => {
    expect(incidencePer100k([null, 500, 0], 1_000_000)).toEqual([null, 50, 0]);
  });

  it('is null without a usable population', () => {
    expect(incidencePer100k([10], null)).toEqual([null]);
    expect(incidencePer100k([10], 0)).toEqual([null]);
    expect(incidencePer100k([10], Number.NaN)).toEqual([null]);
  });
});
