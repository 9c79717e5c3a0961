import { cladeTrend, mutationTrend } from '../../../core/genome/trends';
import { parseMutationQuery } from '../../../shared/schemas/research';
import type { CladeTrend, CladeTrendQuery, MutationTrend, MutationTrendQuery, TrendCountries } from '../../../shared/schemas/research-trends';
import type { Db } from '../../db/types';
import { BadRequest } from '../../errors';
import type { CountriesService } from '../countries/countries.service';
import * as repo from './trends.repo';

// Variant trends: the database counts, the core turns counts into shares and intervals.

export function createTrendsService(deps: { db: Db; countries: CountriesService }) {
  const { db, countries } = deps;
  return {
    async clades(q: CladeTrendQuery): Promise<CladeTrend> {
      return { country: q.country, unit: q.period, periods: cladeTrend(await repo.cladeCounts(db, q.country, q.period), q.period) };
    },

    async mutation(q: MutationTrendQuery): Promise<MutationTrend> {
      const parsed = parseMutationQuery(q.mutation);
      if ('error' in parsed) throw new BadRequest(parsed.error, [{ path: 'querystring.mutation', message: parsed.error }]);
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
