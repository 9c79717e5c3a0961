// Types for the part of jstat (MIT, https://github.com/jstat/jstat) that Concord uses; the package ships none.
// jstat's gamma distribution takes (shape, scale), as R's pgamma(x, shape =, scale =) and scipy.stats.gamma(a, scale=).
declare module 'jstat' {
  interface JStatGamma {
    pdf(x: number, shape: number, scale: number): number;
    cdf(x: number, shape: number, scale: number): number;
    inv(p: number, shape: number, scale: number): number;
  }
  const jStat: {
    gamma: JStatGamma;
    normal: { inv(p: number, mean: number, sd: number): number };
    /** ln Γ(x) (Lanczos approximation). */
    gammaln(x: number): number;
    /** The lower regularized incomplete gamma function P(a, x). */
    lowRegGamma(a: number, x: number): number;
  };
  export default jStat;
}
