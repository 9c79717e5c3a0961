import { geoEqualEarth, geoPath } from 'd3-geo';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import worldAtlas from 'world-atlas/countries-110m.json';
import type { AccessStats } from '../../../../shared/schemas/research';

const WIDTH = 960;
const HEIGHT = 440;
const NONE = '#e9ecef';
const RAMP = ['#d0ebff', '#a5d8ff', '#74c0fc', '#339af0', '#1c7ed6', '#1864ab'];

/** The world shaded by visitors per country (world-atlas ids are ISO 3166-1 numeric codes). */
export function VisitorsMap({ byCountry }: { byCountry: AccessStats['byCountry'] }) {
  const { t } = useTranslation('research');
  const shapes = useMemo(() => {
    const topology = worldAtlas as unknown as Topology<{ countries: GeometryObject }>;
    const collection = feature(topology, topology.objects.countries);
    const features = 'features' in collection ? collection.features : [collection];
    const path = geoPath(geoEqualEarth().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: 'Sphere' }));
    return features.map((f) => ({ id: String(f.id ?? ''), d: path(f) ?? '' })).filter((s) => s.d !== '');
  }, []);
  const byNumeric = new Map(byCountry.filter((c) => c.isoNumeric).map((c) => [c.isoNumeric!.padStart(3, '0'), c]));
  const max = Math.max(1, ...byCountry.map((c) => c.visitors));
  const fill = (visitors: number | undefined) =>
    visitors ? RAMP[Math.min(RAMP.length - 1, Math.floor((Math.log1p(visitors) / Math.log1p(max)) * (RAMP.length - 1)))] : NONE;

  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={t('stats.mapLabel')} data-testid="research-visitors-map">
      {shapes.map((s, i) => {
        const row = byNumeric.get(s.id);
        return (
          <path key={`${s.id}-${i}`} d={s.d} fill={fill(row?.visitors)} stroke="#ffffff" strokeWidth={0.5}>
            {row && <title>{`${row.country}: ${t('stats.visitors')} ${row.visitors}, ${t('stats.downloads')} ${row.downloads}`}</title>}
          </path>
        );
      })}
    </svg>
  );
}
