import { readCsvTable } from '../situation-import/csv-table';
import { DECIMAL, ISO_DATE, type DonorFileError, type DonorFlow, type DonorResolver } from './donor-flow';

// Other donors' flows as a CSV laid out like an OCHA Financial Tracking Service (FTS) flow export, with the
// goods added (FTS itself reports money only): one row per flow of one item to one partner
// (docs/decisions/046). Header names are matched case-insensitively; FTS's own names are accepted beside ours:
//   donor      | "Source organization"       the giving organisation (required)
//   recipient  | "Destination location" | "Destination organization"
//                                              partner id, ISO3, acronym or English name (required)
//   item                                       catalogue id or English name (required)
//   quantity                                   units, a number > 0 (required)
//   status     | "Flow status"                 paid → delivery; commitment or pledge → pledge (required)
//   date       | "Decision date"               YYYY-MM-DD: delivered, or expected (required)
//   flow_id    | "Flow ID" | id                the donor's reference (optional)
// Unlike an IATI file, this one is made for us: an unknown partner or item refuses the file at its cell.

const COLUMNS = {
  donor: ['donor', 'source organization'],
  recipient: ['recipient', 'destination location', 'destination organization'],
  item: ['item'],
  quantity: ['quantity'],
  status: ['status', 'flow status'],
  date: ['date', 'decision date'],
  reference: ['flow_id', 'flow id', 'id'],
} as const;
type Column = keyof typeof COLUMNS;
const OPTIONAL: ReadonlySet<Column> = new Set(['reference']);

const STATUS: Record<string, DonorFlow['kind']> = { paid: 'delivery', delivered: 'delivery', commitment: 'pledge', pledge: 'pledge', pledged: 'pledge' };

export type FtsReadResult = { ok: true; flows: DonorFlow[]; rows: number } | { ok: false; errors: DonorFileError[] };

export function readFtsDonorCsv(text: string, resolver: DonorResolver, maxErrors = 20): FtsReadResult {
  const table = readCsvTable(text, maxErrors);
  if (!table.ok) return { ok: false, errors: table.errors.map((e) => ({ line: e.line, column: e.column, message: e.message })) };
  const header = table.table.header.map((h) => h.trim().toLowerCase());
  const at = {} as Record<Column, number>;
  const missing: string[] = [];
  for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    at[column] = header.findIndex((h) => names.includes(h));
    if (at[column] === -1 && !OPTIONAL.has(column)) missing.push(names.join('" or "'));
  }
  if (missing.length > 0) return { ok: false, errors: [{ line: 1, column: header.length + 1, message: `the header lacks the column${missing.length > 1 ? 's' : ''} "${missing.join('", "')}"` }] };

  const errors: DonorFileError[] = [];
  const flows: DonorFlow[] = [];
  const { rows, lines } = table.table;
  for (let r = 0; r < rows.length && errors.length < maxErrors; r++) {
    const row = rows[r]!;
    const line = lines[r]!;
    const cell = (c: Column) => (at[c] === -1 ? '' : (row[at[c]] ?? '').trim());
    const wrong = (c: Column, message: string) => errors.push({ line, column: at[c] + 1, message: `${COLUMNS[c][0]}: ${message}` });
    const donor = cell('donor');
    if (donor === '' || donor.length > 200) wrong('donor', 'name the donor (at most 200 characters)');
    const partnerId = resolver.partner({ ref: cell('recipient'), name: cell('recipient') });
    if (partnerId === null) wrong('recipient', `"${cell('recipient')}" is not a partner (id, ISO3, acronym or English name)`);
    const item = resolver.item(cell('item'));
    if (item === null) wrong('item', `"${cell('item')}" is not a catalogue item (id or English name)`);
    const quantity = cell('quantity');
    if (!DECIMAL.test(quantity) || Number(quantity) <= 0) wrong('quantity', `"${quantity}" is not a quantity above 0`);
    const kind = STATUS[cell('status').toLowerCase()];
    if (kind === undefined) wrong('status', `"${cell('status')}" is not paid, commitment or pledge`);
    const date = cell('date');
    if (!ISO_DATE.test(date)) wrong('date', `"${date}" is not a date as YYYY-MM-DD`);
    const reference = cell('reference');
    if (errors.length > 0 || partnerId === null || item === null || kind === undefined) continue;
    flows.push({ donor, donorRef: null, partnerId, item, quantity: Number(quantity), kind, date, reference: reference === '' ? null : reference.slice(0, 200), line });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, flows, rows: rows.length };
}
