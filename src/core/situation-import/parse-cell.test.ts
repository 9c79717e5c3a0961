import { describe, expect, it } from 'vitest';
import { parseCount, parseDecimal, parseIsoDate, parseJhuDate, parseSignedCount } from './parse-cell';

describe('cell parsers', () => {
  it('reads counts as whole numbers ≥ 0', () => {
    expect(parseCount('0')).toBe(0);
    expect(parseCount('676570149')).toBe(676570149);
    expect(parseCount('235214.0')).toBe(235214);
    for (const bad of ['', ' 1', '1 ', '-1', '1.5', '1e3', 'abc', '0x10', '1,000']) expect(parseCount(bad)).toBeNull();
  });

  it('reads signed counts for daily revisions', () => {
    expect(parseSignedCount('-2461')).toBe(-2461);
    expect(parseSignedCount('-2461.0')).toBe(-2461);
    expect(parseSignedCount('1.5')).toBeNull();
  });

  it('reads decimals', () => {
    expect(parseDecimal('54.422')).toBe(54.422);
    expect(parseDecimal('-0.5')).toBe(-0.5);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('1e3')).toBe(1000);
    for (const bad of ['', 'NaN', 'Infinity', '1.2.3', ' 1']) expect(parseDecimal(bad)).toBeNull();
  });

  it('reads ISO and JHU dates, refusing days that do not exist', () => {
    expect(parseIsoDate('2020-05-24')).toBe('2020-05-24');
    expect(parseIsoDate('2020-02-30')).toBeNull();
    expect(parseJhuDate('1/22/20')).toBe('2020-01-22');
    expect(parseJhuDate('3/9/23')).toBe('2023-03-09');
    expect(parseJhuDate('12/31/21')).toBe('2021-12-31');
    for (const bad of ['2/30/20', '13/1/20', '1/22/2020', '2020-01-22', '1-22-20', '']) expect(parseJhuDate(bad)).toBeNull();
  });
});
