import { describe, expect, it } from 'vitest';
import { createRandom } from './seeded-random';

function moments(draw: () => number, n: number): { mean: number; variance: number } {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    sum += x;
    squares += x * x;
  }
  const mean = sum / n;
  return { mean, variance: squares / n - mean * mean };
}

describe('createRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const first = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(first);
    expect(first.every((u) => u > 0 && u < 1)).toBe(true);
  });

  it('draws uniforms, normals and gammas with the right mean and variance', () => {
    const random = createRandom(1);
    const n = 200_000;
    const u = moments(random.uniform, n);
    expect(u.mean).toBeCloseTo(0.5, 2);
    expect(u.variance).toBeCloseTo(1 / 12, 2);
    const z = moments(random.normal, n);
    expect(Math.abs(z.mean)).toBeLessThan(0.01); // 4.5 standard errors at n = 200,000
    expect(z.variance).toBeCloseTo(1, 1);
    for (const [shape, scale] of [[0.5, 2], [3, 1.5], [400, 0.01]]) {
      const g = moments(() => random.gamma(shape, scale), n);
      expect(g.mean / (shape * scale)).toBeCloseTo(1, 2);
      expect(g.variance / (shape * scale * scale)).toBeCloseTo(1, 1);
    }
  });

  it('draws Poisson counts on each of its three paths (small, PTRS, normal) with mean = variance', () => {
    const random = createRandom(7);
    for (const mean of [0.3, 4, 9.9, 10.1, 250, 9_000, 50_000]) {
      const n = 100_000;
      const p = moments(() => random.poisson(mean), n);
      // within 4 standard errors of the sample mean
      expect(Math.abs(p.mean - mean), `mean ${mean}`).toBeLessThan(4 * Math.sqrt(mean / n));
      expect(p.variance / mean, `variance at ${mean}`).toBeCloseTo(1, 1);
    }
    expect(random.poisson(0)).toBe(0);
    expect(Number.isInteger(random.poisson(123.4))).toBe(true);
  });

  it('draws negative binomial counts with variance mean + mean²/k', () => {
    const random = createRandom(9);
    const [mean, size] = [200, 5];
    const nb = moments(() => random.negativeBinomial(mean, size), 200_000);
    expect(nb.mean / mean).toBeCloseTo(1, 2);
    expect(nb.variance / (mean + (mean * mean) / size)).toBeCloseTo(1, 1);
    expect(moments(() => random.negativeBinomial(mean, Infinity), 100_000).variance / mean).toBeCloseTo(1, 1);
  });
});
