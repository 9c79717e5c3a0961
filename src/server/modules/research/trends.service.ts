import { cladeTrend, mutationTrend, type PeriodUnit } from '../../../core/genome/trends';
import { inDatasetGenes } from '../../../core/genome/mutation-label';
import type { CladeTrend, CladeTrendQuery, MutationTrend, MutationTrendQuery, TrendCountries } from '../../../shared/schemas/research-trends';
import type { Clock } from '../../clock';
import type { Db } from '../../db/types';
import { ValidationFailed } from '../../errors';
import type { CountriesService } from '../countries/countries.service';
import * as repo from './trends.repo';

// Variant trends: the database counts, the core turns counts into shares and intervals.

/**
 * How long the genome totals by country and period are reused: every mutation's map divides by them, and
 * counting the whole repository on each request would hold SQLite's (synchronous) connection for a few
 * hundred ms at 100,000 genomes. A new genome reaches the map's denominators within this time.
 */
const TOTALS_TTL_MS = 30_000;

export function createTrendsService(deps: { db: Db; clock: Clock; countries: CountriesService; geneNames: () => Promise<string[]> }) {
  const { db, clock, countries } = deps;
  const totals = new Map<PeriodUnit, { at: number; rows: ReturnType<typeof repo.countryCounts> }>();
  const countryTotals = (unit: PeriodUnit) => {
    const now = clock().getTime();
    const cached = totals.get(unit);
    if (cached && now - cached.at < TOTALS_TTL_MS) return cached.rows;
    const rows = repo.countryCounts(db, unit);
    totals.set(unit, { at: now, rows });
    rows.catch(() => totals.delete(unit));
    return rows;
  };
  return {
    async clades(q: CladeTrendQuery): Promise<CladeTrend> {
      return { country: q.country, unit: q.period, periods: cladeTrend(await repo.cladeCounts(db, q.country, q.period), q.period) };
    },

    async mutation(q: MutationTrendQuery): Promise<MutationTrend> {
      // The schema read the query into a label; an amino-acid change's gene takes the dataset's case.
      const parsed = inDatasetGenes(q.mutation, await deps.geneNames());
      if (!parsed.ok) throw new ValidationFailed(parsed.error, [{ path: 'querystring.mutation', message: parsed.error }]);
      const [totals, carriers, list] = await Promise.all([countryTotals(q.period), repo.carrierCounts(db, parsed.label), countries.countries()]);
      const numeric = new Map(list.map((c) => [c.iso3, c.isoNumeric]));
      const trend = mutationTrend(totals, carriers, q.period);
      return { mutation: parsed.label, unit: q.period, countries: trend.map((c) => ({ ...c, isoNumeric: numeric.get(c.country) ?? null })) };
    },

    async countries(): Promise<TrendCountries> {
      return { countries: await repo.trendCountries(db) };
    },
  };
}

export type TrendsService = ReturnType<typeof createTrendsService>;
