import { wilsonInterval } from './wilson-interval';

/** A count out of a total, its share and the share's 95% Wilson score interval. */
export interface ShareEstimate {
  count: number;
  share: number;
  lower: number;
  upper: number;
}

export function estimateShare(count: number, total: number): ShareEstimate {
  const { lower, upper } = wilsonInterval(count, total);
  return { count, share: total > 0 ? count / total : 0, lower, upper };
}
