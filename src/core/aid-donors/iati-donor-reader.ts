import { SaxesParser } from 'saxes';
import { DECIMAL, ISO_DATE, type DonorFileError, type DonorFileSkips, type DonorFlow, type DonorResolver } from './donor-flow';

// Other donors' IATI 2.0x activity files, read as a stream of text chunks with a SAX parser (saxes): memory
// holds one activity at a time, never the file (docs/decisions/046). What we take from an activity:
// - the donor: `reporting-org` (its narrative, and `ref`);
// - the partner: the one `recipient-country` (ISO 3166-1 alpha-2), else a `participating-org role="4"`
//   (implementing) or `transaction/receiver-org` matched by ref or name;
// - goods: each `result/indicator` with measure="1" (unit) whose `reference/@code` or title names a catalogue
//   item; per `period`, `actual/@value` was delivered (dated period-end) and what `target/@value` exceeds it
//   is still pledged (dated period-end).
// Activities with no partner of ours, and indicators of no item of ours, are counted and skipped: a real
// donor file is mostly about other things. Not well-formed XML, a quantity that is not a decimal or a date
// that is not YYYY-MM-DD refuse the whole file at its line and column.

interface Period { end: string | null; start: string | null; target: number; actual: number; line: number; column: number }
interface Indicator { measure: string | null; title: string | null; code: string | null; periods: Period[] }
interface Activity {
  identifier: string;
  donor: string | null;
  donorRef: string | null;
  countries: string[];
  receivers: { ref?: string; name?: string }[];
  indicators: Indicator[];
  line: number;
}

export interface IatiDonorReader {
  /** Feeds the next chunk; the first error stops the reader (later writes are ignored). */
  write(text: string): void;
  /** Ends the document; returns the first error, or null for a well-formed file. */
  close(): DonorFileError | null;
  readonly error: DonorFileError | null;
  readonly activities: number;
  readonly skips: DonorFileSkips;
}

const POSITION_PREFIX = /^(?:[^:]*:)?\d+:\d+: /;

export function createIatiDonorReader(resolver: DonorResolver, onFlow: (flow: DonorFlow) => void): IatiDonorReader {
  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  const skips: DonorFileSkips = { unknownPartner: 0, unknownItem: 0 };
  let error: DonorFileError | null = null;
  let activities = 0;
  let activity: Activity | null = null;
  let indicator: Indicator | null = null;
  let period: Period | null = null;
  let text = '';
  let tagLine = 1;
  let tagColumn = 1;

  const fail = (message: string, line = tagLine, column: number | null = tagColumn) => {
    if (!error) error = { line, column, message };
  };
  const parent = (depth = 1) => stack[stack.length - 1 - depth];

  parser.on('error', (e) => fail(e.message.replace(POSITION_PREFIX, ''), parser.line, parser.column + 1));
  parser.on('opentagstart', () => {
    tagLine = parser.line;
    tagColumn = Math.max(1, parser.column - 1);
  });
  parser.on('opentag', (tag) => {
    if (error) return;
    const name = tag.name;
    const attr = (n: string): string | undefined => {
      const value = tag.attributes[n];
      return typeof value === 'string' ? value : undefined;
    };
    if (stack.length === 0 && name !== 'iati-activities') fail(`expected an iati-activities document, found <${name}>`);
    stack.push(name);
    text = '';
    const date = (n: string): string | null => {
      const value = attr(n);
      if (value === undefined) return null;
      if (!ISO_DATE.test(value.trim())) fail(`<${name} ${n}="${value}">: expected a date as YYYY-MM-DD`);
      return value.trim();
    };
    const decimal = (n: string): number => {
      const value = attr(n);
      if (value === undefined) return 0;
      if (!DECIMAL.test(value.trim())) fail(`<${name} ${n}="${value}">: expected a quantity (a number ≥ 0)`);
      return Number(value);
    };
    if (name === 'iati-activity') {
      activity = { identifier: '', donor: null, donorRef: null, countries: [], receivers: [], indicators: [], line: tagLine };
      return;
    }
    if (!activity) return;
    if (name === 'reporting-org') activity.donorRef = attr('ref') ?? null;
    else if (name === 'recipient-country' && parent() === 'iati-activity') activity.countries.push(attr('code') ?? '');
    else if ((name === 'participating-org' && attr('role') === '4') || (name === 'receiver-org' && parent() === 'transaction')) activity.receivers.push({ ref: attr('ref') });
    else if (name === 'indicator' && parent() === 'result') {
      indicator = { measure: attr('measure') ?? null, title: null, code: null, periods: [] };
      activity.indicators.push(indicator);
    } else if (indicator && name === 'reference' && parent() === 'indicator') indicator.code ??= attr('code') ?? null;
    else if (indicator && name === 'period' && parent() === 'indicator') {
      period = { end: null, start: null, target: 0, actual: 0, line: tagLine, column: tagColumn };
      indicator.periods.push(period);
    } else if (period && name === 'period-start') period.start = date('iso-date');
    else if (period && name === 'period-end') period.end = date('iso-date');
    else if (period && name === 'target' && parent() === 'period') period.target += decimal('value');
    else if (period && name === 'actual' && parent() === 'period') period.actual += decimal('value');
  });
  parser.on('text', (t) => {
    if (stack.length > 0) text += t;
  });
  parser.on('closetag', (tag) => {
    if (error) return;
    const name = tag.name;
    const owner = parent();
    if (activity) {
      const said = text.trim();
      if (name === 'iati-identifier') activity.identifier = said;
      else if (name === 'narrative' && said !== '') {
        if (owner === 'reporting-org') activity.donor ??= said;
        else if (owner === 'participating-org' || owner === 'receiver-org') {
          const last = activity.receivers[activity.receivers.length - 1];
          if (last && last.name === undefined) last.name = said;
        } else if (owner === 'title' && parent(2) === 'indicator' && indicator) indicator.title ??= said;
      }
    }
    text = '';
    stack.pop();
    if (name === 'period') period = null;
    else if (name === 'indicator') indicator = null;
    else if (name === 'iati-activity' && activity) {
      activities++;
      emit(activity);
      activity = null;
    }
  });

  function emit(a: Activity): void {
    const goods = a.indicators.filter((i) => i.measure === '1');
    if (goods.length === 0) return;
    const partnerId = (a.countries.length === 1 ? resolver.partner({ iso2: a.countries[0] }) : null) ?? a.receivers.map((r) => resolver.partner(r)).find((id) => id !== null) ?? null;
    if (partnerId === null) {
      skips.unknownPartner++;
      return;
    }
    for (const ind of goods) {
      const item = (ind.code ? resolver.item(ind.code) : null) ?? (ind.title ? resolver.item(ind.title) : null);
      if (item === null) {
        skips.unknownItem++;
        continue;
      }
      for (const p of ind.periods) {
        const day = p.end ?? p.start;
        if (day === null) {
          fail('this period has no period-end (or period-start) date', p.line, p.column);
          return;
        }
        const base = { donor: a.donor ?? a.donorRef ?? 'unnamed donor', donorRef: a.donorRef, partnerId, item, date: day, reference: a.identifier || null, line: p.line };
        if (p.actual > 0) onFlow({ ...base, kind: 'delivery', quantity: p.actual });
        if (p.target > p.actual) onFlow({ ...base, kind: 'pledge', quantity: p.target - p.actual });
      }
    }
  }

  return {
    write(chunk) {
      if (!error) parser.write(chunk);
    },
    close() {
      if (!error) parser.close();
      return error;
    },
    get error() {
      return error;
    },
    get activities() {
      return activities;
    },
    skips,
  };
}
