import { Card, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useAccessStats } from '../api/get-access-stats';
import { DailyChart } from '../components/daily-chart';
import { VisitorsMap } from '../components/visitors-map';
import { ResearchHeader } from './research-page';

/** The figures the platform reports publicly: visitors, their countries, files downloaded, over time. */
export function StatsPage() {
  const { t } = useTranslation('research');
  const stats = useAccessStats();

  return (
    <>
      <ResearchHeader />
      {stats.isPending ? (
        <Loader size="sm" aria-label={t('loading')} />
      ) : stats.isError ? (
        <ErrorAlert error={stats.error} />
      ) : (
        <Stack>
          <Title order={2} size="h3" data-testid="research-stats-headline">
            {t('stats.headline', {
              visitors: t('stats.visitorCount', { count: stats.data.visitors }),
              countries: t('stats.countryCount', { count: stats.data.countries }),
              downloads: t('stats.downloadCount', { count: stats.data.downloads }),
            })}
          </Title>
          <SimpleGrid cols={{ base: 2, md: 5 }}>
            {(['visitors', 'visits', 'countries', 'downloads', 'genomesDownloaded'] as const).map((key) => (
              <Card key={key}>
                <Text size="xs" c="dimmed">
                  {t(`stats.${key}`)}
                </Text>
                <Text fw={700} fz={28}>
                  {stats.data[key].toLocaleString()}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          <Card>
            <Title order={3} size="h5" mb="sm">
              {t('stats.overTime')}
            </Title>
            {stats.data.series.length === 0 ? <Text c="dimmed">{t('stats.empty')}</Text> : <DailyChart series={stats.data.series} />}
          </Card>
          <Card>
            <Title order={3} size="h5" mb="sm">
              {t('stats.map')}
            </Title>
            <VisitorsMap byCountry={stats.data.byCountry} />
          </Card>
          <Card>
            <Title order={3} size="h5" mb="sm">
              {t('stats.byCountry')}
            </Title>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('stats.country')}</Table.Th>
                  <Table.Th ta="right">{t('stats.visitors')}</Table.Th>
                  <Table.Th ta="right">{t('stats.visits')}</Table.Th>
                  <Table.Th ta="right">{t('stats.downloads')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {stats.data.byCountry.map((c) => (
                  <Table.Tr key={c.country ?? '-'}>
                    <Table.Td>{c.country ?? t('stats.unknownCountry')}</Table.Td>
                    <Table.Td ta="right">{c.visitors}</Table.Td>
                    <Table.Td ta="right">{c.visits}</Table.Td>
                    <Table.Td ta="right">{c.downloads}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
          <Text size="xs" c="dimmed">
            {t('stats.attribution')}
          </Text>
        </Stack>
      )}
    </>
  );
}
