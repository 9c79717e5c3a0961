import { Alert, Badge, Group, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import type { Forecast } from '../../../../shared/schemas/situation-forecast';
import { useForecast } from '../api/get-forecast';
import { ForecastChart } from './forecast-chart';

const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const ratio = (x: number | null) => (x === null ? '—' : x.toFixed(2));

function BacktestScore({ forecast }: { forecast: Forecast }) {
  const { t } = useTranslation('situation');
  if (forecast.backtestStatus === 'computing')
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm">{t('forecast.backtest.computing')}</Text>
      </Group>
    );
  if (forecast.backtestStatus === 'failed') return <Text size="sm">{t('forecast.backtest.failed')}</Text>;
  const score = forecast.backtest;
  if (score === null) return <Text size="sm">{t('forecast.backtest.none')}</Text>;
  return (
    <Stack gap={6} data-testid="forecast-backtest">
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t('forecast.backtest.title', { from: score.firstOrigin, to: score.lastOrigin })}
        </Text>
        <Badge color={score.beatsBaseline ? 'teal' : 'gray'} variant="light">
          {score.beatsBaseline ? t('forecast.backtest.beats') : t('forecast.backtest.doesNotBeat')}
        </Badge>
      </Group>
      <Table.ScrollContainer minWidth={320}>
        <Table striped withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('forecast.backtest.horizon')}</Table.Th>
              <Table.Th>{t('forecast.backtest.relativeWis')}</Table.Th>
              <Table.Th>{t('forecast.backtest.coverage50')}</Table.Th>
              <Table.Th>{t('forecast.backtest.coverage95')}</Table.Th>
              <Table.Th>{t('forecast.backtest.forecasts')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {score.horizons.map((h) => (
              <Table.Tr key={h.horizon}>
                <Table.Td>{t('forecast.weeksAhead', { count: h.horizon })}</Table.Td>
                <Table.Td>{ratio(h.relativeWis)}</Table.Td>
                <Table.Td>{percent(h.coverage50)}</Table.Td>
                <Table.Td>{percent(h.coverage95)}</Table.Td>
                <Table.Td>{h.forecasts}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t('forecast.backtest.help')}
      </Text>
    </Stack>
  );
}

/** The forecast of weekly new cases for the next four weeks, with the country's backtest score. */
export function ForecastPanel({ iso3 }: { iso3: string }) {
  const { t } = useTranslation('situation');
  const locale = useLocale();
  const [origin, setOrigin] = useState<string | null>(null);
  const forecast = useForecast(iso3, origin);
  const data = forecast.data;
  return (
    <Stack gap="sm">
      <TextInput
        type="date"
        label={t('forecast.origin')}
        description={t('forecast.originHelp')}
        value={origin ?? data?.origin ?? ''}
        onChange={(event) => setOrigin(event.currentTarget.value === '' ? null : event.currentTarget.value)}
        maw={260}
      />
      {forecast.isPending && <Loader size="sm" aria-label={t('overview.loading')} />}
      {forecast.isError && <ErrorAlert error={forecast.error} />}
      {data && data.reason !== null && (
        <Alert color="gray" data-testid="forecast-reason">
          {t(`forecast.reason.${data.reason}`)}
        </Alert>
      )}
      {data && data.horizons.length > 0 && (
        <>
          <ForecastChart forecast={data} />
          <Text size="sm">
            {t('forecast.summary', {
              week: data.horizons[0].weekEnd,
              median: locale.formatInteger(Math.round(data.horizons[0].quantiles[11].value)),
              low: locale.formatInteger(Math.round(data.horizons[0].quantiles[1].value)),
              high: locale.formatInteger(Math.round(data.horizons[0].quantiles[21].value)),
            })}
          </Text>
        </>
      )}
      {data && <BacktestScore forecast={data} />}
      <Text size="xs" c="dimmed">
        {t('forecast.help')}
      </Text>
    </Stack>
  );
}
