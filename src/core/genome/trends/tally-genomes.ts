import type { DatedCladeCount } from './clade-trend';
import type { DatedCountryCount } from './mutation-trend';

// What the database's GROUP BY gives the trend functions, computed from genome records in memory (for
// the benchmark, the browser and tests): counts by country, date and clade, and the same for the
// genomes carrying one mutation.

export interface GenomeRecord {
  country: string;
  date: string;
  clade: string | null;
  mutations?: readonly string[];
}

/** Counts by (date, clade) of one country's genomes that have a clade. */
export function tallyClades(genomes: readonly GenomeRecord[], country: string): DatedCladeCount[] {
  const counts = new Map<string, DatedCladeCount>();
  for (const g of genomes) {
    if (g.country !== country || g.clade === null) continue;
    const key = `${g.date}\t${g.clade}`;
    const row = counts.get(key);
    if (row) row.count++;
    else counts.set(key, { date: g.date, clade: g.clade, count: 1 });
  }
  return [...counts.values()];
}

/** Counts by (country, date) of every genome, or of those carrying `mutation` when given. */
export function tallyCountries(genomes: readonly GenomeRecord[], mutation?: string): DatedCountryCount[] {
  const counts = new Map<string, DatedCountryCount>();
  for (const g of genomes) {
    if (mutation !== undefined && !g.mutations?.includes(mutation)) continue;
    const key = `${g.country}\t${g.date}`;
    const row = counts.get(key);
    if (row) row.count++;
    else counts.set(key, { country: g.country, date: g.date, count: 1 });
  }
  return [...counts.values()];
}
