import { describe, expect, it } from 'vitest';
import { projectCases } from './case-projection';

describe('projectCases', () => {
  it('holds the mean of the last 7 days flat over the horizon', () => {
    const projection = projectCases({ recentDailyCases: [1000, 70, 70, 70, 70, 70, 70, 70], horizonWeeks: 2, casesPerReportedCase: 2 });
    expect(projection.daily).toHaveLength(14);
    expect(projection.total).toBe(14 * 140);
    expect(projection.perWeek).toEqual([980, 980]);
    expect(projection.history[0]).toBe(2000);
    expect(projection.basis).toBe('recent-mean');
  });

  it('follows a forecast day by day and extends its last value', () => {
    const projection = projectCases({ recentDailyCases: [5], forecastDailyCases: [1, 2, 3], horizonWeeks: 1, casesPerReportedCase: 1 });
    expect(projection.daily).toEqual([1, 2, 3, 3, 3, 3, 3]);
    expect(projection.basis).toBe('forecast');
  });
});
