import { Group, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MutationTrend } from '../../../../shared/schemas/research-trends';
import { WorldChoropleth } from '../../../components/world-choropleth';
import { useLocale } from '../../../i18n/use-locale';

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;

/** One mutation's share of each country's genomes in one period, and where and when it was seen. */
export function MutationMap({ trend, period, countryName }: { trend: MutationTrend; period: string; countryName: (iso3: string) => string }) {
  const { t } = useTranslation('research');
  const locale = useLocale();
  const inPeriod = useMemo(
    () => new Map(trend.countries.flatMap((c) => c.periods.filter((p) => p.period === period).map((p) => [c.country, p] as const))),
    [trend, period],
  );
  const values = useMemo(() => new Map([...inPeriod].map(([iso3, p]) => [iso3, p.share])), [inPeriod]);
  const seen = trend.countries.filter((c) => c.carriers > 0);

  return (
    <Stack data-testid="mutation-map">
      <WorldChoropleth
        values={values}
        countries={trend.countries.map((c) => ({ iso3: c.country, isoNumeric: c.isoNumeric }))}
        label={t('trends.mapLabel', { mutation: trend.mutation, period })}
        legendTitle={t('trends.share')}
        noDataLabel={t('trends.noGenomes')}
        formatValue={percent}
        domain={[0, 1]}
        countryName={countryName}
        tooltipExtra={(iso3) => {
          const p = inPeriod.get(iso3);
          return p ? (
            <Group justify="space-between" gap="md" wrap="nowrap">
              <Text size="xs" c="dimmed">
                {t('trends.carriersOf', { count: p.count, total: p.total })}
              </Text>
              <Text size="xs">{t('trends.interval', { lower: percent(p.lower), upper: percent(p.upper) })}</Text>
            </Group>
          ) : null;
        }}
      />
      <Table striped data-testid="mutation-sightings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('trends.country')}</Table.Th>
            <Table.Th ta="right">{t('trends.carriers')}</Table.Th>
            <Table.Th>{t('trends.firstSeen')}</Table.Th>
            <Table.Th>{t('trends.lastSeen')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {seen.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={4}>
                <Text c="dimmed">{t('trends.neverSeen', { mutation: trend.mutation })}</Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            seen.map((c) => (
              <Table.Tr key={c.country}>
                <Table.Td>{countryName(c.country)}</Table.Td>
                <Table.Td ta="right">{locale.formatInteger(c.carriers)}</Table.Td>
                <Table.Td>{c.firstSeen}</Table.Td>
                <Table.Td>{c.lastSeen}</Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
