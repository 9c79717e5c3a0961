import { describe, expect, it } from 'vitest';
import { partnerShortage, unmetNeed } from './shortage';

describe('unmetNeed', () => {
  it('is the need less what was received and pledged, floored at 0, and its share of the need', () => {
    expect(unmetNeed({ item: 'gloves', need: 1000, received: 200, pledged: 300 })).toMatchObject({ unmet: 500, unmetShare: 0.5 });
    expect(unmetNeed({ item: 'gloves', need: 1000, received: 800, pledged: 900 })).toMatchObject({ unmet: 0, unmetShare: 0 });
    expect(unmetNeed({ item: 'gloves', need: 0, received: 0, pledged: 10 })).toMatchObject({ unmet: 0, unmetShare: 0 });
  });
});

describe('partnerShortage', () => {
  it('averages the unmet shares of the items the partner needs, weighted by importance', () => {
    // masks: 75 % unmet (v 1); ventilators: fully met (v 3); gowns: no need, left out.
    const result = partnerShortage([
      { item: 'surgical-mask', need: 400, received: 100, pledged: 0 },
      { item: 'ventilator', need: 10, received: 4, pledged: 6, value: 3 },
      { item: 'gown', need: 0, received: 0, pledged: 0 },
    ]);
    expect(result.share).toBeCloseTo((1 * 0.75 + 3 * 0) / 4, 12);
    expect(result.lines.map((l) => l.unmet)).toEqual([300, 0, 0]);
  });

  it('is unknown when no item has a need', () => {
    expect(partnerShortage([]).share).toBeNull();
    expect(partnerShortage([{ item: 'gloves', need: 0, received: 5, pledged: 0 }]).share).toBeNull();
  });

  it('is 1 when nothing covers the need, and falls as receipts and pledges cover it', () => {
    const need = (received: number, pledged: number) => partnerShortage([{ item: 'gloves', need: 100, received, pledged }]).share;
    expect(need(0, 0)).toBe(1);
    expect(need(30, 0)).toBeCloseTo(0.7, 12);
    expect(need(30, 20)).toBeCloseTo(0.5, 12);
    expect(need(60, 60)).toBe(0);
  });
});
