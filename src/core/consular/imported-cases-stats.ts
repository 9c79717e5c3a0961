// Shares over imported cases, as the consular statistics show them ("90% hold our passports, 40% are
// students"). The counts come from the database; this turns them into shares the same way everywhere.

export interface ImportedCaseCounts {
  total: number;
  ownPassport: number;
  students: number;
  byOrigin: { iso3: string; count: number }[];
}

export interface ImportedCaseStatistics {
  total: number;
  ownPassport: { count: number; share: number };
  students: { count: number; share: number };
  byOrigin: { iso3: string; count: number }[];
}

/** A count's share of the total, 0 when there is none (no cases: no share, rather than NaN). */
export const shareOf = (count: number, total: number): number => (total === 0 ? 0 : count / total);

/** The statistics, origins by count descending then code, so equal counts keep one order. */
export function importedCaseStatistics(counts: ImportedCaseCounts): ImportedCaseStatistics {
  return {
    total: counts.total,
    ownPassport: { count: counts.ownPassport, share: shareOf(counts.ownPassport, counts.total) },
    students: { count: counts.students, share: shareOf(counts.students, counts.total) },
    byOrigin: [...counts.byOrigin].sort((a, b) => b.count - a.count || a.iso3.localeCompare(b.iso3)),
  };
}
