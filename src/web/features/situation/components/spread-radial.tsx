import { ScatterChart } from 'echarts/charts';
import { PolarComponent } from 'echarts/components';
import { format as echartsFormat, use, type EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpreadCountry } from '../../../../shared/schemas/spread';
import { useLocale } from '../../../i18n/use-locale';
import { radialLayout } from '../utils/radial-layout';
import { EChart } from '../../../components/echart';

// The radial charts need the polar system and scatter on top of what echart.tsx registers.
use([ScatterChart, PolarComponent]);

const HOP_COLOURS = ['#1c7ed6', '#f08c00', '#e03131', '#7048e8', '#495057'];
/** Countries named on the chart: the nearest ones; the rest show on hover. */
const LABELLED = 8;

interface SpreadRadialProps {
  origin: string;
  countries: readonly SpreadCountry[];
  countryName: (iso3: string) => string;
}

/**
 * Brockmann & Helbing's radial view: the origin at the centre, each country at its effective distance along
 * the shortest-path tree, coloured by the number of flights on its path; the tree's links drawn from parent to child.
 */
export function SpreadRadial({ origin, countries, countryName }: SpreadRadialProps) {
  const { t } = useTranslation('situation');
  const locale = useLocale();
  const option = useMemo((): EChartsCoreOption => {
    const points = radialLayout(origin, countries);
    const byIso3 = new Map(points.map((p) => [p.iso3, p]));
    const rows = new Map(countries.map((c) => [c.iso3, c]));
    const nearest = new Set(points.slice().sort((a, b) => a.radius - b.radius).slice(0, LABELLED).map((p) => p.iso3));
    const maxHops = HOP_COLOURS.length;
    // One line series draws every link: [parent, child] pairs separated by gaps ('-').
    const links: (number[] | string)[] = [];
    for (const p of points) {
      const parent = byIso3.get(p.parent);
      links.push(parent === undefined ? [0, p.angle] : [parent.radius, parent.angle], [p.radius, p.angle], '-');
    }
    const format = (value: number) => locale.formatDecimal(value);
    return {
      animation: false,
      polar: { radius: ['0%', '82%'] },
      angleAxis: { type: 'value', min: 0, max: 360, show: false },
      radiusAxis: { type: 'value', min: 0, axisLabel: { fontSize: 10, formatter: format }, splitLine: { show: true, lineStyle: { type: 'dashed' } }, axisLine: { show: false } },
      tooltip: {
        trigger: 'item',
        formatter: (params: { data?: { iso3?: string } }) => {
          const iso3 = params.data?.iso3;
          const row = iso3 === undefined ? undefined : rows.get(iso3);
          if (row === undefined || row.effectiveDistance === null) return '';
          // The tooltip is HTML: names are escaped like any text from the server.
          const html = (text: string) => echartsFormat.encodeHTML(text);
          const path = row.path.map((c) => html(countryName(c))).join(' → ');
          return `<b>${html(countryName(row.iso3))}</b><br/>${html(t('spread.effectiveDistance'))}: ${format(row.effectiveDistance)}<br/>${html(t('spread.path'))}: ${path}`;
        },
      },
      series: [
        { type: 'line', coordinateSystem: 'polar', data: links, symbol: 'none', silent: true, lineStyle: { width: 0.6, color: '#adb5bd' }, connectNulls: false },
        {
          type: 'scatter',
          coordinateSystem: 'polar',
          symbolSize: 7,
          // The nearest countries crowd the centre: a label that would overlap another is dropped (the tooltip has it).
          labelLayout: { hideOverlap: true },
          data: points.map((p) => ({
            iso3: p.iso3,
            value: [p.radius, p.angle],
            itemStyle: { color: HOP_COLOURS[Math.min(p.hops, maxHops) - 1] },
            label: { show: nearest.has(p.iso3), formatter: countryName(p.iso3), fontSize: 10, position: 'right' },
          })),
        },
        { type: 'scatter', coordinateSystem: 'polar', symbolSize: 12, silent: true, data: [{ value: [0, 0], itemStyle: { color: '#000' }, label: { show: true, formatter: countryName(origin), position: 'bottom', fontWeight: 'bold' } }] },
      ],
    };
  }, [origin, countries, countryName, locale, t]);
  return <EChart option={option} label={t('spread.radialLabel', { origin: countryName(origin) })} height={520} testId="spread-radial" />;
}
