import type { AuditLogQuery } from '../api/get-audit-log';

export const AUDIT_PAGE_SIZE = 50;
export const FILTER_KEYS = ['action', 'entityType', 'entityId', 'from', 'to'] as const;
export type AuditFilterKey = (typeof FILTER_KEYS)[number];
export type AuditFilters = Record<AuditFilterKey, string>;

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The filters and page the URL holds, so a filtered view can be bookmarked and shared. */
export function filtersFromParams(params: URLSearchParams): { filters: AuditFilters; page: number } {
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key)?.trim() ?? ''])) as AuditFilters;
  if (filters.from && !isDate(filters.from)) filters.from = '';
  if (filters.to && !isDate(filters.to)) filters.to = '';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  return { filters, page };
}

export function paramsFromFilters(filters: AuditFilters, page: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) if (filters[key].trim()) out[key] = filters[key].trim();
  if (page > 1) out.page = String(page);
  return out;
}

export function toAuditQuery(filters: AuditFilters, page: number): AuditLogQuery {
  const query: AuditLogQuery = { limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE };
  for (const key of FILTER_KEYS) if (filters[key]) query[key] = filters[key];
  return query;
}

/** A change summary as `key: value` lines: strings as they are, anything else as compact JSON. */
/** A number as a person reads it: integers as they are, others to 4 significant digits (0.6250000001 → 0.625). */
const readable = (n: number) => (Number.isInteger(n) ? n : Number(n.toPrecision(4)));

export function summaryEntries(summary: Record<string, unknown>): Array<[string, string]> {
  const round = (_key: string, value: unknown) => (typeof value === 'number' ? readable(value) : value);
  return Object.entries(summary).map(([key, value]) => [key, typeof value === 'string' ? value : (JSON.stringify(value, round) ?? String(value))]);
}
