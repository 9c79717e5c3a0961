import { doublingTimeDays } from '../../../../core/epi/growth';
import type { Country } from '../../../../shared/schemas/countries';
import type { Overview, OverviewSummary } from '../../../../shared/schemas/situation';

/** One country of the overview summary, with the facts the countries list holds (names, beds, map id). */
export interface OverviewCountry {
  iso3: string;
  isoNumeric: string | null;
  name: string;
  nameZh: string;
  /** The country's region (UN geoscheme), for the ranking's filter. */
  region: string | null;
  hospitalBedsPerThousand: number | null;
  severity: number | null;
  incidence7dPer100k: number | null;
  growth7d: number | null;
  doublingTimeDays: number | null;
  rt: number | null;
  deaths28dPerMillion: number | null;
  /** From the details, when the reader asked for every indicator (null until then). */
  newCasesSmoothed: number | null;
  newDeathsSmoothed: number | null;
  cumulativeCases: number | null;
  cumulativeDeaths: number | null;
}

/**
 * The summary's columns as rows, most severe first, joined with the countries (a code without one keeps its
 * code) and, when given, with the details of the same date (new and total cases and deaths).
 */
export function overviewRows(summary: OverviewSummary, countries: readonly Country[], details?: Overview): OverviewCountry[] {
  const byIso3 = new Map(countries.map((c) => [c.iso3, c]));
  const detailed = new Map((details?.date === summary.date ? details.countries : []).map((d) => [d.iso3, d]));
  const c = summary.countries;
  return c.iso3.map((iso3, i) => {
    const facts = byIso3.get(iso3);
    const more = detailed.get(iso3);
    return {
      iso3,
      isoNumeric: facts?.isoNumeric ?? null,
      name: facts?.nameEn ?? iso3,
      nameZh: facts?.nameZh ?? iso3,
      region: facts?.region ?? null,
      hospitalBedsPerThousand: facts?.hospitalBedsPerThousand ?? null,
      severity: c.severity[i],
      incidence7dPer100k: c.incidence7dPer100k[i],
      growth7d: c.growth7d[i],
      doublingTimeDays: doublingTimeDays(c.growth7d[i]),
      rt: c.rt[i],
      deaths28dPerMillion: c.deaths28dPerMillion[i],
      newCasesSmoothed: more?.newCasesSmoothed ?? null,
      newDeathsSmoothed: more?.newDeathsSmoothed ?? null,
      cumulativeCases: more?.cumulativeCases ?? null,
      cumulativeDeaths: more?.cumulativeDeaths ?? null,
    };
  });
}
