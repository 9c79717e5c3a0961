import { InstanceSchema, type Instance } from '../../shared/schemas/plan';
import { LIMITS, MAX_QUANTITY } from '../../shared/schemas/common';
import type { ErrorDetail } from '../../shared/schemas/errors';

export type InstanceCheck = { ok: true; instance: Instance } | { ok: false; errors: ErrorDetail[] };

/** `demands[3].item` from ['demands', 3, 'item']. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Checks an allocation instance: its shape (zod), then its meaning: unknown or duplicate ids, negative
 * quantities, reserve above available, priority outside [0, 1], pack size ≤ 0. Every error carries the
 * path of the bad field, e.g. `demands[3].item`, and all errors are reported at once. Every number has an
 * upper bound too (LIMITS in shared/schemas/common.ts), so that no objective, dual or sum computed from them overflows.
 */
export function validateInstance(input: unknown): InstanceCheck {
  const parsed = InstanceSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
  }
  const instance = parsed.data;
  const errors: ErrorDetail[] = [];
  const err = (path: string, message: string) => errors.push({ path, message });
  const atMost = (path: string, value: number | undefined, max: number) => {
    if (value !== undefined && value > max) err(path, `expected at most ${max}, got ${value}`);
  };

  const itemIds = new Map<string, number>();
  instance.items.forEach((item, index) => {
    const at = `items[${index}]`;
    if (itemIds.has(item.id)) err(`${at}.id`, `duplicate item id "${item.id}" (first at items[${itemIds.get(item.id)}])`);
    else itemIds.set(item.id, index);
    if (!(item.packSize > 0)) err(`${at}.packSize`, `expected a pack size above 0, got ${item.packSize}`);
    if (item.available < 0) err(`${at}.available`, `expected available ≥ 0, got ${item.available}`);
    if (item.reserve < 0) err(`${at}.reserve`, `expected reserve ≥ 0, got ${item.reserve}`);
    else if (item.available >= 0 && item.reserve > item.available) {
      err(`${at}.reserve`, `reserve ${item.reserve} is above available ${item.available}: the domestic reserve cannot be met`);
    }
    if (item.value !== undefined && item.value < 0) err(`${at}.value`, `expected value ≥ 0, got ${item.value}`);
    if (item.packWeightKg !== undefined && item.packWeightKg < 0) {
      err(`${at}.packWeightKg`, `expected pack weight ≥ 0 kg, got ${item.packWeightKg}`);
    }
    atMost(`${at}.packSize`, item.packSize, LIMITS.packSize);
    atMost(`${at}.available`, item.available, MAX_QUANTITY);
    atMost(`${at}.reserve`, item.reserve, MAX_QUANTITY);
    atMost(`${at}.value`, item.value, LIMITS.itemValue);
    atMost(`${at}.packWeightKg`, item.packWeightKg, LIMITS.packWeightKg);
  });

  const recipientIds = new Map<string, number>();
  instance.recipients.forEach((recipient, index) => {
    const at = `recipients[${index}]`;
    if (recipientIds.has(recipient.id)) {
      err(`${at}.id`, `duplicate recipient id "${recipient.id}" (first at recipients[${recipientIds.get(recipient.id)}])`);
    } else recipientIds.set(recipient.id, index);
    if (recipient.priority < 0 || recipient.priority > 1) {
      err(`${at}.priority`, `expected a priority in [0, 1], got ${recipient.priority}`);
    }
  });

  const pairs = new Map<string, number>();
  instance.demands.forEach((demand, index) => {
    const at = `demands[${index}]`;
    const knownRecipient = recipientIds.has(demand.recipient);
    const knownItem = itemIds.has(demand.item);
    if (!knownRecipient) err(`${at}.recipient`, `unknown recipient "${demand.recipient}"`);
    if (!knownItem) err(`${at}.item`, `unknown item "${demand.item}"`);
    if (demand.quantity < 0) err(`${at}.quantity`, `expected a quantity ≥ 0, got ${demand.quantity}`);
    atMost(`${at}.quantity`, demand.quantity, MAX_QUANTITY);
    if (knownRecipient && knownItem) {
      const key = `${demand.recipient}\u0000${demand.item}`;
      const first = pairs.get(key);
      if (first !== undefined) {
        err(`${at}`, `duplicate demand of "${demand.recipient}" for "${demand.item}" (first at demands[${first}]): merge them`);
      } else pairs.set(key, index);
    }
  });

  if (instance.freightCapacityKg !== undefined && instance.freightCapacityKg < 0) {
    err('freightCapacityKg', `expected a freight capacity ≥ 0 kg, got ${instance.freightCapacityKg}`);
  }
  atMost('freightCapacityKg', instance.freightCapacityKg, LIMITS.freightCapacityKg);

  return errors.length === 0 ? { ok: true, instance } : { ok: false, errors };
}
