import { describe, expect, it } from 'vitest';
import { needsPreparedness } from './preparedness';

describe('needsPreparedness', () => {
  const base = { expectedPerWeek: 5, incidence7dPer100k: 2, hospitalBedsPerThousand: 1 };

  it('flags a country at risk with few cases of its own and few beds', () => {
    expect(needsPreparedness(base)).toBe(true);
    expect(needsPreparedness({ ...base, incidence7dPer100k: null })).toBe(true);
  });

  it('does not flag a country with little risk, many cases already, enough beds or no beds figure', () => {
    expect(needsPreparedness({ ...base, expectedPerWeek: 0.5 })).toBe(false);
    expect(needsPreparedness({ ...base, incidence7dPer100k: 10 })).toBe(false);
    expect(needsPreparedness({ ...base, hospitalBedsPerThousand: 2 })).toBe(false);
    expect(needsPreparedness({ ...base, hospitalBedsPerThousand: null })).toBe(false);
  });
});
