import { readFileSync } from 'node:fs';

// Slices of the real JHU files (../shared/data/jhu) for tests: a few rows and the first days.
const JHU_DIR = new URL('../../../../../shared/data/jhu/', import.meta.url);

function slice(file: string, countries: readonly string[], days: number): string {
  const lines = readFileSync(new URL(file, JHU_DIR), 'utf8').split('\n');
  const keep = (line: string) => line.split(',').slice(0, 4 + days).join(',');
  const rows = lines.slice(1).filter((line) => countries.some((c) => line.startsWith(`,${c},`)));
  return [keep(lines[0]), ...rows.map(keep)].join('\n') + '\n';
}

/** Kenya, Italy and the Diamond Princess (a ship: reported as a warning) for the first `days` days. */
export function jhuSample(days = 120, countries: readonly string[] = ['Kenya', 'Italy', 'Diamond Princess']) {
  return { confirmed: slice('time_series_covid19_confirmed_global.csv', countries, days), deaths: slice('time_series_covid19_deaths_global.csv', countries, days) };
}

export function jhuFull() {
  return {
    confirmed: readFileSync(new URL('time_series_covid19_confirmed_global.csv', JHU_DIR), 'utf8'),
    deaths: readFileSync(new URL('time_series_covid19_deaths_global.csv', JHU_DIR), 'utf8'),
  };
}
