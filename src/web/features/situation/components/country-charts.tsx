import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SeriesPoint } from '../../../../shared/schemas/situation';
import { EChart } from '../../../components/echart';
import { splitCorrections } from '../utils/daily-corrections';

const ZOOM = [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 4 }];
const GRID = { left: 56, right: 16, top: 36, bottom: 56 };

/**
 * Daily new values as reported (bars) with their 7-day trailing mean (line). Negative values (the source revised
 * its totals) are not drawn as days: they are marked on the axis as corrections and counted under the chart.
 */
export function DailyChart({ points, kind }: { points: readonly SeriesPoint[]; kind: 'cases' | 'deaths' }) {
  const { t, i18n } = useTranslation('situation');
  const split = useMemo(() => splitCorrections(kind === 'cases' ? points.map((p) => p.newCases) : points.map((p) => p.newDeaths)), [points, kind]);
  const option = useMemo<EChartsCoreOption>(() => {
    const mean = kind === 'cases' ? points.map((p) => p.newCasesSmoothed) : points.map((p) => p.newDeathsSmoothed);
    const colour = kind === 'cases' ? '#4c6ef5' : '#495057';
    const number = (v: number | null | undefined) => (v === null || v === undefined ? '—' : Math.round(v).toLocaleString(i18n.language));
    return {
      animation: false,
      tooltip: {
        trigger: 'axis',
        formatter: (items: { dataIndex: number }[]) => {
          const i = items[0]?.dataIndex ?? 0;
          const correction = split.corrections[i];
          const day = correction === null ? `${t(`country.daily.${kind}`)}: ${number(split.daily[i])}` : `${t('country.daily.correction')}: ${number(correction)}`;
          return `${points[i]?.date ?? ''}<br/>${day}<br/>${t('country.daily.mean')}: ${number(mean[i])}`;
        },
      },
      legend: { top: 0 },
      grid: GRID,
      dataZoom: ZOOM,
      xAxis: { type: 'category', data: points.map((p) => p.date) },
      yAxis: { type: 'value', min: 0 },
      series: [
        { name: t(`country.daily.${kind}`), type: 'bar', data: split.daily, itemStyle: { color: colour, opacity: 0.45 }, large: true },
        { name: t('country.daily.mean'), type: 'line', data: mean, showSymbol: false, lineStyle: { width: 2, color: kind === 'cases' ? '#d9480f' : '#c92a2a' } },
        ...(split.count === 0
          ? []
          : [{ name: t('country.daily.correction'), type: 'scatter', data: split.corrections.map((c) => (c === null ? null : 0)), symbol: 'triangle', symbolRotate: 180, symbolSize: 9, itemStyle: { color: '#e03131' } }]),
      ],
    };
  }, [points, kind, split, t, i18n.language]);
  return (
    <>
      <EChart option={option} label={t(`country.daily.${kind}Label`)} testId={`chart-${kind}`} />
      {split.count > 0 && (
        <Text size="xs" c="dimmed" data-testid={`corrections-${kind}`}>
          {t('country.daily.correctionsNote', { count: split.count, total: Math.round(split.corrections.reduce<number>((a, c) => a + (c ?? 0), 0)).toLocaleString(i18n.language) })}
        </Text>
      )}
    </>
  );
}

/** R_t's posterior mean with its 95% interval as a band, and the line R = 1. */
export function RtChart({ points }: { points: readonly SeriesPoint[] }) {
  const { t } = useTranslation('situation');
  const option = useMemo<EChartsCoreOption>(() => {
    const lower = points.map((p) => p.rt?.lower ?? null);
    const width = points.map((p) => (p.rt ? p.rt.upper - p.rt.lower : null));
    return {
      animation: false,
      tooltip: {
        trigger: 'axis',
        formatter: (items: { dataIndex: number }[]) => {
          const p = points[items[0]?.dataIndex ?? 0];
          if (!p?.rt) return `${p?.date ?? ''}<br/>${t('country.rt.unknown')}`;
          return `${p.date}<br/>R_t ${p.rt.mean.toFixed(2)} (${p.rt.lower.toFixed(2)}–${p.rt.upper.toFixed(2)})`;
        },
      },
      legend: { top: 0, data: [t('country.rt.mean'), t('country.rt.interval')] },
      grid: GRID,
      dataZoom: ZOOM,
      xAxis: { type: 'category', data: points.map((p) => p.date) },
      yAxis: { type: 'value', min: 0, max: (v: { max: number }) => Math.min(4, Math.max(2, Math.ceil(v.max))) },
      series: [
        { name: 'lower', type: 'line', data: lower, stack: 'band', lineStyle: { opacity: 0 }, showSymbol: false, silent: true, tooltip: { show: false } },
        { name: t('country.rt.interval'), type: 'line', data: width, stack: 'band', lineStyle: { opacity: 0 }, areaStyle: { color: '#74c0fc', opacity: 0.45 }, itemStyle: { color: '#74c0fc' }, showSymbol: false, silent: true },
        {
          name: t('country.rt.mean'),
          type: 'line',
          data: points.map((p) => p.rt?.mean ?? null),
          showSymbol: false,
          lineStyle: { width: 2, color: '#1864ab' },
          markLine: { silent: true, symbol: 'none', lineStyle: { color: '#e03131', type: 'dashed' }, data: [{ yAxis: 1 }], label: { formatter: 'R = 1', position: 'insideEndTop' } },
        },
      ],
    };
  }, [points, t]);
  return <EChart option={option} label={t('country.rt.label')} testId="chart-rt" />;
}

/** Up to five countries' 7-day incidence per 100,000 on one chart. */
export function CompareChart({ series }: { series: readonly { name: string; points: readonly SeriesPoint[] }[] }) {
  const { t } = useTranslation('situation');
  const option = useMemo<EChartsCoreOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { ...GRID, top: 60 },
      dataZoom: ZOOM,
      xAxis: { type: 'time' },
      yAxis: { type: 'value', name: t('indicators.incidence.unit'), nameTextStyle: { align: 'left' } },
      series: series.map((s) => ({ name: s.name, type: 'line', showSymbol: false, data: s.points.map((p) => [p.date, p.incidence7dPer100k]) })),
    }),
    [series, t],
  );
  return <EChart option={option} label={t('country.compare.label')} testId="chart-compare" />;
}
