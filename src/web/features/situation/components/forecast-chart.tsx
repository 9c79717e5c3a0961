import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forecast } from '../../../../shared/schemas/situation-forecast';
import { EChart } from '../../../components/echart';

const GRID = { left: 64, right: 16, top: 36, bottom: 32 };

/** The level's value in a horizon's quantiles. */
const at = (quantiles: Forecast['horizons'][number]['quantiles'], level: number) => quantiles.find((q) => Math.abs(q.level - level) < 1e-9)?.value ?? null;

/**
 * Weekly new cases observed (line) and the forecast fan from the origin: the 95% and 50% intervals as bands and
 * the median as a dashed line. Weeks after the origin that are already known are drawn too, to compare.
 */
export function ForecastChart({ forecast }: { forecast: Forecast }) {
  const { t } = useTranslation('situation');
  const option = useMemo<EChartsCoreOption>(() => {
    const weeks = [...new Set([...forecast.observed.map((o) => o.weekEnd), ...forecast.horizons.map((h) => h.weekEnd)])].sort();
    const observed = new Map(forecast.observed.map((o) => [o.weekEnd, o.value]));
    const byWeek = new Map(forecast.horizons.map((h) => [h.weekEnd, h.quantiles]));
    const atOrigin = forecast.origin === null ? null : (observed.get(forecast.origin) ?? null);
    // Each band starts at the origin's observed week, so the fan opens from the last value the forecast read.
    const band = (low: number, high: number) => {
      const lower = weeks.map((w) => (w === forecast.origin ? atOrigin : byWeek.has(w) ? at(byWeek.get(w)!, low) : null));
      const width = weeks.map((w, i) => (w === forecast.origin ? (atOrigin === null ? null : 0) : byWeek.has(w) ? (at(byWeek.get(w)!, high) ?? 0) - (lower[i] ?? 0) : null));
      return { lower, width };
    };
    const wide = band(0.025, 0.975);
    const narrow = band(0.25, 0.75);
    const median = weeks.map((w) => (w === forecast.origin ? atOrigin : byWeek.has(w) ? at(byWeek.get(w)!, 0.5) : null));
    const hidden = { lineStyle: { opacity: 0 }, showSymbol: false, silent: true, tooltip: { show: false } };
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('forecast.observed'), t('forecast.median'), t('forecast.interval95'), t('forecast.interval50')] },
      grid: GRID,
      xAxis: { type: 'category', data: weeks },
      yAxis: { type: 'value', min: 0 },
      series: [
        { name: 'lower95', type: 'line', data: wide.lower, stack: 'band95', ...hidden },
        { name: t('forecast.interval95'), type: 'line', data: wide.width, stack: 'band95', lineStyle: { opacity: 0 }, areaStyle: { color: '#74c0fc', opacity: 0.35 }, itemStyle: { color: '#74c0fc' }, showSymbol: false, silent: true, tooltip: { show: false } },
        { name: 'lower50', type: 'line', data: narrow.lower, stack: 'band50', ...hidden },
        { name: t('forecast.interval50'), type: 'line', data: narrow.width, stack: 'band50', lineStyle: { opacity: 0 }, areaStyle: { color: '#339af0', opacity: 0.45 }, itemStyle: { color: '#339af0' }, showSymbol: false, silent: true, tooltip: { show: false } },
        { name: t('forecast.median'), type: 'line', data: median, showSymbol: true, symbolSize: 5, lineStyle: { width: 2, type: 'dashed', color: '#1864ab' }, itemStyle: { color: '#1864ab' } },
        { name: t('forecast.observed'), type: 'line', data: weeks.map((w) => observed.get(w) ?? null), showSymbol: true, symbolSize: 4, lineStyle: { width: 2, color: '#d9480f' }, itemStyle: { color: '#d9480f' } },
      ],
    };
  }, [forecast, t]);
  return <EChart option={option} label={t('forecast.label')} testId="chart-forecast" />;
}
