import type { ResultRecordPart } from './result-record';

// Results as CSV (RFC 4180: comma-separated, fields quoted when they hold a comma, quote or line break;
// lists joined by "; "). One row per result; a trial's arms and primary outcomes are summarised in a cell.

export const RESULTS_CSV_COLUMNS = ['id', 'kind', 'title', 'title_zh', 'authors', 'countries', 'date', 'doi', 'registry_ids', 'licence', 'language', 'topics', 'interventions', 'phase', 'trial_status', 'participants', 'primary_outcomes', 'url'] as const;

export function csvField(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  // A leading = + - @ would be read as a formula by spreadsheets (CSV injection): quote it behind an apostrophe.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const fmt = (x: number) => String(Number(x.toPrecision(6)));

export function resultCsvRow(id: number, r: ResultRecordPart, url: string): string {
  const trial = r.trial;
  const cells = [
    id,
    r.kind,
    r.title,
    r.titleZh ?? '',
    r.authors.map((a) => a.name).join('; '),
    [...new Set(r.authors.map((a) => a.country))].join('; '),
    r.date,
    r.doi ?? '',
    r.registryIds.join('; '),
    r.licence,
    r.language,
    r.topics.join('; '),
    r.interventions.join('; '),
    trial?.phase ?? '',
    trial?.status ?? '',
    trial ? trial.arms.reduce((s, a) => s + a.size, 0) : '',
    trial?.outcomes
      .filter((o) => o.primary)
      .map((o) => `${o.name}: ${o.measure} ${fmt(o.estimate)} (${fmt(o.lower)} to ${fmt(o.upper)})`)
      .join('; ') ?? '',
    url,
  ];
  return cells.map(csvField).join(',');
}

export function resultsCsv(rows: { id: number; record: ResultRecordPart; url: string }[]): string {
  return [RESULTS_CSV_COLUMNS.join(','), ...rows.map((r) => resultCsvRow(r.id, r.record, r.url))].join('\r\n') + '\r\n';
}
