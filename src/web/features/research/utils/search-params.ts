import type { GenomeSearchParams } from '../api/search-genomes';

// The search lives in the address bar, so a search can be bookmarked and shared.

export const FILTER_KEYS = ['mutation', 'clade', 'country', 'from', 'to', 'qc'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;
export const PAGE_SIZE = 25;

export function filtersFromParams(params: URLSearchParams): Filters {
  const out: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) out[key] = value;
  }
  return out;
}

export function searchFromParams(params: URLSearchParams): GenomeSearchParams {
  const page = Math.max(1, Number(params.get('page')) || 1);
  return { ...filtersFromParams(params), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
}

export function paramsFromFilters(filters: Filters, page = 1): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) out[key] = key === 'country' ? value.toUpperCase() : value;
  }
  if (page > 1) out.page = String(page);
  return out;
}
