import { describe, expect, it } from 'vitest';
import { helpDeskSeries, type CaseCountRow } from './help-desk-stats';

const row = (day: string, channel: string, count: number, topic = 'visa', postId = 'EMB-GBR'): CaseCountRow => ({ day, postId, channel, topic, count });

describe('helpDeskSeries', () => {
  const cases = [
    row('2020-03-01', 'hotline', 3, 'treatment'),
    row('2020-03-01', 'web', 2, 'visa', 'EMB-ITA'),
    row('2020-03-02', 'post_line', 1, 'food'),
    row('2019-03-01', 'hotline', 1),
    row('2019-03-02', 'email', 4),
  ];

  it('sets each day against the same day a year before, calls from the history where it has the day', () => {
    const history = new Map([['2019-03-01', 100], ['2020-03-02', 50]]);
    const s = helpDeskSeries('2020-03-01', '2020-03-03', cases, history);
    expect(s.days).toEqual([
      { date: '2020-03-01', lastYearDate: '2019-03-01', calls: 3, callsLastYear: 100, cases: 5, casesLastYear: 1 },
      { date: '2020-03-02', lastYearDate: '2019-03-02', calls: 50, callsLastYear: 0, cases: 1, casesLastYear: 4 },
      { date: '2020-03-03', lastYearDate: '2019-03-03', calls: 0, callsLastYear: 0, cases: 0, casesLastYear: 0 },
    ]);
    expect(s.totals).toEqual({ calls: 53, callsLastYear: 100, cases: 6, casesLastYear: 5 });
  });

  it('breaks the range (not last year) down by topic, channel and post, largest first', () => {
    const s = helpDeskSeries('2020-03-01', '2020-03-03', cases, new Map());
    expect(s.byTopic).toEqual([{ key: 'treatment', count: 3 }, { key: 'visa', count: 2 }, { key: 'food', count: 1 }]);
    expect(s.byChannel).toEqual([{ key: 'hotline', count: 3 }, { key: 'web', count: 2 }, { key: 'post_line', count: 1 }]);
    expect(s.byPost).toEqual([{ key: 'EMB-GBR', count: 4 }, { key: 'EMB-ITA', count: 2 }]);
  });

  it('compares 29 February with the 28th of the year before', () => {
    const s = helpDeskSeries('2020-02-29', '2020-02-29', [row('2019-02-28', 'hotline', 7)], new Map());
    expect(s.days[0]).toMatchObject({ lastYearDate: '2019-02-28', callsLastYear: 7, casesLastYear: 7 });
  });
});
