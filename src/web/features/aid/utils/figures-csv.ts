import type { AidFigures } from '../../../../shared/schemas/aid-figures';
import { csvField } from './batch-csv';

// Every table of the published figures as CSV (RFC 4180), built in the browser: the same rows the page
// shows, with ids beside the names so that a spreadsheet can join them.

export type FiguresTableKey = 'region' | 'item' | 'batch' | 'month';
export interface FiguresTable {
  key: FiguresTableKey;
  header: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

const MATERIAL = ['countries', 'organisations', 'units', 'packs', 'tonnes', 'cubic_metres'] as const;
type Counted = Pick<AidFigures['byRegion'][number], 'countries' | 'organisations' | 'units' | 'packs' | 'tonnes' | 'cubicMetres'>;
const counts = (r: Counted) => [r.countries, r.organisations, r.units, r.packs, r.tonnes, r.cubicMetres];

export function figuresTables(f: AidFigures, names: { item: (id: string) => string }): FiguresTable[] {
  return [
    { key: 'region', header: ['who_region', ...MATERIAL], rows: f.byRegion.map((r) => [r.region, ...counts(r)]) },
    { key: 'item', header: ['item_id', 'item_name', ...MATERIAL], rows: f.byItem.map((r) => [r.item, names.item(r.item), ...counts(r)]) },
    { key: 'batch', header: ['batch', 'batch_date', 'approved_at', ...MATERIAL], rows: f.byBatch.map((r) => [r.number, r.batchDate, r.approvedAt, ...counts(r)]) },
    { key: 'month', header: ['month', 'batches', ...MATERIAL], rows: f.byMonth.map((r) => [r.month, r.batches, ...counts(r)]) },
  ];
}

export const tableCsv = (table: FiguresTable): string => [table.header, ...table.rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
export const figuresCsvFileName = (date: string, key: string) => `aid-figures-${key}-${date}.csv`;
