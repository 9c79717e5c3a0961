import { SimpleGrid, Text } from '@mantine/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CASE_CHANNELS, CASE_TOPICS } from '../../../../shared/schemas/consular';
import type { HelpDeskStatistics } from '../../../../shared/schemas/consular-statistics';
import { EChart } from '../../../components/echart';

// The help desk's charts: calls and cases per day with the same days of last year dashed behind them, and the
// cases of the range by topic, channel and post. No animation, so a screenshot shows the finished lines.
export function HelpDeskCharts({ stats: s, postName }: { stats: HelpDeskStatistics; postName: (id: string) => string }) {
  const { t } = useTranslation('consular');
  const perDay = useMemo<EChartsCoreOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 28 },
      xAxis: { type: 'category', data: s.days.map((d) => d.date) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'line', name: t('statistics.calls'), data: s.days.map((d) => d.calls), showSymbol: false, color: '#1c7ed6' },
        { type: 'line', name: t('statistics.callsLastYear'), data: s.days.map((d) => d.callsLastYear), showSymbol: false, color: '#1c7ed6', lineStyle: { type: 'dashed', opacity: 0.6 } },
        { type: 'line', name: t('statistics.cases'), data: s.days.map((d) => d.cases), showSymbol: false, color: '#e8590c' },
        { type: 'line', name: t('statistics.casesLastYear'), data: s.days.map((d) => d.casesLastYear), showSymbol: false, color: '#e8590c', lineStyle: { type: 'dashed', opacity: 0.6 } },
      ],
    }),
    [s, t],
  );
  const topicLabel = (k: string) => t(`topics.${k as (typeof CASE_TOPICS)[number]}`);
  const channelLabel = (k: string) => t(`channels.${k as (typeof CASE_CHANNELS)[number]}`);
  const bars = (rows: HelpDeskStatistics['byTopic'], label: (key: string) => string): EChartsCoreOption => ({
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: 140, right: 16, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => label(r.key)), axisLabel: { width: 130, overflow: 'truncate' } },
    series: [{ type: 'bar', name: t('statistics.cases'), data: rows.map((r) => r.count) }],
  });
  // Rebuilt only with the figures or the language, so the charts are not redrawn on every render.
  const [byTopic, byChannel, byPost] = useMemo(() => [bars(s.byTopic, topicLabel), bars(s.byChannel, channelLabel), bars(s.byPost, postName)], [s, t, postName]);
  const totals = s.totals;
  return (
    <>
      <EChart
        option={perDay}
        height={300}
        testId="helpdesk-calls-chart"
        label={t('statistics.perDayLabel', { calls: totals.calls, callsLastYear: totals.callsLastYear, cases: totals.cases, casesLastYear: totals.casesLastYear })}
      />
      <Text size="xs" c="dimmed" data-testid="helpdesk-days-caption">
        {t(s.postId === null ? 'statistics.localDaysAllPosts' : 'statistics.localDays')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <EChart option={byTopic} height={220} label={t('statistics.byTopic')} testId="helpdesk-topic-chart" />
        <EChart option={byChannel} height={220} label={t('statistics.byChannel')} testId="helpdesk-channel-chart" />
        <EChart option={byPost} height={220} label={t('statistics.byPost')} testId="helpdesk-post-chart" />
      </SimpleGrid>
    </>
  );
}
