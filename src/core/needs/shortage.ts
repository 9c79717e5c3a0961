// A partner's shortage (issue 4): the unmet share of its estimated need over the planning horizon.
// Per item, unmet = max(0, need − received − pledged), where received is what earlier batches brought
// within the horizon and pledged what other donors have promised for it; the partner's shortage is the
// mean of the items' unmet shares, weighted by the items' importance v_i, over the items it needs at
// all (need > 0). Items with no estimated need say nothing about a shortage and are left out; with no
// such item the shortage is unknown (null) and the priority leaves the factor out.

export interface ShortageInputLine {
  item: string;
  /** Estimated need over the horizon, in units. */
  need: number;
  /** Units brought by earlier batches within the horizon. */
  received: number;
  /** Units other donors have pledged, expected within the horizon. */
  pledged: number;
  /** v_i, the item's importance (default 1). */
  value?: number;
}

export interface ShortageLine extends ShortageInputLine {
  unmet: number;
  /** unmet / need, in 0..1 (0 when need is 0). */
  unmetShare: number;
}

export interface Shortage {
  /** Weighted mean unmet share over the items with a need; null when no item has one. */
  share: number | null;
  lines: ShortageLine[];
}

export function unmetNeed(line: ShortageInputLine): ShortageLine {
  const need = Math.max(0, line.need);
  const unmet = Math.max(0, need - Math.max(0, line.received) - Math.max(0, line.pledged));
  return { ...line, unmet, unmetShare: need > 0 ? unmet / need : 0 };
}

export function partnerShortage(lines: readonly ShortageInputLine[]): Shortage {
  const computed = lines.map(unmetNeed);
  let weight = 0;
  let sum = 0;
  for (const line of computed) {
    if (!(line.need > 0)) continue;
    const v = line.value ?? 1;
    weight += v;
    sum += v * line.unmetShare;
  }
  return { share: weight > 0 ? sum / weight : null, lines: computed };
}
