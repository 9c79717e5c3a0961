import { doublingTimeDays } from '../../../../core/epi/growth';
import type { Country } from '../../../../shared/schemas/countries';
import type { OverviewSummary } from '../../../../shared/schemas/situation';

/** One country of the overview summary, with the facts the countries list holds (names, beds, map id). */
export interface OverviewCountry {
  iso3: string;
  isoNumeric: string | null;
  name: string;
  nameZh: string;
  hospitalBedsPerThousand: number | null;
  severity: number | null;
  incidence7dPer100k: number | null;
  growth7d: number | null;
  doublingTimeDays: number | null;
  rt: number | null;
  deaths28dPerMillion: number | null;
}

/** The summary's columns as rows, most severe first, joined with the countries (a code without one keeps its code). */
export function overviewRows(summary: OverviewSummary, countries: readonly Country[]): OverviewCountry[] {
  const byIso3 = new Map(countries.map((c) => [c.iso3, c]));
  const c = summary.countries;
  return c.iso3.map((iso3, i) => {
    const facts = byIso3.get(iso3);
    return {
      iso3,
      isoNumeric: facts?.isoNumeric ?? null,
      name: facts?.nameEn ?? iso3,
      nameZh: facts?.nameZh ?? iso3,
      hospitalBedsPerThousand: facts?.hospitalBedsPerThousand ?? null,
      severity: c.severity[i],
      incidence7dPer100k: c.incidence7dPer100k[i],
      growth7d: c.growth7d[i],
      doublingTimeDays: doublingTimeDays(c.growth7d[i]),
      rt: c.rt[i],
      deaths28dPerMillion: c.deaths28dPerMillion[i],
    };
  });
}
