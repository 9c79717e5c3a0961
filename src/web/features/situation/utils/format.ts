import type { MapIndicator, SortKey } from './indicators';

interface Formatters {
  formatInteger: (n: number) => string;
  formatDecimal: (n: number) => string;
}

/** A value as the tables, tooltips and legends show it; "—" when unknown. */
export function formatIndicator(key: SortKey | MapIndicator, value: number | null, locale: Formatters): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (key) {
    case 'severity':
    case 'growth':
    case 'rt':
      return value.toFixed(2);
    case 'doubling':
    case 'cases':
    case 'totalDeaths':
      return locale.formatInteger(value);
    default:
      return value >= 100 ? locale.formatInteger(value) : locale.formatDecimal(value);
  }
}
