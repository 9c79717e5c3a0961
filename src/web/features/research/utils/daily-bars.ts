// Where each day's bar goes in the statistics chart. A bar is never wider than MAX_BAR: with one day of data
// the bar filled 70% of the chart and read as a block, not as one day.

export const MAX_BAR = 18;

export function dailyBars(days: number, width: number): { width: number; x: (i: number) => number } {
  const step = width / Math.max(days, 1);
  const bar = Math.max(2, Math.min(MAX_BAR, step * 0.7));
  return { width: bar, x: (i) => i * step + (step - bar) / 2 };
}
