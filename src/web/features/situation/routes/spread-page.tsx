import { Anchor, Card, Group, Loader, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { useLocale } from '../../../i18n/use-locale';
import { useCountries } from '../../../lib/queries/get-countries';
import { useArrivalCheck, useImportationRisk, useSpread } from '../api/get-spread';
import { ArrivalCheckChart } from '../components/arrival-check-chart';
import { ImportationRiskTable } from '../components/importation-risk-table';
import { SpreadMap } from '../components/spread-map';
import { SpreadRadial } from '../components/spread-radial';

const DEFAULT_ORIGIN = 'CHN';

/** Where an outbreak goes next over the air network: effective distance from an origin, and importation risk now. */
export function SpreadPage() {
  const { t } = useTranslation('situation');
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const origin = params.get('origin') ?? DEFAULT_ORIGIN;
  const spread = useSpread(origin);
  const risk = useImportationRisk();
  const arrival = useArrivalCheck(origin);
  const countries = useCountries();
  const names = useMemo(() => new Map((countries.data?.countries ?? []).map((c) => [c.iso3, locale.name(c)])), [countries.data, locale]);
  const countryName = useCallback((iso3: string) => names.get(iso3) ?? iso3, [names]);
  const setOrigin = (value: string | null) => value && setParams({ origin: value }, { replace: true });
  // Every country of the network can be an origin: the one shown and every other the answer lists (while a new
  // origin loads, the previous answer, which lists it too, is still shown).
  const options = useMemo(
    () =>
      [...new Set([origin, ...(spread.data?.countries ?? []).map((c) => c.iso3)])]
        .map((iso3) => ({ value: iso3, label: countryName(iso3) }))
        .sort((a, b) => locale.compare(a.label, b.label)),
    [origin, spread.data, countryName, locale],
  );

  return (
    <>
      <Anchor component={Link} to="/situation" size="sm" mb="xs" display="inline-block">
        {t('spread.back')}
      </Anchor>
      <PageHeader title={t('spread.title')} description={t('spread.description')} />
      <Stack gap="md">
        <Card p={{ base: 'xs', sm: 'md' }}>
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap" gap="xs" align="flex-end">
              <Select label={t('spread.origin')} data={options} value={origin} onChange={setOrigin} searchable allowDeselect={false} w={280} maxDropdownHeight={320} />
              {spread.data && (
                <Text size="xs" c="dimmed" maw={520}>
                  {t('spread.network', { countries: spread.data.network.countries, routes: locale.formatInteger(spread.data.network.international) })}
                </Text>
              )}
            </Group>
            {spread.isPending || countries.isPending ? (
              <Group justify="center" py="xl">
                <Loader size="sm" aria-label={t('spread.loading')} />
              </Group>
            ) : spread.isError || countries.isError ? (
              <ErrorAlert error={spread.error ?? countries.error} />
            ) : (
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
                <Stack gap={4}>
                  <Title order={2} size="h5">
                    {t('spread.radialTitle')}
                  </Title>
                  <SpreadRadial origin={spread.data.origin} countries={spread.data.countries} countryName={countryName} />
                  <Text size="xs" c="dimmed">
                    {t('spread.radialHelp')}
                  </Text>
                </Stack>
                <Stack gap={4}>
                  <Title order={2} size="h5">
                    {t('spread.mapTitle')}
                  </Title>
                  <SpreadMap origin={spread.data.origin} countries={spread.data.countries} geography={countries.data.countries} countryName={countryName} onSelect={setOrigin} />
                  <Text size="xs" c="dimmed">
                    {spread.data.network.attribution}
                  </Text>
                </Stack>
              </SimpleGrid>
            )}
          </Stack>
        </Card>
        <Card p={{ base: 'xs', sm: 'md' }}>
          <Title order={2} size="h4" mb={4}>
            {t('arrival.title')}
          </Title>
          {arrival.isPending ? (
            <Loader size="sm" aria-label={t('arrival.loading')} />
          ) : arrival.isError ? (
            <ErrorAlert error={arrival.error} />
          ) : (
            <ArrivalCheckChart check={arrival.data} countryName={countryName} />
          )}
        </Card>
        <Card p={{ base: 'xs', sm: 'md' }}>
          <Title order={2} size="h4" mb={4}>
            {t('risk.title')}
          </Title>
          {risk.isPending ? (
            <Loader size="sm" aria-label={t('risk.loading')} />
          ) : risk.isError ? (
            <ErrorAlert error={risk.error} />
          ) : (
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t('risk.description', { date: risk.data.date ?? '—', days: risk.data.assumptions.infectiousDays, travellers: locale.formatInteger(risk.data.assumptions.weeklyTravellers) })}
              </Text>
              <ImportationRiskTable risk={risk.data} countryName={countryName} />
            </Stack>
          )}
        </Card>
      </Stack>
    </>
  );
}
