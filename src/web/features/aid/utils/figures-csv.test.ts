import { describe, expect, it } from 'vitest';
import type { AidFigures } from '../../../../shared/schemas/aid-figures';
import { figuresCsvFileName, figuresTables, tableCsv } from './figures-csv';

const m = { countries: 2, organisations: 1, units: 8000, packs: 8, tonnes: 0.052, cubicMetres: 0.24 };
const figures: AidFigures = {
  date: '2026-12-31',
  countries: 2,
  organisations: 1,
  batches: 1,
  material: { items: 1, ...m },
  technical: { teams: 1, experts: 2, missions: 1, missionDays: 10, remoteConsultations: 0, countries: 1, organisations: 0 },
  byRegion: [{ region: 'AFR', ...m }, { region: null, ...m }],
  byItem: [{ item: 'gloves', ...m }],
  byBatch: [{ number: 1, batchDate: '2026-12-01', approvedAt: '2026-12-01T09:00:00Z', ...m }],
  byMonth: [{ month: '2026-12', batches: 1, ...m }],
};

describe('figures CSV', () => {
  it('gives every table with ids and names, a null region as an empty field and names with commas quoted', () => {
    const tables = figuresTables(figures, { item: () => 'Gloves, examination' });
    expect(tables.map((t) => t.key)).toEqual(['region', 'item', 'batch', 'month']);
    expect(tableCsv(tables[0]!)).toBe('who_region,countries,organisations,units,packs,tonnes,cubic_metres\r\nAFR,2,1,8000,8,0.052,0.24\r\n,2,1,8000,8,0.052,0.24\r\n');
    expect(tableCsv(tables[1]!).split('\r\n')[1]).toBe('gloves,"Gloves, examination",2,1,8000,8,0.052,0.24');
    expect(tableCsv(tables[2]!).split('\r\n')[1]).toBe('1,2026-12-01,2026-12-01T09:00:00Z,2,1,8000,8,0.052,0.24');
    expect(figuresCsvFileName('2026-12-31', 'month')).toBe('aid-figures-month-2026-12-31.csv');
  });
});
