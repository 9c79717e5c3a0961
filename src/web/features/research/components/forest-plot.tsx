import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isRatio } from '../../../../core/results/result-record';
import type { Comparison } from '../../../../shared/schemas/research-results';
import { EChart } from '../../../components/echart';

type Row = Comparison['outcomes'][number];

/**
 * A forest plot of one effect measure: each outcome's estimate and interval on one row, the line of no
 * effect (1 for ratios on a log axis, 0 for differences) drawn through them.
 */
export function ForestPlot({ rows, measure }: { rows: Row[]; measure: Row['measure'] }) {
  const { t } = useTranslation('research');
  const option = useMemo(() => {
    const ratio = isRatio(measure);
    const labels = rows.map((r) => `${r.registryId ?? `#${r.resultId}`} · ${r.outcome.length > 40 ? `${r.outcome.slice(0, 40)}…` : r.outcome}`);
    const intervals = rows.map((r, i) => [i, r.lower, r.upper]);
    return {
      grid: { left: 8, right: 24, top: 16, bottom: 32, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (p: { dataIndex: number }) => {
          const r = rows[p.dataIndex]!;
          return `${r.title}<br/>${r.outcome}: ${r.estimate} (${r.lower}–${r.upper})`;
        },
      },
      xAxis: ratio ? { type: 'log', logBase: 2, name: t(`exchange.measures.${measure}`), nameLocation: 'middle', nameGap: 24 } : { type: 'value', name: t(`exchange.measures.${measure}`), nameLocation: 'middle', nameGap: 24 },
      yAxis: { type: 'category', data: labels, inverse: true },
      series: [
        {
          type: 'custom',
          renderItem: (_params: unknown, api: { value: (i: number) => number; coord: (v: [number, number]) => [number, number] }) => {
            const [x1, y] = api.coord([api.value(1), api.value(0)]);
            const [x2] = api.coord([api.value(2), api.value(0)]);
            return { type: 'line', shape: { x1, y1: y, x2, y2: y }, style: { stroke: '#1c7ed6', lineWidth: 2 } };
          },
          encode: { x: [1, 2], y: 0 },
          data: intervals,
          z: 1,
        },
        {
          type: 'scatter',
          symbol: 'rect',
          symbolSize: (_v: unknown, p: { dataIndex: number }) => Math.max(8, Math.min(18, Math.sqrt(rows[p.dataIndex]!.participants) / 3)),
          data: rows.map((r, i) => [r.estimate, i]),
          itemStyle: { color: '#1864ab' },
          z: 2,
          markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#868e96' }, data: [{ xAxis: ratio ? 1 : 0 }] },
        },
      ],
    };
  }, [rows, measure, t]);
  return <EChart option={option} label={t('exchange.forestLabel', { measure: t(`exchange.measures.${measure}`) })} height={Math.max(140, 44 * rows.length + 60)} testId={`forest-plot-${measure}`} />;
}
