// Daily new counts from cumulative counts.

export interface DailyNew {
  /**
   * New counts as reported: cumulative[i] − cumulative[i − 1]. Null on the first day, where there is no
   * earlier report to subtract. Negative values (a source revising its total downwards) are kept as reported.
   */
  reported: (number | null)[];
  /**
   * The values the indicators count: negative differences count as 0 (a revision is not a negative number of
   * new cases on that day), null stays null. Smoothed values, incidence, growth and R_t read this.
   */
  counted: (number | null)[];
  /** True where the reported difference is negative. */
  negative: boolean[];
}

/** Differences of a cumulative series, with downward revisions kept, flagged, and counted as 0. */
export function dailyNew(cumulative: readonly number[]): DailyNew {
  const n = cumulative.length;
  const reported: (number | null)[] = new Array(n);
  const counted: (number | null)[] = new Array(n);
  const negative: boolean[] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (i === 0) {
      reported[i] = null;
      counted[i] = null;
      negative[i] = false;
      continue;
    }
    const difference = cumulative[i] - cumulative[i - 1];
    reported[i] = difference;
    negative[i] = difference < 0;
    counted[i] = difference < 0 ? 0 : difference;
  }
  return { reported, counted, negative };
}
