import type { Batch } from '../../../../shared/schemas/aid';

// The allocations of an approved batch as CSV for the logistics team, built in the browser (RFC 4180).

export const BATCH_CSV_HEADER = ['batch', 'batch_date', 'partner_id', 'partner_name', 'item_id', 'item_name', 'quantity', 'packs', 'request_id'] as const;

/** One field: quoted when it holds a comma, a quote or a line break, its quotes doubled; null is empty. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header row, then one row per allocation (partner × item, split by request as approved). */
export function batchCsv(batch: Batch, names: { partner: (id: string) => string; item: (id: string) => string }): string {
  const rows = batch.allocations.map((a) => [batch.number, batch.batchDate, a.partnerId, names.partner(a.partnerId), a.item, names.item(a.item), a.quantity, a.packs, a.requestId]);
  return [BATCH_CSV_HEADER, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

export const batchCsvFileName = (batch: Batch) => `batch-${batch.number}-${batch.batchDate}.csv`;
