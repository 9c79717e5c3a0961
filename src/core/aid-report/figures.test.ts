import { describe, expect, it } from 'vitest';
import { aidFigures } from './figures';

// Three batches: 1 and 2 approved in March and April 2020, 3 approved in May; KEN and UGA are countries of
// AFR, ORG-WHO an organisation without a region. Gloves: pack 1000, 10 kg, 0.05 m³; masks: pack 500, 4 kg, 0.02 m³.
const data = {
  batches: [
    { id: 11, number: 1, batchDate: '2020-03-20', approvedAt: '2020-03-21T10:00:00.000Z' },
    { id: 12, number: 2, batchDate: '2020-04-10', approvedAt: '2020-04-10T23:59:00.000Z' },
    { id: 13, number: 3, batchDate: '2020-05-01', approvedAt: '2020-05-02T08:00:00.000Z' },
  ],
  allocations: [
    { batchId: 11, partnerId: 'KEN', item: 'gloves', quantity: 3000, packs: 3 },
    { batchId: 11, partnerId: 'ORG-WHO', item: 'masks', quantity: 1000, packs: 2 },
    { batchId: 12, partnerId: 'KEN', item: 'masks', quantity: 500, packs: 1 },
    { batchId: 12, partnerId: 'UGA', item: 'gloves', quantity: 2000, packs: 2 },
    { batchId: 13, partnerId: 'TZA', item: 'gloves', quantity: 9000, packs: 9 },
  ],
  items: [
    { id: 'gloves', packWeightKg: 10, packVolumeM3: 0.05 },
    { id: 'masks', packWeightKg: 4, packVolumeM3: 0.02 },
  ],
  partners: [
    { id: 'KEN', kind: 'country' as const, whoRegion: 'AFR' },
    { id: 'UGA', kind: 'country' as const, whoRegion: 'AFR' },
    { id: 'TZA', kind: 'country' as const, whoRegion: 'AFR' },
    { id: 'ORG-WHO', kind: 'organisation' as const, whoRegion: null },
  ],
};

describe('aidFigures', () => {
  it('counts distinct partners and batches approved on or before the day (hand-checked)', () => {
    const f = aidFigures('2020-04-10', data);
    expect(f).toMatchObject({ date: '2020-04-10', countries: 2, organisations: 1, batches: 2 });
    // gloves 5 packs × 10 kg + masks 3 packs × 4 kg = 62 kg; 5 × 0.05 + 3 × 0.02 = 0.31 m³.
    expect(f.material).toEqual({ items: 2, units: 6500, packs: 8, tonnes: 0.062, cubicMetres: 0.31 });
    expect(f.byRegion).toEqual([
      { region: 'AFR', countries: 2, organisations: 0, units: 5500, packs: 6, tonnes: 0.054, cubicMetres: 0.27 },
      { region: null, countries: 0, organisations: 1, units: 1000, packs: 2, tonnes: 0.008, cubicMetres: 0.04 },
    ]);
    expect(f.byItem.map((i) => [i.item, i.countries, i.organisations, i.packs])).toEqual([
      ['gloves', 2, 0, 5],
      ['masks', 1, 1, 3],
    ]);
    expect(f.byBatch.map((b) => [b.number, b.countries, b.organisations, b.packs])).toEqual([
      [1, 1, 1, 5],
      [2, 2, 0, 3],
    ]);
    expect(f.byMonth.map((m) => [m.month, m.batches, m.countries, m.organisations])).toEqual([
      ['2020-03', 1, 1, 1],
      ['2020-04', 1, 2, 0],
    ]);
  });

  it('counts nothing before the first approval, and every batch later', () => {
    expect(aidFigures('2020-03-20', data)).toMatchObject({ countries: 0, organisations: 0, batches: 0, material: { items: 0, packs: 0, tonnes: 0 }, byRegion: [] });
    expect(aidFigures('2020-12-31', data)).toMatchObject({ countries: 3, organisations: 1, batches: 3 });
  });

  it('adds up: the breakdowns sum to the total', () => {
    const f = aidFigures('2020-12-31', data);
    for (const rows of [f.byRegion, f.byItem, f.byBatch, f.byMonth]) expect(rows.reduce((s, r) => s + r.packs, 0)).toBe(f.material.packs);
  });
});
