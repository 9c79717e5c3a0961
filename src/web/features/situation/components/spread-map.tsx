import { scaleLinear, scaleSequential } from 'd3-scale';
import { interpolateYlGnBu } from 'd3-scale-chromatic';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpreadCountry } from '../../../../shared/schemas/spread';
import { WorldChoropleth } from '../../../components/world-choropleth';
import { useLocale } from '../../../i18n/use-locale';

interface SpreadMapProps {
  origin: string;
  countries: readonly SpreadCountry[];
  geography: ReadonlyArray<{ iso3: string; isoNumeric: string | null }>;
  countryName: (iso3: string) => string;
  onSelect: (iso3: string) => void;
}

/** The same effective distances on the geographic map (ADR 034's choropleth): dark = effectively near. */
export function SpreadMap({ origin, countries, geography, countryName, onSelect }: SpreadMapProps) {
  const { t } = useTranslation('situation');
  const locale = useLocale();
  const values = useMemo(() => new Map([[origin, 0], ...countries.map((c): [string, number | null] => [c.iso3, c.effectiveDistance])]), [origin, countries]);
  const max = Math.max(1, ...countries.map((c) => c.effectiveDistance ?? 0));
  // Reversed: the origin and its nearest neighbours darkest, the effectively remote pale.
  const colour = useMemo(() => scaleSequential(interpolateYlGnBu).domain([max, 0]), [max]);
  return (
    <WorldChoropleth
      values={values}
      countries={geography}
      label={t('spread.mapLabel', { origin: countryName(origin) })}
      legendTitle={t('spread.effectiveDistance')}
      noDataLabel={t('spread.unreachable')}
      formatValue={(value) => locale.formatDecimal(value)}
      colour={(value) => colour(value)}
      legendStops={scaleLinear().domain([0, max]).ticks(5)}
      countryName={countryName}
      selected={origin}
      onSelect={onSelect}
    />
  );
}
