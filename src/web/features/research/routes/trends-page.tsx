import { Button, Card, Group, Loader, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMutationLabel } from '../../../../core/genome/mutation-label';
import type { CladeTrendQuery } from '../../../../shared/schemas/research-trends';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { useCountries } from '../../../lib/queries/get-countries';
import { useCladeTrend } from '../api/get-clade-trend';
import { useMutationTrend } from '../api/get-mutation-trend';
import { useTrendCountries } from '../api/get-trend-countries';
import { CladeAreaChart } from '../components/clade-area-chart';
import { MutationMap } from '../components/mutation-map';
import { ResearchHeader } from './research-page';

type Unit = CladeTrendQuery['period'];

/** Variant trends over the repository's analysed genomes: clades per country over time, a mutation on the map. */
export function TrendsPage() {
  const { t } = useTranslation('research');
  const locale = useLocale();
  const countries = useCountries();
  const available = useTrendCountries();
  const [chosen, setChosen] = useState<string | null>(null);
  const [unit, setUnit] = useState<Unit>('month');
  const [draft, setDraft] = useState('S:D614G');
  const [mutation, setMutation] = useState('S:D614G');
  const [mutationInvalid, setMutationInvalid] = useState(false);
  const [chosenPeriod, setChosenPeriod] = useState<string | null>(null);

  const name = (iso3: string) => {
    const country = countries.data?.countries.find((c) => c.iso3 === iso3);
    return country ? locale.name(country) : iso3;
  };
  const country = chosen ?? available.data?.countries[0]?.country ?? null;
  const clades = useCladeTrend(country ? { country, period: unit } : null);
  const trend = useMutationTrend({ mutation, period: unit });
  const periods = useMemo(() => [...new Set(trend.data?.countries.flatMap((c) => c.periods.map((p) => p.period)))].sort(), [trend.data]);
  const period = chosenPeriod && periods.includes(chosenPeriod) ? chosenPeriod : (periods.at(-1) ?? null);

  const onMutation = (event: FormEvent) => {
    event.preventDefault();
    const invalid = !parseMutationLabel(draft).ok;
    setMutationInvalid(invalid);
    if (!invalid) setMutation(draft.trim());
  };

  return (
    <>
      <ResearchHeader />
      <Stack>
        <Text c="dimmed">{t('trends.intro')}</Text>
        <Group align="end">
          <Select
            label={t('trends.country')}
            data={(available.data?.countries ?? []).map((c) => ({ value: c.country, label: `${name(c.country)} (${locale.formatInteger(c.genomes)})` }))}
            value={country}
            onChange={setChosen}
            searchable
            allowDeselect={false}
            w={280}
          />
          <SegmentedControl
            aria-label={t('trends.period')}
            value={unit}
            onChange={(v) => setUnit(v as Unit)}
            data={[
              { value: 'month', label: t('trends.month') },
              { value: 'week', label: t('trends.week') },
            ]}
          />
        </Group>
        <Card>
          <Title order={2} size="h5" mb="sm">
            {country ? t('trends.cladesOf', { country: name(country) }) : t('trends.clades')}
          </Title>
          {available.isError ? (
            <ErrorAlert error={available.error} />
          ) : clades.isError ? (
            <ErrorAlert error={clades.error} />
          ) : available.data?.countries.length === 0 ? (
            <Text c="dimmed">{t('trends.empty')}</Text>
          ) : !clades.data ? (
            <Loader size="sm" aria-label={t('loading')} />
          ) : (
            <>
              <Text size="sm" data-testid="variant-summary">
                {t('trends.summary', { count: clades.data.periods.reduce((s, p) => s + p.total, 0), periods: clades.data.periods.length })}
              </Text>
              <CladeAreaChart trend={clades.data} countryName={name(clades.data.country)} />
            </>
          )}
        </Card>
        <Card>
          <Title order={2} size="h5" mb="sm">
            {t('trends.mapTitle')}
          </Title>
          <Group align="start" mb="sm">
            <form onSubmit={onMutation}>
              <Group align="start">
                <TextInput label={t('filters.mutation')} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} error={mutationInvalid ? t('filters.mutationInvalid') : undefined} w={240} />
                <Button type="submit" mt={25}>
                  {t('trends.show')}
                </Button>
              </Group>
            </form>
            <Select label={t('trends.inPeriod')} data={periods} value={period} onChange={setChosenPeriod} allowDeselect={false} w={160} />
          </Group>
          {trend.isError ? <ErrorAlert error={trend.error} /> : !trend.data || !period ? <Text c="dimmed">{t('trends.empty')}</Text> : <MutationMap trend={trend.data} period={period} countryName={name} />}
        </Card>
        <Text size="xs" c="dimmed">
          {t('trends.method')}
        </Text>
      </Stack>
    </>
  );
}
