import { cladeTrend, mutationTrend } from '../../../core/genome/trends';
import { inDatasetGenes } from '../../../core/genome/mutation-label';
import type { CladeTrend, CladeTrendQuery, MutationTrend, MutationTrendQuery, TrendCountries } from '../../../shared/schemas/research-trends';
import type { Db } from '../../db/types';
import { ValidationFailed } from '../../errors';
import type { CountriesService } from '../countries/countries.service';
import * as repo from './trends.repo';

// Variant trends: the database counts, the core turns counts into shares and intervals.

export function createTrendsService(deps: { db: Db; countries: CountriesService; geneNames: () => Promise<string[]> }) {
  const { db, countries } = deps;
  return {
    async clades(q: CladeTrendQuery): Promise<CladeTrend> {
      return { country: q.country, unit: q.period, periods: cladeTrend(await repo.cladeCounts(db, q.country, q.period), q.period) };
    },

    async mutation(q: MutationTrendQuery): Promise<MutationTrend> {
      // The schema read the query into a label; an amino-acid change's gene takes the dataset's case.
      const parsed = inDatasetGenes(q.mutation, await deps.geneNames());
      if (!parsed.ok) throw new ValidationFailed(parsed.error, [{ path: 'querystring.mutation', message: parsed.error }]);
      const [totals, carriers, list] = await Promise.all([repo.countryCounts(db, q.period), repo.carrierCounts(db, parsed.label), countries.countries()]);
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
