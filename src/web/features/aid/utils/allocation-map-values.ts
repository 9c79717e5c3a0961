import type { PlanRun } from '../../../../shared/schemas/aid';

// What the allocation map shows per recipient: with no item chosen, the share of its demand the plan
// covers (mean over its items: a ventilator counts as much as a box of gloves); with an item, the units
// of that item it gets. Countries go on the map by ISO3; organisations, which have no territory, are
// listed beside it.

export interface RecipientValue {
  partnerId: string;
  iso3: string | null;
  /** null when the recipient has no demand for the chosen item. */
  value: number | null;
}

export function allocationValues(run: PlanRun, item: string | null): RecipientValue[] {
  return run.recipients.map((r) => {
    const cells = run.plan.explanations.filter((e) => e.recipient === r.partnerId && (item === null || e.item === item));
    if (cells.length === 0) return { partnerId: r.partnerId, iso3: r.iso3, value: null };
    const value = item === null ? cells.reduce((sum, e) => sum + e.coverage, 0) / cells.length : cells.reduce((sum, e) => sum + e.allocated, 0);
    return { partnerId: r.partnerId, iso3: r.iso3, value };
  });
}

/** The countries' values keyed by ISO3, for the map, and the organisations', for the list beside it. */
export function splitForMap(values: readonly RecipientValue[], kinds: ReadonlyMap<string, 'country' | 'organisation'>) {
  const countries = new Map<string, number | null>();
  const organisations: RecipientValue[] = [];
  for (const v of values) {
    if (kinds.get(v.partnerId) === 'organisation' || v.iso3 === null) organisations.push(v);
    else countries.set(v.iso3, v.value);
  }
  return { countries, organisations };
}
