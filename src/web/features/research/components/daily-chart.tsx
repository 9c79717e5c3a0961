import { useTranslation } from 'react-i18next';
import type { AccessStats } from '../../../../shared/schemas/research';
import { dailyBars } from '../utils/daily-bars';

const WIDTH = 800;
const HEIGHT = 160;

/** Visits (bars) and downloads (dark bars) per day. */
export function DailyChart({ series }: { series: AccessStats['series'] }) {
  const { t } = useTranslation('research');
  const max = Math.max(1, ...series.map((d) => d.visits + d.downloads));
  const bars = dailyBars(series.length, WIDTH);
  const y = (n: number) => (n / max) * (HEIGHT - 32);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={t('stats.chartLabel')}>
      {series.map((d, i) => (
        <g key={d.date}>
          <rect x={bars.x(i)} y={HEIGHT - 16 - y(d.visits + d.downloads)} width={bars.width} height={y(d.visits)} fill="#74c0fc">
            <title>{`${d.date}: ${t('stats.visits')} ${d.visits}`}</title>
          </rect>
          <rect x={bars.x(i)} y={HEIGHT - 16 - y(d.downloads)} width={bars.width} height={y(d.downloads)} fill="#1864ab">
            <title>{`${d.date}: ${t('stats.downloads')} ${d.downloads}`}</title>
          </rect>
        </g>
      ))}
      <line x1={0} x2={WIDTH} y1={HEIGHT - 16} y2={HEIGHT - 16} stroke="#ced4da" />
      {series.length > 0 && (
        <>
          <text x={0} y={11} fontSize={11} fill="#868e96">
            {t('stats.chartMax', { n: max })}
          </text>
          <text x={series.length > 1 ? 0 : WIDTH / 2} y={HEIGHT - 2} fontSize={11} fill="#868e96" textAnchor={series.length > 1 ? 'start' : 'middle'}>
            {series[0]!.date}
          </text>
          {series.length > 1 && (
            <text x={WIDTH} y={HEIGHT - 2} fontSize={11} fill="#868e96" textAnchor="end">
              {series.at(-1)!.date}
            </text>
          )}
        </>
      )}
    </svg>
  );
}
