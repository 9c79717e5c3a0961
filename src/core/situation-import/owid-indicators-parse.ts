// Our World in Data's latest country indicators (owid-covid-latest.csv): one row per location with the
// slow-moving context the situation module needs (population, hospital beds, age, income). Empty cells are
// null; a column the file lacks is null for every country. OWID_ aggregates are skipped with a warning each;
// OWID_KOS is Kosovo (owid-codes.ts).
import { cellReader } from './cell-reader';
import { readCsvTable } from './csv-table';
import { owidCode } from './owid-codes';
import { ErrorLog, type ParseOptions, type ParseResult, type ParseWarning } from './parse-result';
import { progressTicker } from './progress';
import { requireColumns } from './require-columns';

/** OWID column → field name. Units as OWID's codebook gives them. */
const NUMERIC_COLUMNS = {
  population: 'population',
  populationDensity: 'population_density', // people per km²
  medianAge: 'median_age', // years
  aged65Older: 'aged_65_older', // % of population
  aged70Older: 'aged_70_older', // % of population
  gdpPerCapita: 'gdp_per_capita', // international $ (PPP, 2011 prices)
  extremePoverty: 'extreme_poverty', // % living on < $1.90 a day
  cardiovascDeathRate: 'cardiovasc_death_rate', // per 100,000 people
  diabetesPrevalence: 'diabetes_prevalence', // % of ages 20–79
  femaleSmokers: 'female_smokers', // %
  maleSmokers: 'male_smokers', // %
  handwashingFacilities: 'handwashing_facilities', // % with basic facilities
  hospitalBedsPerThousand: 'hospital_beds_per_thousand',
  lifeExpectancy: 'life_expectancy', // years at birth
  humanDevelopmentIndex: 'human_development_index', // 0..1
} as const;

type NumericField = keyof typeof NUMERIC_COLUMNS;

export type CountryIndicators = { iso3: string; name: string; continent: string | null } & Record<NumericField, number | null>;

export interface OwidIndicatorsImport {
  byIso3: Record<string, CountryIndicators>;
  summary: { countries: number; inputRows: number };
}

export function parseOwidIndicators(text: string, options: ParseOptions = {}): ParseResult<OwidIndicatorsImport> {
  const log = new ErrorLog(options.maxErrors);
  const warnings: ParseWarning[] = [];
  const parsed = readCsvTable(text, options.maxErrors);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings };
  const { header, rows, lines } = parsed.table;
  const col = requireColumns(header, ['iso_code', 'location'] as const, log);
  if (col === null) return { ok: false, errors: log.errors, warnings };
  const numeric = Object.entries(NUMERIC_COLUMNS).map(([field, column]) => ({ field: field as NumericField, at: header.indexOf(column) }));
  const continentAt = header.indexOf('continent');

  const cells = cellReader(log, header);
  const ticker = progressTicker(rows.length, options.onProgress);
  const byIso3: Record<string, CountryIndicators> = {};
  const firstLine = new Map<string, number>();
  for (let r = 0; r < rows.length && !log.full; r++) {
    const row = rows[r];
    const line = lines[r];
    ticker.tick(r + 1);
    const code = owidCode(row[col.iso_code]);
    if (code.kind === 'aggregate') {
      const what = `"${row[col.location]}" (${row[col.iso_code] || 'no iso_code'}) is an aggregate, not a country`;
      warnings.push({ line, code: 'aggregate', message: `${what}: not imported` });
      continue;
    }
    if (code.kind === 'invalid') {
      cells.fault(line, col.iso_code, `expected an ISO 3166-1 alpha-3 code or an OWID_ code, found ${JSON.stringify(row[col.iso_code])}`);
      continue;
    }
    const earlier = firstLine.get(code.iso3);
    if (earlier !== undefined) {
      cells.fault(line, col.iso_code, `${code.iso3} already appears on line ${earlier}`);
      continue;
    }
    firstLine.set(code.iso3, line);
    const continent = continentAt === -1 ? '' : row[continentAt];
    const country = { iso3: code.iso3, name: row[col.location], continent: continent === '' ? null : continent } as CountryIndicators;
    for (const { field, at } of numeric) country[field] = cells.optionalDecimal(row, line, at) ?? null;
    byIso3[code.iso3] = country;
  }
  if (!log.empty) return { ok: false, errors: log.errors, warnings };
  ticker.finish();
  const summary = { countries: Object.keys(byIso3).length, inputRows: rows.length };
  return { ok: true, value: { byIso3, summary }, warnings };
}
