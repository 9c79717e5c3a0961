import type { AllocationReason, Explanation, FreightSummary, ItemSummary, WhatIf } from '../../shared/schemas/plan';
import { coverageValue, floorTol, packValue } from './coverage-value';
import type { Prepared, PreparedPair } from './prepare';

// Why each recipient × item got what it got. The greedy gives each item's packs in order of value, so
// an item that runs out has a cut-off: every pack worth more went out, none worth less did. That
// cut-off is the dual of the item's supply row (its shadow price lies between the last pack given and
// the next pack refused). With a freight limit the price of freight, λ per kg, is charged against each
// pack, so a pack of item i is given when its value exceeds λ·g_i.

export interface PlanFacts {
  /** Packs per prepared pair. */
  packs: Float64Array;
  /** λ: value of one more kg of freight (0 when freight does not bind or is unlimited). */
  lambda: number;
}

export interface Explained {
  explanations: Explanation[];
  items: ItemSummary[];
  freight: FreightSummary | null;
  whatIf: WhatIf[];
}

const fmt = (x: number) => (x === 0 ? '0' : Math.abs(x) >= 1e-3 && Math.abs(x) < 1e6 ? String(Number(x.toPrecision(4))) : x.toExponential(3));
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

function nextValue(pair: PreparedPair, packSize: number, n: number): number | null {
  return packValue(n + 1, pair.demand, packSize, pair.coef);
}

export function explainPlan(prep: Prepared, facts: PlanFacts): Explained {
  const { items, pairs, recipients } = prep;
  const { packs, lambda } = facts;
  const perItem = items.map(() => ({ packs: 0, demand: 0, unmet: false, cutOff: Infinity, next: -1, nextPair: -1 }));
  pairs.forEach((pair, k) => {
    const item = items[pair.item];
    const s = perItem[pair.item];
    const n = packs[k];
    s.packs += n;
    s.demand += pair.demand;
    if (n > 0) s.cutOff = Math.min(s.cutOff, packValue(n, pair.demand, item.packSize, pair.coef) ?? Infinity);
    const next = nextValue(pair, item.packSize, n);
    if (next !== null && next > 0) {
      s.unmet = true;
      if (next > s.next) {
        s.next = next;
        s.nextPair = k;
      }
    }
  });

  const freightGiven = prep.freightCapacity !== null;
  const summaries: ItemSummary[] = items.map((item, i) => {
    const s = perItem[i];
    let limitedBy: ItemSummary['limitedBy'] = 'demand';
    if (s.unmet) {
      if (s.packs >= item.capacity) {
        limitedBy = item.reserve > 0 && floorTol(item.available / item.packSize) > item.capacity ? 'reserve' : 'supply';
      } else limitedBy = freightGiven ? 'freight' : 'supply';
    }
    const cutOffValue = limitedBy !== 'demand' && s.packs > 0 ? s.cutOff : null;
    const supplyDualPerPack = limitedBy === 'supply' || limitedBy === 'reserve' ? Math.max(0, s.next - lambda * item.weight) : 0;
    const giveable = item.available - item.reserve;
    const detail =
      limitedBy === 'demand'
        ? `every demand met to its last whole pack (${s.packs} packs)`
        : limitedBy === 'freight'
          ? `freight ran out first: the next pack is worth ${fmt(s.next)} against its freight of ${fmt(item.weight)} kg at ${fmt(lambda)} per kg`
          : `${limitedBy === 'reserve' ? 'the domestic reserve binds' : 'supply ran out'} after ${s.packs} packs` +
            (cutOffValue !== null ? `, at a cut-off value of ${fmt(cutOffValue)} per pack` : '') +
            `; one more pack would be worth ${fmt(s.next)}`;
    return {
      item: item.id,
      packSize: item.packSize,
      available: item.available,
      reserve: item.reserve,
      giveable,
      demand: s.demand,
      allocated: s.packs * item.packSize,
      packs: s.packs,
      limitedBy,
      reserveBinding: limitedBy === 'reserve',
      cutOffValue,
      supplyDualPerPack,
      detail,
    };
  });

  const explanations: Explanation[] = pairs.map((pair, k) => {
    const item = items[pair.item];
    const summary = summaries[pair.item];
    const n = packs[k];
    const allocated = n * item.packSize;
    const next = nextValue(pair, item.packSize, n);
    const { reason, detail } = reasonFor(pair, n, next, item.capacity, summary, lambda * item.weight);
    return {
      recipient: recipients[pair.recipient].id,
      item: item.id,
      demand: pair.demand,
      allocated,
      packs: n,
      coverage: allocated / pair.demand,
      value: coverageValue(allocated, pair.demand, pair.coef),
      nextPackValue: next,
      reason,
      detail: `${n} of ${pair.maxPacks} whole packs (${pct(allocated / pair.demand)} of demand): ${detail}`,
    };
  });

  const whatIf: WhatIf[] = items.map((item, i) => {
    const s = perItem[i];
    const supplyLimited = summaries[i].limitedBy === 'supply' || summaries[i].limitedBy === 'reserve';
    return {
      kind: 'one-more-pack' as const,
      item: item.id,
      recipient: s.nextPair >= 0 ? recipients[pairs[s.nextPair].recipient].id : null,
      marginalValue: Math.max(0, s.next),
      gain: supplyLimited ? Math.max(0, s.next - lambda * item.weight) : 0,
    };
  });

  let freight: FreightSummary | null = null;
  if (prep.freightCapacity !== null) {
    let usedKg = 0;
    pairs.forEach((pair, k) => (usedKg += packs[k] * items[pair.item].weight));
    const binding = lambda > 0 || summaries.some((s) => s.limitedBy === 'freight');
    freight = { capacityKg: prep.freightCapacity, usedKg, binding, valuePerKg: lambda };
    whatIf.push({ kind: 'one-more-kg-freight', valuePerKg: lambda });
  }
  return { explanations, items: summaries, freight, whatIf };
}

function reasonFor(
  pair: PreparedPair,
  n: number,
  next: number | null,
  capacity: number,
  summary: ItemSummary,
  freightCost: number,
): { reason: AllocationReason; detail: string } {
  if (pair.maxPacks === 0) return { reason: 'demand-under-one-pack', detail: `the demand is under one pack of ${summary.packSize}` };
  if (n >= pair.maxPacks) {
    return n * summary.packSize >= pair.demand - 1e-9
      ? { reason: 'covered', detail: 'fully covered' }
      : { reason: 'covered-to-whole-packs', detail: 'covered to the last whole pack; the rest is under one pack' };
  }
  if (pair.coef <= 0) return { reason: 'zero-priority', detail: 'priority or item value is 0, so a pack here adds nothing' };
  if (capacity === 0) {
    return {
      reason: 'no-supply-above-reserve',
      detail: summary.reserve > 0 ? 'nothing is left above the domestic reserve' : 'no supply of this item',
    };
  }
  const nextText = fmt(next ?? 0);
  if (summary.limitedBy === 'freight') {
    return { reason: 'freight-limit', detail: `freight ran out; its next pack is worth ${nextText} against a freight cost of ${fmt(freightCost)}` };
  }
  const cut = summary.cutOffValue !== null ? fmt(summary.cutOffValue) : 'n/a';
  const why = summary.limitedBy === 'reserve' ? 'the reserve' : 'supply';
  return n === 0
    ? { reason: 'priority-under-cut-off', detail: `its first pack is worth ${nextText}, not above the cut-off ${cut} at which ${why} ran out` }
    : { reason: 'partly-covered-at-cut-off', detail: `its next pack is worth ${nextText}, not above the cut-off ${cut} at which ${why} ran out` };
}
