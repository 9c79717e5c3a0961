// Importation risk: the infections expected to arrive by air in country m over a week,
//   imported_m = Σ_n prevalence_n × V_nm,
// where V_nm, the travellers from n to m in a week, is the world's weekly international air trips shared out
// by the network's flux (V_nm = W × F_mn / Σ F), and prevalence_n is the share of n's people infectious now.
// Prevalence comes from recent incidence: the cases reported in the last 7 days are taken as the infectious
// (an infectious period of about a week), divided by the share of infections that get reported.
import type { FluxNetwork } from './flux-network';

/**
 * About 1.8 billion international air trips a year before the pandemic (ICAO, 2019), or 34.6 million a week.
 * A default: a deployment studying another year or region passes its own.
 */
export const WEEKLY_INTERNATIONAL_TRAVELLERS = 1.8e9 / 52;

export interface PrevalenceAssumptions {
  /** Days a case stays infectious (and travels): prevalence = incidence per day × this. Default 7. */
  infectiousDays?: number;
  /** Share of infections that are reported (0–1]; 1 counts reported cases only. Default 1. */
  ascertainment?: number;
}

/** Share of the population infectious now, from the cases reported in the last 7 days per 100,000 people. */
export function prevalenceFromIncidence(incidence7dPer100k: number, assumptions: PrevalenceAssumptions = {}): number {
  const infectiousDays = assumptions.infectiousDays ?? 7;
  const ascertainment = assumptions.ascertainment ?? 1;
  if (!(incidence7dPer100k >= 0) || !(ascertainment > 0 && ascertainment <= 1) || !(infectiousDays > 0)) return 0;
  return Math.min(1, ((incidence7dPer100k / 1e5 / 7) * infectiousDays) / ascertainment);
}

export interface ImportationRisk {
  /** Node index of the destination. */
  node: number;
  /** Expected infections arriving in a week. */
  expectedPerWeek: number;
  /** Travellers arriving in a week from every origin with a known prevalence. */
  travellersPerWeek: number;
  /** The origin contributing most, −1 when none contributes. */
  mainSource: number;
  mainSourceShare: number;
}

/**
 * Every node's importation risk, highest first (ties by node index). `prevalence[n]` is NaN when unknown:
 * that origin then contributes nothing, and its travellers are not counted.
 */
export function importationRisk(network: FluxNetwork, prevalence: ArrayLike<number>, weeklyTravellers = WEEKLY_INTERNATIONAL_TRAVELLERS): ImportationRisk[] {
  const n = network.nodes.length;
  let total = 0;
  for (let e = 0; e < network.flux.length; e++) total += network.flux[e];
  const expected = new Float64Array(n);
  const travellers = new Float64Array(n);
  const main = new Int32Array(n).fill(-1);
  const mainValue = new Float64Array(n);
  if (total > 0) {
    for (let from = 0; from < n; from++) {
      const p = prevalence[from];
      if (Number.isNaN(p)) continue;
      for (let e = network.offsets[from]; e < network.offsets[from + 1]; e++) {
        const to = network.targets[e];
        const volume = (weeklyTravellers * network.flux[e]) / total;
        const value = p * volume;
        travellers[to] += volume;
        expected[to] += value;
        if (value > mainValue[to]) {
          mainValue[to] = value;
          main[to] = from;
        }
      }
    }
  }
  const rows: ImportationRisk[] = [];
  for (let node = 0; node < n; node++) {
    rows.push({ node, expectedPerWeek: expected[node], travellersPerWeek: travellers[node], mainSource: main[node], mainSourceShare: expected[node] > 0 ? mainValue[node] / expected[node] : 0 });
  }
  return rows.sort((a, b) => b.expectedPerWeek - a.expectedPerWeek || a.node - b.node);
}
