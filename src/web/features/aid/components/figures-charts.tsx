import { SimpleGrid } from '@mantine/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AidFigures } from '../../../../shared/schemas/aid-figures';
import { EChart } from '../../../components/echart';

// The published figures as charts: packs and tonnes by month of approval, partners reached by region, and
// packs by item. No animation, so that a printed report shows the finished bars.
export function FiguresCharts({ figures: f, itemName }: { figures: AidFigures; itemName: (id: string) => string }) {
  const { t } = useTranslation('aid');
  const byMonth = useMemo<EChartsCoreOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 48, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: f.byMonth.map((m) => m.month) },
      yAxis: [
        { type: 'value', name: t('figures.packs') },
        { type: 'value', name: t('figures.tonnes') },
      ],
      series: [
        { type: 'bar', name: t('figures.packs'), data: f.byMonth.map((m) => m.packs) },
        { type: 'line', name: t('figures.tonnes'), yAxisIndex: 1, data: f.byMonth.map((m) => m.tonnes) },
      ],
    }),
    [f, t],
  );
  const byRegion = useMemo<EChartsCoreOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: f.byRegion.map((r) => r.region ?? t('figures.noRegion')) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', stack: 'reach', name: t('figures.countries'), data: f.byRegion.map((r) => r.countries) },
        { type: 'bar', stack: 'reach', name: t('figures.organisations'), data: f.byRegion.map((r) => r.organisations) },
      ],
    }),
    [f, t],
  );
  const byItem = useMemo<EChartsCoreOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis' },
      grid: { left: 150, right: 16, top: 16, bottom: 28 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: f.byItem.map((i) => itemName(i.item)) },
      series: [{ type: 'bar', name: t('figures.packs'), data: f.byItem.map((i) => i.packs) }],
    }),
    [f, t, itemName],
  );
  return (
    <SimpleGrid cols={{ base: 1, lg: 3 }} data-testid="figures-charts">
      <EChart option={byMonth} label={t('figures.chartMonth')} height={260} testId="figures-chart-month" />
      <EChart option={byRegion} label={t('figures.chartRegion')} height={260} testId="figures-chart-region" />
      <EChart option={byItem} label={t('figures.chartItem')} height={260} testId="figures-chart-item" />
    </SimpleGrid>
  );
}
