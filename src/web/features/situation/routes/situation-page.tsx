import { Button, Card, Group, Loader, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { useCountries } from '../../../lib/queries/get-countries';
import { useOverview, useOverviewDetails } from '../api/get-overview';
import { DataAdmin } from '../components/data-admin';
import { DatePlayer } from '../components/date-player';
import { IndicatorHelp } from '../components/indicator-help';
import { RankingTable } from '../components/ranking-table';
import { WorldMap } from '../components/world-map';
import { MAP_INDICATORS, type MapIndicator } from '../utils/indicators';
import { overviewRows } from '../utils/overview-rows';

const isIndicator = (value: string | null): value is MapIndicator => (MAP_INDICATORS as readonly string[]).includes(value ?? '');

/** The world picture on a date: a choropleth by indicator with a date player, and the ranking of every country. */
export function SituationPage() {
  const { t } = useTranslation('situation');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const date = params.get('date');
  const indicatorParam = params.get('indicator');
  const indicator: MapIndicator = isIndicator(indicatorParam) ? indicatorParam : 'incidence';
  const allIndicators = params.get('columns') === 'all';
  const overview = useOverview(date);
  const countries = useCountries();
  // The full overview (38 kB) only when the reader asks for every column, and for the date shown.
  const details = useOverviewDetails(overview.data?.date ?? null, allIndicators && overview.data !== undefined);
  const rows = useMemo(
    () => (overview.data && countries.data ? overviewRows(overview.data, countries.data.countries, details.data) : []),
    [overview.data, countries.data, details.data],
  );

  const update = useCallback(
    (patch: Record<string, string>) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [k, v] of Object.entries(patch)) next.set(k, v);
        return next;
      }, { replace: true }),
    [setParams],
  );
  const setDate = useCallback((value: string) => update({ date: value }), [update]);

  return (
    <>
      <PageHeader
        title={t('overview.title')}
        description={t('overview.description')}
        actions={
          <Button component={Link} to="/situation/spread" variant="light" size="sm">
            {t('overview.spreadLink')}
          </Button>
        }
      />
      {overview.isPending || countries.isPending ? (
        <Group justify="center" py="xl">
          <Loader size="sm" aria-label={t('overview.loading')} />
        </Group>
      ) : overview.isError || countries.isError ? (
        <ErrorAlert error={overview.error ?? countries.error} />
      ) : overview.data.firstDate === null || overview.data.lastDate === null ? (
        <Text>{t('overview.empty')}</Text>
      ) : (
        <Stack gap="md">
          <Card p={{ base: 'xs', sm: 'md' }}>
            <Stack gap="sm">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Title order={2} size="h4">
                  {t('map.title', { date: overview.data.date ?? '' })}
                </Title>
                <SegmentedControl
                  size="xs"
                  value={indicator}
                  onChange={(value) => update({ indicator: value })}
                  data={MAP_INDICATORS.map((key) => ({ value: key, label: t(`indicators.${key}.short`) }))}
                  aria-label={t('map.indicator')}
                />
              </Group>
              <DatePlayer firstDate={overview.data.firstDate} lastDate={overview.data.lastDate} date={overview.data.date ?? overview.data.lastDate} onChange={setDate} />
              <WorldMap rows={rows} indicator={indicator} onSelect={(iso3) => navigate(`/situation/${iso3}`)} />
              <Text size="xs" c="dimmed">
                {t('overview.source', { source: t(`sources.${overview.data.source ?? 'jhu'}`) })}
              </Text>
            </Stack>
          </Card>
          <Card p={{ base: 'xs', sm: 'md' }}>
            <Group justify="space-between" wrap="wrap" gap="xs" mb="sm">
              <Title order={2} size="h4">
                {t('ranking.title', { n: rows.length })}
              </Title>
              <Switch
                size="sm"
                label={t('ranking.allIndicators')}
                description={t('ranking.allIndicatorsHelp')}
                checked={allIndicators}
                onChange={(event) => update({ columns: event.currentTarget.checked ? 'all' : 'summary' })}
              />
            </Group>
            {details.isError && <ErrorAlert error={details.error} />}
            <RankingTable rows={rows} detailed={allIndicators && details.data !== undefined} />
          </Card>
          <IndicatorHelp />
        </Stack>
      )}
      <DataAdmin />
    </>
  );
}
