import { PRIORITY_WEIGHT_KEYS, type AidPriorityWeightKey, type PriorityWeight } from '../../shared/schemas/aid';
import { SEVERITY_WEIGHT_KEYS, type SeverityWeights } from '../../shared/schemas/situation';
import { DEFAULT_PRIORITY_WEIGHTS, SEVERITY_SHARE_OF_PRIORITY, type PriorityWeights } from './priority';

// The priority's weights in three layers, each later one winning, as ADR 035 does for the needs model:
// the priority model's defaults (priority.ts), the agency's saved weights (its severity weights on the
// Situation page, ADR 021, and its own values for the aid module's factors: shortage, urgency, importation
// risk), a plan run's overrides. See docs/decisions/036-priority-weights-from-the-situation.md.
//
// The agency's four severity weights become priority weights by keeping their proportions and scaling
// them to the share the epidemic and health system take in the priority (0.6), so that shortage and
// urgency keep their weight; an organisation's coordinator-set severity stands for incidence, growth and
// deaths together and takes their sum. With ADR 021's defaults this gives back the model's defaults.

/** The agency's severity weights as priority weights (the five keys they decide). */
export function priorityWeightsFromSeverity(severity: SeverityWeights): Pick<PriorityWeights, (typeof SEVERITY_WEIGHT_KEYS)[number] | 'coordinator-severity'> {
  const total = SEVERITY_WEIGHT_KEYS.reduce((sum, key) => sum + severity[key], 0);
  // The situation refuses weights that are all 0; were they stored anyway, nothing can be scaled.
  const scale = total > 0 ? SEVERITY_SHARE_OF_PRIORITY / total : 0;
  return {
    incidence: severity.incidence * scale,
    growth: severity.growth * scale,
    deaths: severity.deaths * scale,
    'health-system': severity['health-system'] * scale,
    'coordinator-severity': (severity.incidence + severity.growth + severity.deaths) * scale,
  };
}

/**
 * Every priority weight with its value in effect and its origin. `agency` is the Situation's saved
 * severity weights, or null while none are saved (the model's defaults stand); `agencyAid` the agency's
 * saved values for the aid module's own factors.
 */
export function layerPriorityWeights(
  agency: SeverityWeights | null,
  run: Partial<PriorityWeights> = {},
  agencyAid: Partial<Record<AidPriorityWeightKey, number>> = {},
): { values: PriorityWeights; weights: PriorityWeight[] } {
  const fromAgency: Partial<PriorityWeights> = { ...(agency ? priorityWeightsFromSeverity(agency) : {}), ...agencyAid };
  const weights = PRIORITY_WEIGHT_KEYS.map((key): PriorityWeight => {
    const agencyValue = fromAgency[key] ?? null;
    const runValue = run[key];
    const origin = runValue !== undefined ? 'run' : agencyValue !== null ? 'agency' : 'model';
    return { key, value: runValue ?? agencyValue ?? DEFAULT_PRIORITY_WEIGHTS[key], modelValue: DEFAULT_PRIORITY_WEIGHTS[key], agencyValue, origin };
  });
  const values = Object.fromEntries(weights.map((w) => [w.key, w.value])) as PriorityWeights;
  return { values, weights };
}
