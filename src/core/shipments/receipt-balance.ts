// What arrived against what was shipped, per item, from every partial receipt so far. Receipts add up and
// never undo one another; good and damaged together may not exceed what was shipped (what came beyond the
// packing list is recorded as excess); the rest is short.

export interface ReceiptCounts {
  item: string;
  good: number;
  damaged: number;
  excess: number;
}
export interface BalanceRow {
  item: string;
  shipped: number;
  good: number;
  damaged: number;
  short: number;
  excess: number;
}

export function receiptBalance(shipped: ReadonlyMap<string, number>, receipts: readonly ReceiptCounts[]): BalanceRow[] {
  return [...shipped].map(([item, quantity]) => {
    const mine = receipts.filter((r) => r.item === item);
    const sum = (key: 'good' | 'damaged' | 'excess') => mine.reduce((s, r) => s + r[key], 0);
    const good = sum('good');
    const damaged = sum('damaged');
    return { item, shipped: quantity, good, damaged, short: Math.max(0, quantity - good - damaged), excess: sum('excess') };
  });
}

/** Checks a new receipt against the balance so far; errors at the field (`lines[k].good`, ...). */
export function checkReceipt(balance: readonly BalanceRow[], lines: readonly ReceiptCounts[]): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  lines.forEach((line, k) => {
    const row = balance.find((b) => b.item === line.item);
    if (!row) return errors.push({ path: `lines[${k}].item`, message: `${line.item} is not in this consignment` });
    if (seen.has(line.item)) return errors.push({ path: `lines[${k}].item`, message: `${line.item} is listed twice` });
    seen.add(line.item);
    if (line.good + line.damaged + line.excess <= 0) return errors.push({ path: `lines[${k}].good`, message: 'enter a quantity above 0' });
    const left = row.shipped - row.good - row.damaged;
    if (line.good > left) errors.push({ path: `lines[${k}].good`, message: `at most ${left} can still be received of ${row.shipped} shipped` });
    else if (line.good + line.damaged > left) errors.push({ path: `lines[${k}].damaged`, message: `good and damaged together at most ${left} of ${row.shipped} shipped` });
    return undefined;
  });
  return errors;
}
