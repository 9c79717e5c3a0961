// Expected daily cases over the horizon, in the manner of the ESFT, which takes its case series from an
// epidemiological model or, lacking one, from the recent trend. Here: the forecast when one is given
// (e.g. from the situation module), extended with its last value if shorter than the horizon;
// otherwise the mean of the last 7 days of reported incidence, held flat. A flat projection is the
// conservative choice for a shipment that arrives weeks later: it neither extrapolates growth nor
// assumes decline.

export interface CaseProjectionInput {
  /** Daily new cases, oldest first; the last entry is the day before the horizon starts. */
  recentDailyCases: readonly number[];
  /** Daily forecast from the first day of the horizon, when available. */
  forecastDailyCases?: readonly number[];
  horizonWeeks: number;
  /** Multiplier from reported to planned cases (parameter casesPerReportedCase). */
  casesPerReportedCase: number;
}

export interface CaseProjection {
  /** Cases per day over the horizon (7 · horizonWeeks days). */
  daily: number[];
  /** Recent cases (scaled alike), used for the beds still occupied when the horizon starts. */
  history: number[];
  total: number;
  perWeek: number[];
  basis: 'forecast' | 'recent-mean';
}

export function projectCases(input: CaseProjectionInput): CaseProjection {
  const days = 7 * input.horizonWeeks;
  const scale = input.casesPerReportedCase;
  const recent = input.recentDailyCases;
  const forecast = input.forecastDailyCases ?? [];
  const last7 = recent.slice(-7);
  const mean = last7.length > 0 ? last7.reduce((sum, x) => sum + x, 0) / last7.length : 0;
  const basis = forecast.length > 0 ? 'forecast' : 'recent-mean';
  const daily = Array.from({ length: days }, (_, t) => scale * (forecast.length > 0 ? forecast[Math.min(t, forecast.length - 1)] : mean));
  const perWeek = Array.from({ length: input.horizonWeeks }, (_, w) => daily.slice(7 * w, 7 * w + 7).reduce((sum, x) => sum + x, 0));
  return {
    daily,
    history: recent.map((x) => x * scale),
    total: daily.reduce((sum, x) => sum + x, 0),
    perWeek,
    basis,
  };
}
