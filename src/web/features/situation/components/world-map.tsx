import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { useLocale } from '../../../i18n/use-locale';
import worldAtlas from 'world-atlas/countries-110m.json';
import { indicatorValue, legendStops, NO_DATA_COLOUR, rampColour, rampPosition, type MapIndicator } from '../utils/indicators';
import { formatIndicator } from '../utils/format';
import type { OverviewCountry } from '../utils/overview-rows';

const WIDTH = 960;
const HEIGHT = 480;

interface Shape {
  id: string;
  d: string;
}

// Country outlines once per page load: world-atlas ids are ISO 3166-1 numeric codes.
function useShapes(): Shape[] {
  return useMemo(() => {
    const topology = worldAtlas as unknown as Topology<{ countries: GeometryObject }>;
    const collection = feature(topology, topology.objects.countries);
    const features = 'features' in collection ? collection.features : [collection];
    const projection = geoEqualEarth().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: 'Sphere' });
    const path = geoPath(projection);
    return features.map((f) => ({ id: String(f.id ?? ''), d: path(f) ?? '' })).filter((s) => s.d !== '');
  }, []);
}

interface WorldMapProps {
  rows: readonly OverviewCountry[];
  indicator: MapIndicator;
  onSelect: (iso3: string) => void;
}

/** The world coloured by one indicator; hover shows a country's figures, a click opens its page. */
export function WorldMap({ rows, indicator, onSelect }: WorldMapProps) {
  const { t } = useTranslation('situation');
  const locale = useLocale();
  const shapes = useShapes();
  const [hover, setHover] = useState<{ row: OverviewCountry | null; id: string; x: number; y: number } | null>(null);
  const byNumeric = useMemo(() => new Map(rows.filter((r) => r.isoNumeric).map((r) => [String(Number(r.isoNumeric)).padStart(3, '0'), r])), [rows]);

  const fill = (row: OverviewCountry | undefined) => {
    const value = row ? indicatorValue(row, indicator) : null;
    return value === null ? NO_DATA_COLOUR : rampColour(rampPosition(indicator, value));
  };

  return (
    <Stack gap="xs">
      <Box pos="relative" onMouseLeave={() => setHover(null)}>
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={t('map.label', { indicator: t(`indicators.${indicator}.label`) })} style={{ display: 'block' }}>
          <g>
            {shapes.map((shape, i) => {
              const row = byNumeric.get(shape.id);
              return (
                <path
                  key={`${shape.id}-${i}`}
                  d={shape.d}
                  fill={fill(row)}
                  stroke="#ffffff"
                  strokeWidth={0.5}
                  data-iso3={row?.iso3}
                  style={{ cursor: row ? 'pointer' : 'default' }}
                  onMouseMove={(e) => {
                    const box = (e.currentTarget.ownerSVGElement as SVGSVGElement).getBoundingClientRect();
                    setHover({ row: row ?? null, id: shape.id, x: e.clientX - box.left, y: e.clientY - box.top });
                  }}
                  onClick={() => row && onSelect(row.iso3)}
                />
              );
            })}
          </g>
        </svg>
        {hover?.row && (
          <Paper shadow="md" p="xs" withBorder pos="absolute" style={{ left: Math.min(hover.x + 12, WIDTH), top: hover.y + 12, pointerEvents: 'none', zIndex: 2, minWidth: 180 }} role="tooltip">
            <Text fw={600} size="sm">
              {locale.name({ nameEn: hover.row.name, nameZh: hover.row.nameZh })}
            </Text>
            {(['incidence', 'growth', 'rt', 'deaths', 'severity'] as const).map((key) => (
              <Group key={key} justify="space-between" gap="md" wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {t(`indicators.${key}.short`)}
                </Text>
                <Text size="xs" fw={key === indicator ? 700 : 400}>
                  {formatIndicator(key, indicatorValue(hover.row as OverviewCountry, key), locale)}
                </Text>
              </Group>
            ))}
          </Paper>
        )}
      </Box>
      <Legend indicator={indicator} />
    </Stack>
  );
}

function Legend({ indicator }: { indicator: MapIndicator }) {
  const { t } = useTranslation('situation');
  const locale = useLocale();
  const stops = legendStops(indicator);
  return (
    <Group gap="xs" wrap="wrap" aria-label={t('map.legend')} role="group">
      <Text size="xs" c="dimmed">
        {t(`indicators.${indicator}.label`)}
      </Text>
      {stops.map((value) => (
        <Group key={value} gap={4} wrap="nowrap">
          <Box w={14} h={14} style={{ background: rampColour(rampPosition(indicator, value)), border: '1px solid #ccc' }} />
          <Text size="xs">{formatIndicator(indicator, value, locale)}</Text>
        </Group>
      ))}
      <Group gap={4} wrap="nowrap">
        <Box w={14} h={14} style={{ background: NO_DATA_COLOUR, border: '1px solid #ccc' }} />
        <Text size="xs">{t('map.noData')}</Text>
      </Group>
    </Group>
  );
}
