// Every indicator of the situation API for one country's cumulative series, in one O(n) pass per
// indicator (R_t: O(40·n) for the serial interval, plus two gamma quantiles per day).
//
// Definitions (each in its own file):
//   newCases, newDeaths        daily-new.ts    cumulative[t] − cumulative[t−1] as reported (may be negative);
//                                              null on the first day
//   newCasesSmoothed, ...      rolling-mean.ts 7-day trailing mean, revisions counted as 0; null until 7 daily
//                                              values exist (so from the 8th day of the series)
//   incidence7dPer100k         incidence.ts    7-day sum per 100,000 population; null without population
//   growth7d                   growth.ts       this week's sum / last week's sum; null when last week had none
//   doublingTimeDays           growth.ts       7·ln 2 / ln(growth7d), only while growth7d > 1
//   rt                         rt-cori.ts      Cori et al. (2013) posterior mean and 95% interval
//
// Flags on a point (documented for the UI):
//   'negative-new-cases'   reported cumulative cases fell since the previous day (a revision); newCases shows
//                          the negative difference, and every other indicator counts that day as 0 new cases
//   'negative-new-deaths'  the same for deaths
//   'carried-forward'      the source has no row for this date (a gap between two reports); the cumulative
//                          counts of the previous report are repeated, so the day has 0 new cases and the next
//                          report carries everything that accrued during the gap
import { dailyNew } from './daily-new';
import { fillDailyGaps, type CumulativePoint } from './fill-daily-gaps';
import { doublingTimeDays, weeklyGrowth } from './growth';
import { incidencePer100k } from './incidence';
import { trailingSum } from './rolling-mean';
import { rtCori, type RtEstimate } from './rt-cori';
import { serialIntervalWeights } from './serial-interval';

export type { CumulativePoint } from './fill-daily-gaps';

export type IndicatorFlag = 'negative-new-cases' | 'negative-new-deaths' | 'carried-forward';

export interface IndicatorPoint {
  date: string;
  cumulativeCases: number;
  cumulativeDeaths: number;
  newCases: number | null;
  newDeaths: number | null;
  newCasesSmoothed: number | null;
  newDeathsSmoothed: number | null;
  incidence7dPer100k: number | null;
  growth7d: number | null;
  doublingTimeDays: number | null;
  rt: RtEstimate | null;
  flags: IndicatorFlag[];
}

const COVID19_WEIGHTS = serialIntervalWeights();

/**
 * The indicators of every day of a cumulative series. `population` may be null (incidence is then null).
 * `serialInterval` defaults to SARS-CoV-2's (serial-interval.ts). Throws RangeError if the dates are not
 * strictly ascending ISO 8601 dates: callers pass stored, validated series.
 */
export function computeIndicators(
  series: readonly CumulativePoint[],
  population: number | null,
  serialInterval: ArrayLike<number> = COVID19_WEIGHTS,
): IndicatorPoint[] {
  const { points, carried } = fillDailyGaps(series);
  const cases = dailyNew(points.map((p) => p.cumulativeCases));
  const deaths = dailyNew(points.map((p) => p.cumulativeDeaths));
  const weeklyCases = trailingSum(cases.counted, 7);
  const weeklyDeaths = trailingSum(deaths.counted, 7);
  const incidence = incidencePer100k(weeklyCases, population);
  const growth = weeklyGrowth(weeklyCases);
  const rt = rtCori(cases.counted, serialInterval);

  return points.map((point, t) => {
    const flags: IndicatorFlag[] = [];
    if (cases.negative[t]) flags.push('negative-new-cases');
    if (deaths.negative[t]) flags.push('negative-new-deaths');
    if (carried[t]) flags.push('carried-forward');
    const weekCases = weeklyCases[t];
    const weekDeaths = weeklyDeaths[t];
    return {
      date: point.date,
      cumulativeCases: point.cumulativeCases,
      cumulativeDeaths: point.cumulativeDeaths,
      newCases: cases.reported[t],
      newDeaths: deaths.reported[t],
      newCasesSmoothed: weekCases === null ? null : weekCases / 7,
      newDeathsSmoothed: weekDeaths === null ? null : weekDeaths / 7,
      incidence7dPer100k: incidence[t],
      growth7d: growth[t],
      doublingTimeDays: doublingTimeDays(growth[t]),
      rt: rt[t],
      flags,
    };
  });
}
