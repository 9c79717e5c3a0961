import type { EpidemicSeverityInputs } from '../../../core/epi/severity';
import type { SeverityWeights } from '../../../shared/schemas/situation';
import type { SituationService } from '../situation/situation.service';

// What the aid module takes from the situation module, through its service: each country's severity
// inputs (for priorities), its recent mean daily cases (for the donor's own need) and the agency's saved
// severity weights (for priorities, docs/decisions/036). When the situation has no data, or cannot be
// read, the aid module goes on without it (health system and urgency only; the model's weights).

export interface SituationFacts {
  date: string | null;
  byIso3: Map<string, EpidemicSeverityInputs & { newCasesSmoothed: number | null }>;
}

export type SituationReader = Pick<SituationService, 'overviewData' | 'severityWeights'>;

export async function readSituationFacts(situation: SituationReader | undefined): Promise<SituationFacts | null> {
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
  } catch {
    return null;
  }
}

/** The severity weights a coordinator saved on the Situation page; null while none are saved or when they cannot be read. */
export async function readAgencySeverityWeights(situation: SituationReader | undefined): Promise<SeverityWeights | null> {
  if (!situation) return null;
  try {
    const saved = await situation.severityWeights();
    return saved.defaults ? null : saved.weights;
  } catch {
    return null;
  }
}
