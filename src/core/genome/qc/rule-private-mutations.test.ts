import { describe, expect, it } from 'vitest';
import { rulePrivateMutations } from './rule-private-mutations';

const sub = (pos: number) => ({ pos, refNuc: 'C', queryNuc: 'T' });

describe('private-mutations rule', () => {
  it('counts substitutions one by one and deletion runs once, beyond the typical number', () => {
    const r = rulePrivateMutations({ substitutions: [1, 2, 3, 4, 5, 6, 7, 8, 9].map(sub), deletions: [{ begin: 20, end: 28 }] }, { enabled: true, typical: 8, cutoff: 24 })!;
    expect(r).toEqual({ score: (2 * 100) / 24, status: 'good', total: 10, excess: 2, cutoff: 24 });
  });

  it('is 0 at or under the typical number, with a negative excess', () => {
    expect(rulePrivateMutations({ substitutions: [sub(1)], deletions: [] }, { enabled: true, typical: 8, cutoff: 24 })).toMatchObject({ score: 0, excess: -7 });
  });
});
