import { DEFAULT_PRIORITY_WEIGHTS } from '../../../../core/allocation/priority';
import type { WeightKey } from '../components/plan-options-form';

// The planner starts from the documented default weights of the priority model.
export const DEFAULT_WEIGHTS: Record<WeightKey, number> = { ...DEFAULT_PRIORITY_WEIGHTS };

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
