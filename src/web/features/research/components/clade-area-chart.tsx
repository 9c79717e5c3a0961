import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CladeTrend } from '../../../../shared/schemas/research-trends';
import { EChart } from '../../../components/echart';

const percent = (share: number) => Math.round(share * 1000) / 10;

/** Each clade's share of a country's analysed genomes per period, stacked to 100%. */
export function CladeAreaChart({ trend, countryName }: { trend: CladeTrend; countryName: string }) {
  const { t } = useTranslation('research');
  const option = useMemo<EChartsCoreOption>(() => {
    const periods = trend.periods.map((p) => p.period);
    // Clades in the order they first appear, so the older ones stack at the bottom.
    const clades = [...new Set(trend.periods.flatMap((p) => [...p.clades].sort((a, b) => a.clade.localeCompare(b.clade)).map((c) => c.clade)))];
    const byPeriod = new Map(trend.periods.map((p) => [p.period, { total: p.total, clades: new Map(p.clades.map((c) => [c.clade, c])) }]));
    return {
      grid: { left: 48, right: 16, top: 40, bottom: 56 },
      legend: { type: 'scroll', top: 0 },
      tooltip: {
        trigger: 'axis',
        formatter: (items: { axisValue: string }[]) => {
          const period = items[0]?.axisValue ?? '';
          const entry = byPeriod.get(period);
          if (!entry) return period;
          const lines = [...entry.clades.values()].map((c) =>
            t('trends.tooltipClade', { clade: c.clade, count: c.count, total: entry.total, share: percent(c.share), lower: percent(c.lower), upper: percent(c.upper) }),
          );
          return [`<b>${period}</b> · ${t('trends.genomes', { count: entry.total })}`, ...lines].join('<br/>');
        },
      },
      xAxis: { type: 'category', boundaryGap: false, data: periods },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      series: clades.map((clade) => ({
        name: clade,
        type: 'line',
        stack: 'share',
        areaStyle: {},
        symbol: 'none',
        emphasis: { focus: 'series' },
        data: periods.map((p) => percent(byPeriod.get(p)?.clades.get(clade)?.share ?? 0)),
      })),
    };
  }, [trend, t]);
  const genomes = trend.periods.reduce((sum, p) => sum + p.total, 0);
  return (
    <div data-testid="variant-chart" data-country={trend.country} data-genomes={genomes}>
      <EChart option={option} label={t('trends.chartLabel', { country: countryName })} height={340} />
    </div>
  );
}
