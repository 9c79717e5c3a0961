import { describe, expect, it } from 'vitest';
import { domesticReserve, estimateDomesticReserve } from './domestic-reserve';

describe('domesticReserve', () => {
  it('keeps the larger of the floor and the estimated need', () => {
    expect(
      domesticReserve({ 'surgical-mask': 100_000, ventilator: 10, gown: 0 }, [
        { item: 'surgical-mask', need: 92_890 },
        { item: 'ventilator', need: 70 },
        { item: 'pcr-test', need: 5 },
      ]),
    ).toEqual([
      { item: 'surgical-mask', floor: 100_000, estimatedNeed: 92_890, reserve: 100_000, setBy: 'floor' },
      { item: 'ventilator', floor: 10, estimatedNeed: 70, reserve: 70, setBy: 'need' },
      { item: 'pcr-test', floor: 0, estimatedNeed: 5, reserve: 5, setBy: 'need' },
      { item: 'gown', floor: 0, estimatedNeed: 0, reserve: 0, setBy: 'floor' },
    ]);
  });
});

describe('estimateDomesticReserve', () => {
  it('applies the needs model to the donor over the reserve horizon', () => {
    // Donor: 100 cases a day, 2-week reserve horizon → 70 ventilators (see estimate-needs.test.ts).
    const reserve = estimateDomesticReserve({ recentDailyCases: [100, 100, 100, 100, 100, 100, 100] }, 2, { ventilator: 50 });
    expect(reserve.ok).toBe(true);
    if (!reserve.ok) return;
    expect(reserve.lines.find((l) => l.item === 'ventilator')).toEqual({ item: 'ventilator', floor: 50, estimatedNeed: 70, reserve: 70, setBy: 'need' });
    expect(reserve.lines).toHaveLength(11);
  });

  it('reports a bad reserve horizon by its own name', () => {
    const reserve = estimateDomesticReserve({ recentDailyCases: [1] }, 0, {});
    expect(!reserve.ok && reserve.errors[0].path).toBe('reserveHorizonWeeks');
  });
});
