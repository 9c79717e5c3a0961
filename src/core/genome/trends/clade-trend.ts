import { periodOf, type PeriodUnit } from './collection-period';
import { estimateShare, type ShareEstimate } from './share-estimate';

// Clade frequencies of one country over time, from counts of analysed genomes by collection date and
// clade. The date may already be a month (YYYY-MM, when the database grouped by month): periodOf
// accepts any date at least as precise as the period.

export interface DatedCladeCount {
  date: string;
  clade: string;
  count: number;
}

export interface CladeShare extends ShareEstimate {
  clade: string;
}

export interface CladePeriod {
  period: string;
  total: number;
  /** Most frequent first; ties by clade name. */
  clades: CladeShare[];
}

/** Periods in order, each with its total and every clade's count, share and interval; imprecise dates are left out. */
export function cladeTrend(rows: readonly DatedCladeCount[], unit: PeriodUnit): CladePeriod[] {
  const periods = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const period = periodOf(row.date, unit);
    if (period === null || row.count <= 0) continue;
    let clades = periods.get(period);
    if (!clades) periods.set(period, (clades = new Map()));
    clades.set(row.clade, (clades.get(row.clade) ?? 0) + row.count);
  }
  return [...periods.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([period, clades]) => {
      let total = 0;
      for (const count of clades.values()) total += count;
      const shares = [...clades.entries()].map(([clade, count]) => ({ clade, ...estimateShare(count, total) }));
      shares.sort((a, b) => b.count - a.count || (a.clade < b.clade ? -1 : a.clade > b.clade ? 1 : 0));
      return { period, total, clades: shares };
    });
}
