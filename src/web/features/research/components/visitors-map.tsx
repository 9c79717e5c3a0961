import { Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessStats } from '../../../../shared/schemas/research';
import { WorldChoropleth } from '../../../components/world-choropleth';
import { useLocale } from '../../../i18n/use-locale';
import { useCountries } from '../../../lib/queries/get-countries';

const RAMP = ['#d0ebff', '#a5d8ff', '#74c0fc', '#339af0', '#1c7ed6', '#1864ab'];

/** The world shaded by visitors per country, on a log scale (a few countries bring most visitors). */
export function VisitorsMap({ byCountry }: { byCountry: AccessStats['byCountry'] }) {
  const { t } = useTranslation('research');
  const locale = useLocale();
  const countries = useCountries();
  const known = useMemo(() => byCountry.filter((c): c is typeof c & { country: string } => c.country !== null), [byCountry]);
  const values = useMemo(() => new Map(known.map((c) => [c.country, c.visitors])), [known]);
  const max = Math.max(1, ...known.map((c) => c.visitors));
  const colour = (visitors: number) => RAMP[Math.min(RAMP.length - 1, Math.floor((Math.log1p(visitors) / Math.log1p(max)) * (RAMP.length - 1)))];
  const stops = [1, ...[10, 100, 1_000, 10_000, 100_000].filter((stop) => max > stop), max];
  const name = (iso3: string) => {
    const country = countries.data?.countries.find((c) => c.iso3 === iso3);
    return country ? locale.name(country) : iso3;
  };

  return (
    <div data-testid="research-visitors-map">
      <WorldChoropleth
        values={values}
        countries={known.map((c) => ({ iso3: c.country, isoNumeric: c.isoNumeric }))}
        label={t('stats.mapLabel')}
        legendTitle={t('stats.visitors')}
        noDataLabel={t('stats.empty')}
        formatValue={(v) => locale.formatInteger(v)}
        colour={colour}
        legendStops={stops}
        countryName={name}
        tooltipExtra={(iso3) => (
          <Group justify="space-between" gap="md" wrap="nowrap">
            <Text size="xs" c="dimmed">
              {t('stats.downloads')}
            </Text>
            <Text size="xs">{locale.formatInteger(known.find((c) => c.country === iso3)?.downloads ?? 0)}</Text>
          </Group>
        )}
      />
    </div>
  );
}
