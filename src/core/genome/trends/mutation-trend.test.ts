import { describe, expect, it } from 'vitest';
import { mutationTrend } from './mutation-trend';
import { tallyCountries, type GenomeRecord } from './tally-genomes';
import { wilsonInterval } from './wilson-interval';

const D614G = 'S:D614G';
const genomes: GenomeRecord[] = [
  { country: 'AUS', date: '2020-02-20', clade: '19A', mutations: [] },
  { country: 'AUS', date: '2020-03-10', clade: '20A', mutations: [D614G, 'C241T'] },
  { country: 'AUS', date: '2020-03-12', clade: '19B', mutations: [] },
  { country: 'AUS', date: '2020-03-28', clade: '20A', mutations: [D614G] },
  { country: 'AUS', date: '2020-04', clade: '20B', mutations: [D614G] }, // dated to the month
  { country: 'CHN', date: '2019-12-30', clade: '19A', mutations: [] },
  { country: 'IND', date: '2020', clade: '20A', mutations: [D614G] }, // dated to the year only
];

describe('mutationTrend', () => {
  it('gives the share of carriers among each country’s genomes per month, and the first and latest sightings', () => {
    const trend = mutationTrend(tallyCountries(genomes), tallyCountries(genomes, D614G), 'month');
    expect(trend.map((c) => c.country)).toEqual(['AUS', 'CHN', 'IND']);
    const [aus, chn, ind] = trend;
    expect(aus).toMatchObject({ carriers: 3, firstSeen: '2020-03-10', lastSeen: '2020-04' });
    expect(aus!.periods).toEqual([
      { period: '2020-02', total: 1, count: 0, share: 0, ...wilsonInterval(0, 1) },
      { period: '2020-03', total: 3, count: 2, share: 2 / 3, ...wilsonInterval(2, 3) },
      { period: '2020-04', total: 1, count: 1, share: 1, ...wilsonInterval(1, 1) },
    ]);
    // China's genomes never carry it; India's carrier is dated to the year: seen, but in no month.
    expect(chn).toMatchObject({ carriers: 0, firstSeen: null, lastSeen: null, periods: [{ period: '2019-12', total: 1, count: 0 }] });
    expect(ind).toEqual({ country: 'IND', carriers: 1, firstSeen: '2020', lastSeen: '2020', periods: [] });
  });

  it('by week leaves out genomes not dated to the day', () => {
    const [aus] = mutationTrend(tallyCountries(genomes), tallyCountries(genomes, D614G), 'week');
    expect(aus!.periods.map((p) => [p.period, p.count, p.total])).toEqual([
      ['2020-W08', 0, 1],
      ['2020-W11', 1, 2],
      ['2020-W13', 1, 1],
    ]);
  });

  it('never counts more carriers than genomes', () => {
    const [x] = mutationTrend([{ country: 'KEN', date: '2021-01-01', count: 2 }], [{ country: 'KEN', date: '2021-01-02', count: 5 }], 'month');
    expect(x!.periods[0]).toMatchObject({ count: 2, total: 2, share: 1 });
  });
});
