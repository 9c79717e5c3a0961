import { estimateNeeds, type NeedsInput } from './estimate-needs';

// The domestic reserve (issue 4): what the donor keeps for itself, never allocated abroad. Per item it
// is the larger of a coordinator-set floor and the donor's own estimated need over the reserve horizon,
// from the same needs model applied to the donor's own situation.

export interface ReserveLine {
  item: string;
  floor: number;
  estimatedNeed: number;
  reserve: number;
  /** Which of the two set the reserve (the floor on a tie). */
  setBy: 'floor' | 'need';
}

/** reserve_i = max(floor_i, need_i), for every item that has a floor or a need. */
export function domesticReserve(floors: Readonly<Record<string, number>>, needs: ReadonlyArray<{ item: string; need: number }>): ReserveLine[] {
  const need = new Map(needs.map((n) => [n.item, n.need]));
  const items = [...new Set([...needs.map((n) => n.item), ...Object.keys(floors)])];
  return items.map((item) => {
    const floor = Math.max(0, floors[item] ?? 0);
    const estimatedNeed = Math.max(0, need.get(item) ?? 0);
    return { item, floor, estimatedNeed, reserve: Math.max(floor, estimatedNeed), setBy: estimatedNeed > floor ? 'need' : 'floor' };
  });
}

/**
 * The donor's reserve from its own situation: the needs model over `reserveHorizonWeeks`, then the
 * floors. Errors of the needs input come back with their paths.
 */
export function estimateDomesticReserve(
  donor: Omit<NeedsInput, 'horizonWeeks'>,
  reserveHorizonWeeks: number,
  floors: Readonly<Record<string, number>>,
): { ok: true; lines: ReserveLine[] } | { ok: false; errors: { path: string; message: string }[] } {
  const estimate = estimateNeeds({ ...donor, horizonWeeks: reserveHorizonWeeks });
  if (!estimate.ok) {
    return { ok: false, errors: estimate.errors.map((e) => (e.path === 'horizonWeeks' ? { ...e, path: 'reserveHorizonWeeks' } : e)) };
  }
  return { ok: true, lines: domesticReserve(floors, estimate.result.items) };
}
