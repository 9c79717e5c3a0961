// A negative daily value is not a day with negative cases: the source revised its cumulative total downwards
// (e.g. removed duplicates) and the difference lands on one day. Plotted as a bar it plunges the chart to
// −300,000; the country page shows such values apart, as corrections.

export interface DailySplit {
  /** The daily values with each correction left out (null). */
  daily: (number | null)[];
  /** The corrections at their day, null elsewhere. */
  corrections: (number | null)[];
  count: number;
}

export function splitCorrections(values: readonly (number | null)[]): DailySplit {
  let count = 0;
  const daily = values.map((v) => (v !== null && v < 0 ? null : v));
  const corrections = values.map((v) => {
    if (v === null || v >= 0) return null;
    count++;
    return v;
  });
  return { daily, corrections, count };
}
