import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../situation-import/csv-table';
import { csvField, resultsCsv, RESULTS_CSV_COLUMNS } from './results-csv';
import type { ResultRecordPart } from './result-record';

const record: ResultRecordPart = {
  kind: 'trial-result',
  title: 'Dexamethasone, "usual care" and mortality',
  abstract: 'a',
  authors: [
    { name: 'Horby, Peter', affiliation: 'Oxford', country: 'GBR' },
    { name: 'Landray, Martin', affiliation: 'Oxford', country: 'GBR' },
  ],
  registryIds: ['ISRCTN50189673', 'NCT04381936'],
  date: '2020-07-17',
  licence: 'CC-BY-4.0',
  language: 'en',
  topics: ['covid-19'],
  interventions: ['dexamethasone'],
  trial: {
    phase: '2/3',
    allocation: 'randomised',
    masking: 'open-label',
    status: 'completed',
    countries: ['GBR'],
    arms: [
      { label: 'D', intervention: 'dexamethasone', size: 2104, control: false },
      { label: 'U', intervention: 'usual care', size: 4321, control: true },
    ],
    outcomes: [{ name: '28-day mortality', primary: true, measure: 'rate-ratio', estimate: 0.83, lower: 0.75, upper: 0.93, level: 0.95 }],
    summary: 's',
  },
};

describe('resultsCsv', () => {
  it('writes one row per result that a CSV reader gives back field for field', () => {
    const parsed = readCsvTable(resultsCsv([{ id: 7, record, url: 'https://x/7' }]));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.table.header).toEqual([...RESULTS_CSV_COLUMNS]);
    const row = Object.fromEntries(parsed.table.header.map((h, i) => [h, parsed.table.rows[0]![i]]));
    expect(row).toMatchObject({ id: '7', title: record.title, authors: 'Horby, Peter; Landray, Martin', countries: 'GBR', registry_ids: 'ISRCTN50189673; NCT04381936', participants: '6425', primary_outcomes: '28-day mortality: rate-ratio 0.83 (0.75 to 0.93)' });
  });

  it('defuses spreadsheet formulas but keeps negative numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-8.6')).toBe('-8.6');
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});
