import { describe, expect, it } from 'vitest';
import { splitCorrections } from './daily-corrections';

describe('splitCorrections', () => {
  it('keeps a revision of the totals out of the daily values and counts it apart', () => {
    expect(splitCorrections([5, -300_000, 0, null, 7, -2])).toEqual({ daily: [5, null, 0, null, 7, null], corrections: [null, -300_000, null, null, null, -2], count: 2 });
  });
});
