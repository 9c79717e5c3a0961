import { describe, expect, it } from 'vitest';
import { computeIndicators } from './indicators';
import { severityInputs } from './severity-inputs';

const day = (i: number) => new Date(Date.UTC(2021, 0, 1 + i)).toISOString().slice(0, 10);

describe('severityInputs', () => {
  // 2 deaths a day, with one downward revision of 5 on day 20.
  const deaths = [0];
  for (let i = 1; i < 40; i++) deaths.push(deaths[i - 1] + (i === 20 ? -5 : 2));
  const points = computeIndicators(deaths.map((d, i) => ({ date: day(i), cumulativeCases: i * 100, cumulativeDeaths: d })), 1_000_000);

  it('sums 28 days of deaths per million, counting revisions as 0', () => {
    expect(severityInputs(points, 1_000_000, 2.5)).toEqual({
      incidence7dPer100k: points[39].incidence7dPer100k,
      growth7d: points[39].growth7d,
      deaths28dPerMillion: 27 * 2,
      hospitalBedsPerThousand: 2.5,
    });
  });

  it('is null for deaths before 28 daily values exist or without population', () => {
    expect(severityInputs(points, 1_000_000, null, 27).deaths28dPerMillion).toBeNull();
    expect(severityInputs(points, 1_000_000, null, 28).deaths28dPerMillion).toBe(54); // days 1..28, day 20 revised
    expect(severityInputs(points, null, null).deaths28dPerMillion).toBeNull();
    expect(severityInputs([], 1, 1)).toMatchObject({ incidence7dPer100k: null, deaths28dPerMillion: null });
  });
});
