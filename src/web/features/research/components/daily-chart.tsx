import { useTranslation } from 'react-i18next';
import type { AccessStats } from '../../../../shared/schemas/research';

const WIDTH = 800;
const HEIGHT = 160;

/** Visits (bars) and downloads (dark bars) per day. */
export function DailyChart({ series }: { series: AccessStats['series'] }) {
  const { t } = useTranslation('research');
  const max = Math.max(1, ...series.map((d) => d.visits + d.downloads));
  const step = WIDTH / Math.max(series.length, 1);
  const bar = Math.max(2, step * 0.7);
  const y = (n: number) => (n / max) * (HEIGHT - 20);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={t('stats.chartLabel')}>
      {series.map((d, i) => (
        <g key={d.date}>
          <rect x={i * step} y={HEIGHT - 16 - y(d.visits + d.downloads)} width={bar} height={y(d.visits)} fill="#74c0fc">
            <title>{`${d.date}: ${t('stats.visits')} ${d.visits}`}</title>
          </rect>
          <rect x={i * step} y={HEIGHT - 16 - y(d.downloads)} width={bar} height={y(d.downloads)} fill="#1864ab">
            <title>{`${d.date}: ${t('stats.downloads')} ${d.downloads}`}</title>
          </rect>
        </g>
      ))}
      {series.length > 0 && (
        <>
          <text x={0} y={HEIGHT - 2} fontSize={11} fill="#868e96">
            {series[0]!.date}
          </text>
          <text x={WIDTH} y={HEIGHT - 2} fontSize={11} fill="#868e96" textAnchor="end">
            {series.at(-1)!.date}
          </text>
        </>
      )}
    </svg>
  );
}
