import type { FluxWeighting } from '../../../core/spread/air-network';
import { distanceGraph, shortestPaths, type DistanceGraph } from '../../../core/spread/effective-distance';
import { importationRisk, prevalenceFromIncidence, WEEKLY_INTERNATIONAL_TRAVELLERS } from '../../../core/spread/importation-risk';
import { needsPreparedness, PREPAREDNESS_THRESHOLDS } from '../../../core/spread/preparedness';
import { spreadFrom } from '../../../core/spread/spread-from';
import { arrivalCheck, type Gateway } from '../../../core/spread/arrival-check';
import type { ArrivalCheck, ArrivalCheckQuery, ImportationRisk, ImportationRiskQuery, NetworkSummary, Spread, SpreadQuery } from '../../../shared/schemas/spread';
import type { Overview, SeriesSource } from '../../../shared/schemas/situation';
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
  gateways: Map<string, Gateway>;
  namedAirports: Record<string, { lat: number; lon: number }>;
}

/** Each country's first reported case in the data shown now: null for a country that never reported one. */
export interface FirstCaseDates {
  source: SeriesSource | null;
  seriesFirstDate: string | null;
  byIso3: Map<string, string | null>;
}

export function createSpreadService(deps: {
  countries: CountriesService;
  overviewData: (date?: string) => Promise<Overview>;
  firstCases: () => Promise<FirstCaseDates>;
  /** Where the outbreak began (the pathogen dataset's setting), or null when the dataset does not say. */
  outbreakOrigin: { iso3: string; airport: string } | null;
}) {
  const loaded = new Map<FluxWeighting, Promise<LoadedNetwork>>();

  async function load(weighting: FluxWeighting): Promise<LoadedNetwork> {
    const countries = await deps.countries.countries();
    const built: CountryNetwork = await buildCountryNetworkInWorker({
      iso2ToIso3: countries.map((c) => [c.iso2, c.iso3]),
      weighting,
      namedAirports: deps.outbreakOrigin ? [deps.outbreakOrigin.airport] : [],
    });
    const graph = distanceGraph(built.network);
    return {
      graph,
      index: new Map(graph.nodes.map((iso3, i) => [iso3, i])),
      summary: { ...built.summary, attribution: ATTRIBUTION },
      gateways: new Map(built.gateways),
      namedAirports: built.namedAirports,
    };
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

  function originNode(index: Map<string, number>, iso3: string): number {
    const origin = index.get(iso3);
    if (origin === undefined) {
      const message = `${iso3} has no airport with an international route in the air network; pick a country code such as CHN`;
      throw new AppError(404, 'not_found', message, [{ path: 'origin', message }]);
    }
    return origin;
  }

  return {
    async spread(query: SpreadQuery): Promise<Spread> {
      const { graph, index, summary } = await network(query.weighting);
      const origin = originNode(index, query.origin);
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

    /**
     * Effective distance and great-circle distance beside each country's first reported case (ADR 040), on
     * the data imported now: from the outbreak's airport for its origin, else from the origin's busiest airport.
     */
    async arrivalCheck(query: ArrivalCheckQuery): Promise<ArrivalCheck> {
      const originIso3 = query.origin ?? deps.outbreakOrigin?.iso3 ?? 'CHN';
      const [{ graph, index, gateways, namedAirports }, cases] = await Promise.all([network('routes'), deps.firstCases()]);
      const origin = originNode(index, originIso3);
      const outbreak = deps.outbreakOrigin?.iso3 === originIso3 ? namedAirports[deps.outbreakOrigin.airport] : undefined;
      const fromAirport = outbreak ? (deps.outbreakOrigin?.airport ?? null) : (gateways.get(originIso3)?.iata ?? null);
      const originPoint = outbreak ?? gateways.get(originIso3);
      const distances = shortestPaths(graph, origin).distance;
      const arrival = new Map<string, string>();
      const atStart: string[] = [];
      let never = 0;
      for (const [iso3, date] of cases.byIso3) {
        if (date === null) never++;
        else if (date === cases.seriesFirstDate) atStart.push(iso3);
        else arrival.set(iso3, date);
      }
      const check =
        originPoint === undefined || cases.seriesFirstDate === null
          ? { rows: [], spearmanEffective: null, spearmanGreatCircle: null, unreachable: [] }
          : arrivalCheck({ origin: originIso3, originPoint, effectiveDistance: new Map(graph.nodes.map((iso3, i) => [iso3, distances[i]])), gateways, arrival, seriesFirstDate: cases.seriesFirstDate });
      return {
        origin: originIso3,
        fromAirport,
        source: cases.source,
        seriesFirstDate: cases.seriesFirstDate,
        spearmanEffective: check.spearmanEffective,
        spearmanGreatCircle: check.spearmanGreatCircle,
        excluded: { reportingOnFirstDay: atStart.sort(), neverReporting: never, unreachable: check.unreachable },
        countries: check.rows,
      };
    },
  };
}

export type SpreadService = ReturnType<typeof createSpreadService>;
