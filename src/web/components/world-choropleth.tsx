import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { scaleLinear, scaleSequential } from 'd3-scale';
import { interpolateYlGnBu } from 'd3-scale-chromatic';
import { useMemo, useState, type ReactNode } from 'react';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import worldAtlas from 'world-atlas/countries-110m.json';

// A world map coloured by one value per country, keyed by ISO 3166-1 alpha-3: legend, tooltip, click.
// Generic: the caller gives the values, the labels and the formatting, so any module can use it. The
// outlines are world-atlas's countries-110m, whose ids are ISO 3166-1 numeric codes; `countries` maps
// them to ISO3 (the countries API gives each country's isoNumeric).

const WIDTH = 960;
const HEIGHT = 480;
export const NO_DATA_FILL = '#e9ecef';

interface Shape {
  numeric: string;
  d: string;
}

let shapesCache: Shape[] | null = null;
function worldShapes(): Shape[] {
  if (shapesCache) return shapesCache;
  const topology = worldAtlas as unknown as Topology<{ countries: GeometryObject }>;
  const collection = feature(topology, topology.objects.countries);
  const features = 'features' in collection ? collection.features : [collection];
  const path = geoPath(geoEqualEarth().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: 'Sphere' }));
  shapesCache = features.map((f) => ({ numeric: String(f.id ?? ''), d: path(f) ?? '' })).filter((s) => s.d !== '');
  return shapesCache;
}

/** world-atlas ids are zero-padded three-digit strings ("004"); the countries API may give "4". */
export const numericKey = (isoNumeric: string) => String(Number(isoNumeric)).padStart(3, '0');

export interface WorldChoroplethProps {
  /** Value per ISO3; countries absent (or null) are drawn as having no data. */
  values: ReadonlyMap<string, number | null>;
  /** ISO3 ↔ ISO numeric for every country that may appear. */
  countries: ReadonlyArray<{ iso3: string; isoNumeric: string | null }>;
  /** Accessible name of the map. */
  label: string;
  legendTitle: string;
  noDataLabel: string;
  formatValue: (value: number) => string;
  /** A country's name for the tooltip. */
  countryName: (iso3: string) => string;
  /** More lines in the tooltip of a country with a value. */
  tooltipExtra?: (iso3: string) => ReactNode;
  /** Colour domain; [0, max of the values] by default. */
  domain?: [number, number];
  /** A colour per value, for a scale of the caller's own (log, centred on 1, ...); YlGnBu over `domain` by default. */
  colour?: (value: number) => string;
  /** Values shown in the legend; five ticks of the domain by default. */
  legendStops?: readonly number[];
  selected?: string | null;
  onSelect?: (iso3: string) => void;
}

export function WorldChoropleth(props: WorldChoroplethProps) {
  const shapes = worldShapes();
  const [hover, setHover] = useState<{ iso3: string; x: number; y: number } | null>(null);
  const iso3ByNumeric = useMemo(
    () => new Map(props.countries.filter((c) => c.isoNumeric).map((c) => [numericKey(c.isoNumeric as string), c.iso3])),
    [props.countries],
  );
  const known = [...props.values.values()].filter((v): v is number => v !== null && Number.isFinite(v));
  const domain = props.domain ?? [0, Math.max(0, ...known)];
  const extent: [number, number] = domain[1] > domain[0] ? domain : [domain[0], domain[0] + 1];
  const sequential = scaleSequential(interpolateYlGnBu).domain(extent);
  const scale = props.colour ?? ((value: number) => sequential(value));
  const stops = props.legendStops ?? scaleLinear().domain(extent).ticks(5);
  const fill = (iso3: string | undefined) => {
    const value = iso3 === undefined ? null : (props.values.get(iso3) ?? null);
    return value === null ? NO_DATA_FILL : scale(value);
  };
  const hoverValue = hover ? (props.values.get(hover.iso3) ?? null) : null;

  return (
    <Stack gap="xs">
      <Box pos="relative" onMouseLeave={() => setHover(null)}>
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={props.label} style={{ display: 'block' }}>
          {shapes.map((shape, i) => {
            const iso3 = iso3ByNumeric.get(shape.numeric);
            const hasValue = iso3 !== undefined && (props.values.get(iso3) ?? null) !== null;
            const selected = iso3 !== undefined && props.selected === iso3;
            return (
              <path
                key={`${shape.numeric}-${i}`}
                d={shape.d}
                fill={fill(iso3)}
                stroke={selected ? '#1c7ed6' : '#ffffff'}
                strokeWidth={selected ? 2 : 0.5}
                data-iso3={iso3}
                data-value={hasValue ? String(props.values.get(iso3 as string)) : undefined}
                style={{ cursor: hasValue && props.onSelect ? 'pointer' : 'default' }}
                onMouseMove={(e) => {
                  if (!iso3) return setHover(null);
                  const box = (e.currentTarget.ownerSVGElement as SVGSVGElement).getBoundingClientRect();
                  setHover({ iso3, x: e.clientX - box.left, y: e.clientY - box.top });
                }}
                onClick={() => hasValue && props.onSelect?.(iso3 as string)}
              />
            );
          })}
        </svg>
        {hover && (
          <Paper shadow="md" p="xs" withBorder pos="absolute" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 12, pointerEvents: 'none', zIndex: 2, minWidth: 160 }}>
            <Text fw={600} size="sm">
              {props.countryName(hover.iso3)}
            </Text>
            <Text size="xs">{hoverValue === null ? props.noDataLabel : `${props.legendTitle}: ${props.formatValue(hoverValue)}`}</Text>
            {hoverValue !== null && props.tooltipExtra?.(hover.iso3)}
          </Paper>
        )}
      </Box>
      <Group gap="xs" wrap="wrap" role="group" aria-label={props.legendTitle}>
        <Text size="xs" c="dimmed">
          {props.legendTitle}
        </Text>
        {stops.map((value) => (
          <Group key={value} gap={4} wrap="nowrap">
            <Box w={14} h={14} style={{ background: scale(value), border: '1px solid #ccc' }} />
            <Text size="xs">{props.formatValue(value)}</Text>
          </Group>
        ))}
        <Group gap={4} wrap="nowrap">
          <Box w={14} h={14} style={{ background: NO_DATA_FILL, border: '1px solid #ccc' }} />
          <Text size="xs">{props.noDataLabel}</Text>
        </Group>
      </Group>
    </Stack>
  );
}
