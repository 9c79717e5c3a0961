import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArrivalCheck } from '../../../../shared/schemas/spread';
import { EChart } from '../../../components/echart';
import { useLocale } from '../../../i18n/use-locale';

type Row = ArrivalCheck['countries'][number];

const COLOR = { effective: '#1c7ed6', greatCircle: '#868e96' } as const;

/**
 * The day of each country's first reported case against its distance from the origin, once by effective
 * distance and once by great-circle distance, with each Spearman ρ in its title (ADR 040). The day axis is
 * logarithmic so the first weeks, where the ranking is decided, are not squeezed under the late arrivals.
 */
export function ArrivalCheckChart({ check, countryName }: { check: ArrivalCheck; countryName: (iso3: string) => string }) {
  const { t } = useTranslation('situation');
  const locale = useLocale();
  const rho = (value: number | null) => (value === null ? '—' : value.toFixed(2));

  const panel = (distance: (row: Row) => number, xName: string, color: string): EChartsCoreOption => ({
    animation: false,
    grid: { left: 56, right: 16, top: 16, bottom: 48 },
    tooltip: {
      trigger: 'item',
      formatter: (p: { data: [number, number, string, string] }) =>
        `${countryName(p.data[2])}<br/>${t('arrival.firstCase')}: ${p.data[3]} (${t('arrival.day', { day: p.data[1] })})<br/>${xName}: ${locale.formatDecimal(p.data[0])}`,
    },
    xAxis: { type: 'value', name: xName, nameLocation: 'middle', nameGap: 28, scale: true, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'log', name: t('arrival.dayAxis', { date: check.seriesFirstDate ?? '' }), nameLocation: 'middle', nameGap: 40, min: 1 },
    series: [
      {
        type: 'scatter',
        symbolSize: 6,
        itemStyle: { color, opacity: 0.7 },
        data: check.countries.map((row) => [distance(row), row.day, row.iso3, row.firstCase]),
      },
    ],
  });

  const effective = useMemo(() => panel((r) => r.effectiveDistance, t('arrival.effective'), COLOR.effective), [check, t, locale]);
  const greatCircle = useMemo(() => panel((r) => r.greatCircleKm, t('arrival.greatCircle', { airport: check.fromAirport ?? '' }), COLOR.greatCircle), [check, t, locale]);

  if (check.countries.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="arrival-check-empty">
        {t('arrival.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="arrival-check">
      <Text size="sm" data-testid="arrival-check-summary">
        {t('arrival.summary', {
          count: check.countries.length,
          effective: rho(check.spearmanEffective),
          greatCircle: rho(check.spearmanGreatCircle),
          airport: check.fromAirport ?? '—',
          source: check.source ? t(`admin.import.sources.${check.source}`) : '—',
        })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap={0}>
          <Title order={3} size="h6">
            {t('arrival.effectiveTitle', { rho: rho(check.spearmanEffective) })}
          </Title>
          <EChart option={effective} label={t('arrival.effectiveLabel')} testId="chart-arrival-effective" height={280} />
        </Stack>
        <Stack gap={0}>
          <Title order={3} size="h6">
            {t('arrival.greatCircleTitle', { rho: rho(check.spearmanGreatCircle), airport: check.fromAirport ?? '—' })}
          </Title>
          <EChart option={greatCircle} label={t('arrival.greatCircleLabel')} testId="chart-arrival-great-circle" height={280} />
        </Stack>
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('arrival.excluded', {
          firstDay: check.excluded.reportingOnFirstDay.map(countryName).join(', ') || '—',
          date: check.seriesFirstDate ?? '—',
          never: check.excluded.neverReporting,
          unreachable: check.excluded.unreachable.length,
        })}
      </Text>
    </Stack>
  );
}
