import { Alert, Anchor, Card, Group, Loader, MultiSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { useLocale } from '../../../i18n/use-locale';
import { useMe } from '../../../lib/queries/get-me';
import { useCountriesSeries, useCountrySeries } from '../api/get-country-series';
import { useOverviewDetails } from '../api/get-overview';
import { CompareChart, DailyChart, RtChart } from '../components/country-charts';
import { ForecastPanel } from '../components/forecast-panel';
import { IndicatorHelp } from '../components/indicator-help';
import { SeverityBreakdown } from '../components/severity-breakdown';

const MAX_COMPARED = 5;

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card p={{ base: 'xs', sm: 'md' }}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/**
 * To the country's aid chain (requests, allocations, consignments, receipts), for those who may see it:
 * coordinators and admins, and the country's own focal point (the aid module answers 404 to anyone else).
 */
function AidChainLink({ iso3 }: { iso3: string }) {
  const { t } = useTranslation('situation');
  const user = useMe().data?.user;
  const allowed = user && (user.role === 'coordinator' || user.role === 'admin' || (user.role === 'partner_focal_point' && user.partnerId === iso3));
  if (!allowed) return null;
  return (
    <Anchor component={Link} to={`/aid/partners/${encodeURIComponent(iso3)}/chain`} size="sm" data-testid="aid-chain-link">
      {t('country.aidChain')}
    </Anchor>
  );
}

/** One country: daily cases and deaths, R_t with its interval, severity, health system, and a comparison. */
export function CountryPage() {
  const { t } = useTranslation('situation');
  const locale = useLocale();
  const iso3 = (useParams().iso3 ?? '').toUpperCase();
  const series = useCountrySeries(iso3);
  const overview = useOverviewDetails(null);
  const [compared, setCompared] = useState<string[]>([]);
  const row = overview.data?.countries.find((c) => c.iso3 === iso3);
  const others = useCountriesSeries(compared);
  const options = useMemo(
    () => (overview.data?.countries ?? []).filter((c) => c.iso3 !== iso3).map((c) => ({ value: c.iso3, label: locale.name({ nameEn: c.name, nameZh: c.nameZh }) })).sort((a, b) => locale.compare(a.label, b.label)),
    [overview.data, iso3, locale],
  );

  if (series.isPending)
    return (
      <Group justify="center" py="xl">
        <Loader size="sm" aria-label={t('overview.loading')} />
      </Group>
    );
  if (series.isError) return <ErrorAlert error={series.error} />;

  const data = series.data;
  const name = locale.name({ nameEn: data.name, nameZh: data.nameZh });
  const last = data.points[data.points.length - 1];
  const compareSeries = [
    { name, points: data.points },
    ...others.flatMap((q) => (q.data ? [{ name: locale.name({ nameEn: q.data.name, nameZh: q.data.nameZh }), points: q.data.points }] : [])),
  ];

  return (
    <>
      <Group gap="md" mb="xs">
        <Anchor component={Link} to="/situation" size="sm">
          {t('country.back')}
        </Anchor>
        <AidChainLink iso3={iso3} />
      </Group>
      <PageHeader title={name} description={last ? t('country.lastReport', { date: last.date }) : t('country.noData')} />
      <Stack gap="md">
        {data.points.length === 0 && (
          <Alert color="gray" variant="light" data-testid="country-no-data">
            {t('country.noSeries', { source: data.source === null ? '—' : t(`sources.${data.source}`) })}
          </Alert>
        )}
        {data.points.length > 0 && (
          <>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Section title={t('country.daily.casesTitle')}>
            <DailyChart points={data.points} kind="cases" />
          </Section>
          <Section title={t('country.daily.deathsTitle')}>
            <DailyChart points={data.points} kind="deaths" />
          </Section>
        </SimpleGrid>
        <Section title={t('country.rt.title')}>
          <RtChart points={data.points} />
          <Text size="xs" c="dimmed">
            {t('help.rt.text')}
          </Text>
        </Section>
        <Section title={t('forecast.title')}>
          <ForecastPanel iso3={iso3} />
        </Section>
          </>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {data.points.length > 0 && (
            <Section title={t('severity.title', { date: overview.data?.date ?? '' })}>
              {row ? <SeverityBreakdown severity={row.severity} /> : <Text size="sm">{t('country.noData')}</Text>}
            </Section>
          )}
          <Section title={t('health.title')}>
            <Stack gap={6}>
              <Group justify="space-between">
                <Text size="sm">{t('health.population')}</Text>
                <Text size="sm" fw={600}>
                  {data.population === null ? '—' : locale.formatInteger(data.population)}
                </Text>
              </Group>
              <Group justify="space-between">
                <Text size="sm">{t('health.beds')}</Text>
                <Text size="sm" fw={600}>
                  {data.hospitalBedsPerThousand === null ? '—' : locale.formatDecimal(data.hospitalBedsPerThousand)}
                </Text>
              </Group>
              <Group justify="space-between">
                <Text size="sm">{t('health.bedsTotal')}</Text>
                <Text size="sm" fw={600}>
                  {data.population === null || data.hospitalBedsPerThousand === null ? '—' : locale.formatInteger((data.population * data.hospitalBedsPerThousand) / 1000)}
                </Text>
              </Group>
              <Text size="xs" c="dimmed">
                {t('help.beds.text')}
              </Text>
            </Stack>
          </Section>
        </SimpleGrid>
        {data.points.length > 0 && (
        <Section title={t('country.compare.title')}>
          <MultiSelect
            label={t('country.compare.pick', { max: MAX_COMPARED - 1 })}
            data={options}
            value={compared}
            onChange={setCompared}
            maxValues={MAX_COMPARED - 1}
            searchable
            clearable
            mb="sm"
            comboboxProps={{ withinPortal: true }}
          />
          <CompareChart series={compareSeries} />
        </Section>
        )}
        <IndicatorHelp />
      </Stack>
    </>
  );
}
