// A seeded pseudo-random generator and the few distributions the forecasts sample, so that the core stays
// reproducible (no Math.random): the same seed gives the same forecast in the browser and on the server.
//
// Uniforms: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, PractRand-clean), seeded through
// splitmix32. Normal: Box–Muller. Gamma: Marsaglia & Tsang (2000), ACM TOMS 26(3):363. Poisson: inversion
// by multiplication below a mean of 10, above it Hörmann's PTRS (1993), Insurance Math Econ 12:39, as numpy
// draws it, and the normal approximation above a mean of 10,000. Negative binomial: the gamma–Poisson mixture.
import jStat from 'jstat';

export interface Random {
  /** Uniform on the open interval (0, 1). */
  uniform(): number;
  normal(): number;
  gamma(shape: number, scale: number): number;
  poisson(mean: number): number;
  /** Negative binomial with this mean and size (dispersion) k: variance mean + mean²/k; k = Infinity is Poisson. */
  negativeBinomial(mean: number, size: number): number;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A generator whose whole sequence is fixed by the 32-bit integer `seed`. */
export function createRandom(seed: number): Random {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next32 = (): number => {
    let t = (a + b) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    d = (d + 1) >>> 0;
    t = (t + d) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) next32();
  const uniform = (): number => (next32() + 0.5) / 4_294_967_296;
  let spare: number | null = null;
  const normal = (): number => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    const radius = Math.sqrt(-2 * Math.log(uniform()));
    const angle = 2 * Math.PI * uniform();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
  const gamma = (shape: number, scale: number): number => {
    if (shape < 1) return gamma(shape + 1, scale) * Math.pow(uniform(), 1 / shape);
    const dd = shape - 1 / 3;
    const cc = 1 / Math.sqrt(9 * dd);
    for (;;) {
      const x = normal();
      const v0 = 1 + cc * x;
      if (v0 <= 0) continue;
      const v = v0 * v0 * v0;
      const u = uniform();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + dd * (1 - v + Math.log(v))) return dd * v * scale;
    }
  };
  const poisson = (mean: number): number => {
    if (!(mean > 0)) return 0;
    // Far out the normal approximation is exact to well under a case in a thousand (skewness 1/√mean < 0.01).
    if (mean > 10_000) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
    if (mean < 10) {
      const limit = Math.exp(-mean);
      let k = 0;
      let product = uniform();
      while (product > limit) {
        k++;
        product *= uniform();
      }
      return k;
    }
    const slam = Math.sqrt(mean);
    const logLam = Math.log(mean);
    const bb = 0.931 + 2.53 * slam;
    const aa = -0.059 + 0.02483 * bb;
    const invAlpha = 1.1239 + 1.1328 / (bb - 3.4);
    const vr = 0.9277 - 3.6224 / (bb - 2);
    for (;;) {
      const u = uniform() - 0.5;
      const v = uniform();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * aa) / us + bb) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + Math.log(invAlpha) - Math.log(aa / (us * us) + bb) <= -mean + k * logLam - jStat.gammaln(k + 1)) return k;
    }
  };
  const negativeBinomial = (mean: number, size: number): number => {
    if (!(mean > 0)) return 0;
    if (!Number.isFinite(size)) return poisson(mean);
    return poisson(gamma(size, mean / size));
  };
  return { uniform, normal, gamma, poisson, negativeBinomial };
}
