import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DatasetGenes, GenomeDetail } from '../../../../shared/schemas/research';
import { geneRows, insertionPosition, parseRange, substitutionPosition } from '../utils/genome-map-marks';

const WIDTH = 1000;
const GENE_ROW = 30;
const TRACK = 40;
const LABEL = 13;
/**
 * Drawn at no less than this many pixels: scaled down to a phone's width the map was a thin strip with 4-pixel
 * gene names; below it the map scrolls sideways instead, at a legible size.
 */
const MIN_PIXELS = 880;
const COLORS = { substitution: '#c92a2a', deletion: '#1864ab', insertion: '#2b8a3e', missing: '#adb5bd', gene: '#e7f5ff', geneStroke: '#74c0fc' };

/** The reference's genes as boxes, and this genome's mutations as marks on a track above them. */
export function GenomeMap({ dataset, genome }: { dataset: DatasetGenes; genome: GenomeDetail }) {
  const { t } = useTranslation('research');
  const x = (pos: number) => (pos / dataset.referenceLength) * WIDTH;
  const genes = geneRows(dataset.genes);
  const rows = Math.max(1, ...genes.map((g) => g.row + 1));
  const height = TRACK + 8 + rows * GENE_ROW + 18;
  const ranges = (list: string[]) => list.map(parseRange).filter((r) => r !== null);

  return (
    <>
      <Box style={{ overflowX: 'auto' }} data-testid="genome-map-scroll">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ minWidth: MIN_PIXELS, display: 'block' }} role="img" aria-label={t('genome.mapLabel')} data-testid="genome-map">
        <line x1={0} x2={WIDTH} y1={TRACK / 2} y2={TRACK / 2} stroke="#868e96" />
        {ranges(genome.missing).map((r) => (
          <rect key={`m${r.begin}`} x={x(r.begin - 1)} width={Math.max(1, x(r.end) - x(r.begin - 1))} y={TRACK / 2 - 4} height={8} fill={COLORS.missing} />
        ))}
        {ranges(genome.deletions).map((r) => (
          <rect key={`d${r.begin}`} x={x(r.begin - 1)} width={Math.max(2, x(r.end) - x(r.begin - 1))} y={2} height={TRACK - 4} fill={COLORS.deletion}>
            <title>{r.begin === r.end ? String(r.begin) : `${r.begin}-${r.end}`}</title>
          </rect>
        ))}
        {genome.substitutions.map((s) => {
          const pos = substitutionPosition(s);
          return pos === null ? null : (
            <line key={s} x1={x(pos)} x2={x(pos)} y1={2} y2={TRACK - 2} stroke={COLORS.substitution} strokeWidth={1.5}>
              <title>{s}</title>
            </line>
          );
        })}
        {genome.insertions.map((s) => {
          const pos = insertionPosition(s);
          return pos === null ? null : (
            <path key={s} d={`M${x(pos)} ${TRACK - 2} l-4 -8 h8 z`} fill={COLORS.insertion}>
              <title>{s}</title>
            </path>
          );
        })}
        {genes.map((g) => {
          const gx = x(g.start - 1);
          const w = Math.max(2, x(g.end) - gx);
          const y = TRACK + 8 + g.row * GENE_ROW;
          return (
            <g key={g.name}>
              <rect x={gx} y={y} width={w} height={GENE_ROW - 4} fill={COLORS.gene} stroke={COLORS.geneStroke} rx={3}>
                <title>{`${g.name} ${g.start}-${g.end}`}</title>
              </rect>
              {w > g.name.length * LABEL * 0.62 + 4 && (
                <text x={gx + w / 2} y={y + GENE_ROW / 2 + 3} fontSize={LABEL} textAnchor="middle" fill="#1864ab">
                  {g.name}
                </text>
              )}
            </g>
          );
        })}
        <text x={0} y={height - 2} fontSize={12} fill="#868e96">
          {1}
        </text>
        <text x={WIDTH} y={height - 2} fontSize={12} fill="#868e96" textAnchor="end">
          {dataset.referenceLength}
        </text>
      </svg>
      </Box>
      <Group gap="md" mt="xs">
        {(['substitution', 'deletion', 'insertion', 'missing'] as const).map((kind) => (
          <Group key={kind} gap={6}>
            <svg width={12} height={12} aria-hidden>
              <rect width={12} height={12} fill={COLORS[kind]} />
            </svg>
            <Text size="xs">{t(`genome.legend${kind[0]!.toUpperCase()}${kind.slice(1)}` as 'genome.legendSubstitution')}</Text>
          </Group>
        ))}
      </Group>
    </>
  );
}
