import { describe, expect, it } from 'vitest';
import { dailyBars, MAX_BAR } from './daily-bars';

describe('dailyBars', () => {
  it('draws one day as one narrow bar in the middle, not a block across the chart', () => {
    const one = dailyBars(1, 800);
    expect(one.width).toBe(MAX_BAR);
    expect(one.x(0)).toBe(400 - MAX_BAR / 2);
  });

  it('gives many days bars that fit their step', () => {
    const hundred = dailyBars(100, 800);
    expect(hundred.width).toBeCloseTo(8 * 0.7);
    expect(hundred.x(99) + hundred.width).toBeLessThanOrEqual(800);
    expect(dailyBars(365, 800).width).toBe(2);
  });
});
