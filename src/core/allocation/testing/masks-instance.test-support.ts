import type { Instance } from '../../../shared/schemas/plan';

type Item = Instance['items'][number];

/**
 * The hand-checked instance the allocation tests share: masks in packs of 10, 95 available and 20 kept in
 * reserve (7 packs may leave); A (priority 1) wants 40, B (priority 0.5) wants 80. The best 7 packs are
 * A1 A2 A3 B1 B2 A4 B3 (objective 0.625). A test adds what it needs: other items, recipients and demands,
 * or the masks' own fields. A new object each call, so no test sees another's changes.
 */
export function masksInstance(extra: { mask?: Partial<Item>; items?: Item[]; recipients?: Instance['recipients']; demands?: Instance['demands'] } = {}): Instance {
  return {
    items: [{ id: 'mask', packSize: 10, available: 95, reserve: 20, ...extra.mask }, ...(extra.items ?? [])],
    recipients: [{ id: 'A', priority: 1 }, { id: 'B', priority: 0.5 }, ...(extra.recipients ?? [])],
    demands: [{ recipient: 'A', item: 'mask', quantity: 40 }, { recipient: 'B', item: 'mask', quantity: 80 }, ...(extra.demands ?? [])],
  };
}
