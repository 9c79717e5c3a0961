import { describe, expect, it } from 'vitest';
import { cladeTrend } from './clade-trend';
import { tallyClades, type GenomeRecord } from './tally-genomes';
import { wilsonInterval } from './wilson-interval';

const genomes: GenomeRecord[] = [
  { country: 'AUS', date: '2020-03-02', clade: '19A' },
  { country: 'AUS', date: '2020-03-30', clade: '20A' },
  { country: 'AUS', date: '2020-03-31', clade: '20A' },
  { country: 'AUS', date: '2020-03', clade: '19B' }, // dated to the month only
  { country: 'AUS', date: '2020', clade: '19B' }, // dated to the year: in no month
  { country: 'AUS', date: '2020-04-01', clade: '20A' },
  { country: 'AUS', date: '2020-04-02', clade: null }, // no clade: not counted
  { country: 'USA', date: '2020-03-02', clade: '19B' },
];

describe('cladeTrend', () => {
  it('counts each clade by month with its share and Wilson interval', () => {
    const trend = cladeTrend(tallyClades(genomes, 'AUS'), 'month');
    expect(trend.map((p) => [p.period, p.total])).toEqual([['2020-03', 4], ['2020-04', 1]]);
    expect(trend[0]!.clades.map((c) => [c.clade, c.count, c.share])).toEqual([['20A', 2, 0.5], ['19A', 1, 0.25], ['19B', 1, 0.25]]);
    expect(trend[0]!.clades[0]).toMatchObject(wilsonInterval(2, 4));
    expect(trend[1]!.clades).toEqual([{ clade: '20A', count: 1, share: 1, ...wilsonInterval(1, 1) }]);
  });

  it('counts by ISO week only the genomes dated to the day', () => {
    const trend = cladeTrend(tallyClades(genomes, 'AUS'), 'week');
    // 2020-03-02 is week 10; 03-30, 03-31, 04-01 are week 14; the month-only and year-only dates are left out.
    expect(trend.map((p) => [p.period, p.total, p.clades.map((c) => `${c.clade}:${c.count}`)])).toEqual([
      ['2020-W10', 1, ['19A:1']],
      ['2020-W14', 3, ['20A:3']],
    ]);
  });

  it('takes counts the database grouped by month, and adds rows of one period', () => {
    const trend = cladeTrend(
      [
        { date: '2021-02', clade: '20I', count: 30 },
        { date: '2021-01', clade: '20I', count: 5 },
        { date: '2021-01-15', clade: '20I', count: 5 },
        { date: '2021-01', clade: '20A', count: 90 },
      ],
      'month',
    );
    expect(trend).toEqual([
      { period: '2021-01', total: 100, clades: [{ clade: '20A', count: 90, share: 0.9, ...wilsonInterval(90, 100) }, { clade: '20I', count: 10, share: 0.1, ...wilsonInterval(10, 100) }] },
      { period: '2021-02', total: 30, clades: [{ clade: '20I', count: 30, share: 1, ...wilsonInterval(30, 30) }] },
    ]);
  });

  it('is empty without genomes', () => {
    expect(cladeTrend([], 'month')).toEqual([]);
  });
});
