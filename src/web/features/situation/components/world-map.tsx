import { Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { WorldChoropleth } from '../../../components/world-choropleth';
import { useLocale } from '../../../i18n/use-locale';
import { formatIndicator } from '../utils/format';
import { indicatorValue, legendStops, rampColour, rampPosition, type MapIndicator } from '../utils/indicators';
import type { OverviewCountry } from '../utils/overview-rows';

const TOOLTIP_INDICATORS = ['incidence', 'growth', 'rt', 'deaths', 'severity'] as const;

interface WorldMapProps {
  rows: readonly OverviewCountry[];
  indicator: MapIndicator;
  onSelect: (iso3: string) => void;
}

/** The world coloured by one indicator on its own scale; hover shows a country's figures, a click opens its page. */
export function WorldMap({ rows, indicator, onSelect }: WorldMapProps) {
  const { t } = useTranslation('situation');
  const locale = useLocale();
  const byIso3 = useMemo(() => new Map(rows.map((r) => [r.iso3, r])), [rows]);
  const values = useMemo(() => new Map(rows.map((r) => [r.iso3, indicatorValue(r, indicator)])), [rows, indicator]);
  const label = t(`indicators.${indicator}.label`);

  return (
    <WorldChoropleth
      values={values}
      countries={rows}
      label={t('map.label', { indicator: label })}
      legendTitle={label}
      noDataLabel={t('map.noData')}
      formatValue={(value) => formatIndicator(indicator, value, locale)}
      colour={(value) => rampColour(rampPosition(indicator, value))}
      legendStops={legendStops(indicator)}
      countryName={(iso3) => {
        const row = byIso3.get(iso3);
        return row ? locale.name({ nameEn: row.name, nameZh: row.nameZh }) : iso3;
      }}
      tooltipExtra={(iso3) => {
        const row = byIso3.get(iso3);
        if (!row) return null;
        return TOOLTIP_INDICATORS.filter((key) => key !== indicator).map((key) => (
          <Group key={key} justify="space-between" gap="md" wrap="nowrap">
            <Text size="xs" c="dimmed">
              {t(`indicators.${key}.short`)}
            </Text>
            <Text size="xs">{formatIndicator(key, indicatorValue(row, key), locale)}</Text>
          </Group>
        ));
      }}
      onSelect={onSelect}
    />
  );
}
