import { describe, expect, it } from 'vitest';
import { progressTicker } from './progress';

describe('progressTicker', () => {
  it('reports about every 1% and once at the end', () => {
    const calls: [number, number][] = [];
    const ticker = progressTicker(1000, (done, total) => calls.push([done, total]));
    for (let i = 1; i <= 1000; i++) ticker.tick(i);
    ticker.finish();
    expect(calls.length).toBe(100);
    expect(calls[0]).toEqual([10, 1000]);
    expect(calls[calls.length - 1]).toEqual([1000, 1000]);
  });

  it('is silent without a callback', () => {
    expect(() => progressTicker(5).tick(3)).not.toThrow();
  });
});
