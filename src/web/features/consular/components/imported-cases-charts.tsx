import { Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatisticsRange } from '../../../../shared/schemas/consular-statistics';
import { EChart } from '../../../components/echart';
import { ErrorAlert } from '../../../components/error-alert';
import { WorldChoropleth } from '../../../components/world-choropleth';
import { useLocale } from '../../../i18n/use-locale';
import { useCountries } from '../../../lib/queries/get-countries';
import { useImportedCasesByOrigin, useImportedCasesWeekly } from '../api/statistics';

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/**
 * The imported cases week by week (cases as bars, the own-passport and student shares as lines on a 0–100%
 * axis) and on the world map by origin, each origin's shares in its tooltip. The map is the shared d3-geo
 * choropleth the situation and research pages draw.
 */
export function ImportedCasesCharts({ range }: { range: StatisticsRange }) {
  const { t } = useTranslation('consular');
  const locale = useLocale();
  const weekly = useImportedCasesWeekly(range);
  const origins = useImportedCasesByOrigin(range);
  const countries = useCountries();
  const weeks = weekly.data?.weeks;
  const option = useMemo<EChartsCoreOption | null>(
    () =>
      weeks
        ? {
            animation: false,
            tooltip: { trigger: 'axis' },
            legend: { top: 0 },
            grid: { left: 48, right: 48, top: 40, bottom: 28 },
            xAxis: { type: 'category', data: weeks.map((w) => w.week) },
            yAxis: [
              { type: 'value', name: t('importedCases.total'), minInterval: 1 },
              { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
            ],
            series: [
              { type: 'bar', name: t('importedCases.total'), data: weeks.map((w) => w.total), color: '#adb5bd' },
              { type: 'line', name: t('importedCases.ownPassport'), yAxisIndex: 1, data: weeks.map((w) => (w.total === 0 ? null : Math.round(w.ownPassport.share * 1000) / 10)), connectNulls: true, color: '#c92a2a' },
              { type: 'line', name: t('importedCases.students'), yAxisIndex: 1, data: weeks.map((w) => (w.total === 0 ? null : Math.round(w.students.share * 1000) / 10)), connectNulls: true, color: '#1c7ed6' },
            ],
          }
        : null,
    [weeks, t],
  );
  const byIso3 = useMemo(() => new Map((origins.data?.origins ?? []).map((o) => [o.iso3, o])), [origins.data]);
  const values = useMemo(() => new Map([...byIso3].map(([iso3, o]) => [iso3, o.total])), [byIso3]);
  const countryList = countries.data?.countries ?? [];
  // Whole cases only in the legend (the default ticks of a small maximum repeat rounded values).
  const max = Math.max(1, ...values.values());
  const stops = max <= 5 ? Array.from({ length: max + 1 }, (_, i) => i) : [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(f * max));
  const countryName = (iso3: string) => {
    const c = countryList.find((x) => x.iso3 === iso3);
    return c ? locale.name(c) : iso3;
  };
  const shareLine = (label: string, value: string) => (
    <Group justify="space-between" gap="md" wrap="nowrap" key={label}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xs">{value}</Text>
    </Group>
  );

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Card>
        <Title order={3} size="h5" mb="xs">
          {t('importedCases.weekly')}
        </Title>
        {weekly.isError && <ErrorAlert error={weekly.error} />}
        {option && weeks && (
          <EChart
            option={option}
            height={280}
            testId="imported-weekly-chart"
            label={t('importedCases.weeklyLabel', { weeks: weeks.length, total: weeks.reduce((n, w) => n + w.total, 0) })}
          />
        )}
      </Card>
      <Card>
        <Title order={3} size="h5" mb="xs">
          {t('importedCases.map')}
        </Title>
        {origins.isError && <ErrorAlert error={origins.error} />}
        <div data-testid="imported-origin-map" data-origins={[...byIso3.keys()].join(' ')}>
          <WorldChoropleth
            values={values}
            countries={countryList}
            label={t('importedCases.mapLabel', { n: byIso3.size })}
            legendTitle={t('importedCases.total')}
            noDataLabel={t('importedCases.none')}
            formatValue={(v) => locale.formatInteger(v)}
            domain={[0, max]}
            legendStops={stops}
            countryName={countryName}
            tooltipExtra={(iso3) => {
              const o = byIso3.get(iso3);
              return o ? [shareLine(t('importedCases.ownPassport'), percent(o.ownPassport.share)), shareLine(t('importedCases.students'), percent(o.students.share))] : null;
            }}
          />
        </div>
      </Card>
    </SimpleGrid>
  );
}
