import { periodOf, type PeriodUnit } from './collection-period';
import { estimateShare, type ShareEstimate } from './share-estimate';

// A mutation's share of each country's analysed genomes by period, and the first and latest
// collection dates it was seen there, from two sets of counts by country and date: every analysed
// genome, and those carrying the mutation.

export interface DatedCountryCount {
  country: string;
  date: string;
  count: number;
}

export interface MutationPeriodShare extends ShareEstimate {
  period: string;
  total: number;
}

export interface CountryMutationTrend {
  country: string;
  /** Genomes carrying the mutation, whatever the precision of their date. */
  carriers: number;
  /** The earliest and latest collection dates of a carrier (as dated), null when none. */
  firstSeen: string | null;
  lastSeen: string | null;
  /** Every period in which the country has genomes dated that precisely, the mutation seen or not. */
  periods: MutationPeriodShare[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function addTo(map: Map<string, Map<string, number>>, country: string, period: string, count: number) {
  let periods = map.get(country);
  if (!periods) map.set(country, (periods = new Map()));
  periods.set(period, (periods.get(period) ?? 0) + count);
}

/** Countries by code; a country appears when it has a genome dated to the period or a carrier. */
export function mutationTrend(totals: readonly DatedCountryCount[], carriers: readonly DatedCountryCount[], unit: PeriodUnit): CountryMutationTrend[] {
  const genomes = new Map<string, Map<string, number>>();
  const carrying = new Map<string, Map<string, number>>();
  const seen = new Map<string, { carriers: number; first: string; last: string }>();
  for (const row of totals) {
    const period = periodOf(row.date, unit);
    if (period !== null && row.count > 0) addTo(genomes, row.country, period, row.count);
  }
  for (const row of carriers) {
    if (row.count <= 0) continue;
    const s = seen.get(row.country);
    if (!s) seen.set(row.country, { carriers: row.count, first: row.date, last: row.date });
    else {
      s.carriers += row.count;
      if (row.date < s.first) s.first = row.date;
      if (row.date > s.last) s.last = row.date;
    }
    const period = periodOf(row.date, unit);
    if (period !== null) addTo(carrying, row.country, period, row.count);
  }
  const countries = [...new Set([...genomes.keys(), ...seen.keys()])].sort(byText);
  return countries.map((country) => {
    const periodTotals = genomes.get(country) ?? new Map<string, number>();
    const periodCarriers = carrying.get(country);
    const s = seen.get(country);
    return {
      country,
      carriers: s?.carriers ?? 0,
      firstSeen: s?.first ?? null,
      lastSeen: s?.last ?? null,
      periods: [...periodTotals.entries()]
        .sort(([a], [b]) => byText(a, b))
        // A carrier is one of the genomes: never more carriers than genomes, even from inconsistent counts.
        .map(([period, total]) => ({ period, total, ...estimateShare(Math.min(total, periodCarriers?.get(period) ?? 0), total) })),
    };
  });
}
