import type { EpidemicSeverityInputs } from '../../../core/epi/severity';
import type { SituationService } from '../situation/situation.service';

// What the aid module takes from the situation module, through its service: each country's severity
// inputs (for priorities) and its recent mean daily cases (for the donor's own need). When the situation
// has no data, or cannot be read, the aid module goes on without it (health system and urgency only).

export interface SituationFacts {
  date: string | null;
  byIso3: Map<string, EpidemicSeverityInputs & { newCasesSmoothed: number | null }>;
}

export type SituationReader = Pick<SituationService, 'overviewData'>;

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
