import type { FluxWeighting } from '../../../core/spread/air-network';
import { distanceGraph, type DistanceGraph } from '../../../core/spread/effective-distance';
import { importationRisk, prevalenceFromIncidence, WEEKLY_INTERNATIONAL_TRAVELLERS } from '../../../core/spread/importation-risk';
import { needsPreparedness, PREPAREDNESS_THRESHOLDS } from '../../../core/spread/preparedness';
import { spreadFrom } from '../../../core/spread/spread-from';
import type { ImportationRisk, ImportationRiskQuery, NetworkSummary, Spread, SpreadQuery } from '../../../shared/schemas/spread';
import type { Overview } from '../../../shared/schemas/situation';
import { AppError } from '../../errors';
import type { CountriesService } from '../countries/countries.service';
import { buildCountryNetworkInWorker, type CountryNetwork } from '../../workers/spread/country-network.worker';

// Spread over the air network (issue 17; ADR 040). The country network is built once per process and
// weighting, on first use, in a worker; Dijkstra over its ~230 countries then takes well under a millisecond,
// so each request computes its origin's distances afresh.

const ATTRIBUTION = 'Airport, route and country data from OpenFlights (openflights.org), ODbL 1.0';

interface LoadedNetwork {
  graph: DistanceGraph;
  index: Map<string, number>;
  summary: NetworkSummary;
}

export function createSpreadService(deps: { countries: CountriesService; overviewData: (date?: string) => Promise<Overview> }) {
  const loaded = new Map<FluxWeighting, Promise<LoadedNetwork>>();

  async function load(weighting: FluxWeighting): Promise<LoadedNetwork> {
    const countries = await deps.countries.countries();
    const built: CountryNetwork = await buildCountryNetworkInWorker({ iso2ToIso3: countries.map((c) => [c.iso2, c.iso3]), weighting });
    const graph = distanceGraph(built.network);
    return { graph, index: new Map(graph.nodes.map((iso3, i) => [iso3, i])), summary: { ...built.summary, attribution: ATTRIBUTION } };
  }

  function network(weighting: FluxWeighting): Promise<LoadedNetwork> {
    let promise = loaded.get(weighting);
    if (promise === undefined) {
      promise = load(weighting);
      loaded.set(weighting, promise);
      // A failed load is not kept: the next request tries again.
      promise.catch(() => loaded.delete(weighting));
    }
    return promise;
  }

  return {
    async spread(query: SpreadQuery): Promise<Spread> {
      const { graph, index, summary } = await network(query.weighting);
      const origin = index.get(query.origin);
      if (origin === undefined) {
        const message = `${query.origin} has no airport with an international route in the air network; pick a country code such as CHN`;
        throw new AppError(404, 'not_found', message, [{ path: 'origin', message }]);
      }
      return {
        origin: query.origin,
        weighting: query.weighting,
        network: summary,
        countries: spreadFrom(graph, origin).map((row) => ({
          iso3: graph.nodes[row.node],
          effectiveDistance: row.effectiveDistance,
          hops: row.hops,
          path: row.path.map((n) => graph.nodes[n]),
          flux: row.directFlux,
          share: row.directShare,
        })),
      };
    },

    async importationRisk(query: ImportationRiskQuery): Promise<ImportationRisk> {
      const [{ graph }, overview] = await Promise.all([network(query.weighting), deps.overviewData(query.date)]);
      const byIso3 = new Map(overview.countries.map((c) => [c.iso3, c]));
      const incidence = new Map(overview.countries.map((c) => [c.iso3, c.incidence7dPer100k]));
      const assumptions = { infectiousDays: query.infectiousDays, ascertainment: query.ascertainment };
      const prevalence = graph.nodes.map((iso3) => {
        const value = incidence.get(iso3);
        return value === null || value === undefined ? NaN : prevalenceFromIncidence(value, assumptions);
      });
      const rows = importationRisk(graph, prevalence, WEEKLY_INTERNATIONAL_TRAVELLERS);
      return {
        date: overview.date,
        source: overview.source,
        weighting: query.weighting,
        assumptions: { ...assumptions, weeklyTravellers: WEEKLY_INTERNATIONAL_TRAVELLERS },
        preparednessThresholds: PREPAREDNESS_THRESHOLDS,
        countries: rows.slice(0, query.limit).map((row, i) => {
          const iso3 = graph.nodes[row.node];
          const own = { expectedPerWeek: row.expectedPerWeek, incidence7dPer100k: incidence.get(iso3) ?? null, hospitalBedsPerThousand: byIso3.get(iso3)?.hospitalBedsPerThousand ?? null };
          return {
            rank: i + 1,
            iso3,
            travellersPerWeek: row.travellersPerWeek,
            mainSource: row.mainSource === -1 ? null : graph.nodes[row.mainSource],
            mainSourceShare: row.mainSourceShare,
            ...own,
            preparedness: needsPreparedness(own),
          };
        }),
      };
    },

  };
}

export type SpreadService = ReturnType<typeof createSpreadService>;
