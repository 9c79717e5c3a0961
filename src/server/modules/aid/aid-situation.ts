import type { EpidemicSeverityInputs } from '../../../core/epi/severity';
import type { SeverityWeights } from '../../../shared/schemas/situation';
import type { CaseForecastForNeeds, SituationService } from '../situation/situation.service';
import { defaultServiceLog, type ServiceLog } from '../../log';

// What the aid module takes from the situation module, through its service: each country's severity
// inputs (for priorities), its recent mean daily cases (for the donor's own need), the agency's saved
// severity weights (for priorities, docs/decisions/036) and, where the forecast beats the baseline in the
// backtest, its case forecast (for partners' needs, ADR 042), and each country's importation risk over the
// air network (a priority factor, ADR 043). When the situation has no data, or cannot be
// read, the aid module goes on without it (health system and urgency only; the model's weights).

export interface SituationFacts {
  date: string | null;
  byIso3: Map<string, EpidemicSeverityInputs & { newCasesSmoothed: number | null }>;
}

export type SituationReader = Pick<SituationService, 'overviewData' | 'severityWeights'> & Partial<Pick<SituationService, 'caseForecastForNeeds' | 'spread'>>;

export type CaseForecasts = Map<string, CaseForecastForNeeds>;

/**
 * The situation's case forecasts for these countries, where its backtest shows them better than the Forecast
 * Hub baseline (ADR 042); the others (and every country while the backtest is computed) keep the recent mean.
 */
export async function readCaseForecasts(situation: SituationReader | undefined, iso3s: readonly string[], log: ServiceLog = defaultServiceLog): Promise<CaseForecasts> {
  const forecasts: CaseForecasts = new Map();
  if (!situation?.caseForecastForNeeds) return forecasts;
  for (const iso3 of iso3s) {
    try {
      const forecast = await situation.caseForecastForNeeds(iso3);
      if (forecast !== null) forecasts.set(iso3, forecast);
    } catch (err) {
      // No forecast for this country: the recent mean stands, and the log says why.
      log.warn({ err, iso3 }, 'aid: the case forecast could not be read; the recent mean stands');
    }
  }
  return forecasts;
}

export async function readSituationFacts(situation: SituationReader | undefined, log: ServiceLog = defaultServiceLog): Promise<SituationFacts | null> {
  if (!situation) return null;
  try {
    const overview = await situation.overviewData();
    if (overview.countries.length === 0) return null;
    return {
      date: overview.date,
      byIso3: new Map(
        overview.countries.map((c) => [
          c.iso3,
          {
            incidence7dPer100k: c.incidence7dPer100k,
            growth7d: c.growth7d,
            deaths28dPerMillion: c.deaths28dPerMillion,
            hospitalBedsPerThousand: c.hospitalBedsPerThousand,
            newCasesSmoothed: c.newCasesSmoothed,
          },
        ]),
      ),
    };
  } catch (err) {
    log.warn({ err }, 'aid: the situation could not be read; priorities go on with health system and urgency only');
    return null;
  }
}

/** The severity weights a coordinator saved on the Situation page; null while none are saved or when they cannot be read. */
export async function readAgencySeverityWeights(situation: SituationReader | undefined, log: ServiceLog = defaultServiceLog): Promise<SeverityWeights | null> {
  if (!situation) return null;
  try {
    const saved = await situation.severityWeights();
    return saved.defaults ? null : saved.weights;
  } catch (err) {
    log.warn({ err }, "aid: the agency's severity weights could not be read; the model's weights are used");
    return null;
  }
}

/**
 * Infections each country is expected to import by air in a week, from the situation's latest incidence over
 * the air network (ADR 040); empty when the situation has no data or the network cannot be read, and the
 * importation factor is then unknown for every country (left out, the other weights renormalised).
 */
export async function readImportedPerWeek(situation: SituationReader | undefined, log: ServiceLog = defaultServiceLog): Promise<Map<string, number>> {
  if (!situation?.spread) return new Map();
  try {
    const risk = await situation.spread.importationRisk({ infectiousDays: 7, ascertainment: 1, weighting: 'routes', limit: 300 });
    // A country whose travellers all come from origins of unknown incidence has no estimate, not a zero one.
    return new Map(risk.countries.filter((c) => c.travellersPerWeek > 0).map((c) => [c.iso3, c.expectedPerWeek]));
  } catch (err) {
    log.warn({ err }, 'aid: the importation risk could not be read; priorities go on without it');
    return new Map();
  }
}
