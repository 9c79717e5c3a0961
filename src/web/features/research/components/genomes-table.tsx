import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GenomeSummary } from '../../../../shared/schemas/research';
import { researchPaths } from '../routes/paths';

const QC_COLOR = { good: 'green', mediocre: 'yellow', bad: 'red' } as const;

export function QcBadge({ status }: { status: GenomeSummary['qc.overallStatus'] }) {
  const { t } = useTranslation('research');
  if (!status) return null;
  return (
    <Badge color={QC_COLOR[status]} variant="light">
      {t(`qc.${status}`)}
    </Badge>
  );
}

export function GenomesTable({ genomes }: { genomes: GenomeSummary[] }) {
  const { t } = useTranslation('research');
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.strain')}</Table.Th>
            <Table.Th>{t('columns.date')}</Table.Th>
            <Table.Th>{t('columns.country')}</Table.Th>
            <Table.Th>{t('columns.clade')}</Table.Th>
            <Table.Th>{t('columns.qc')}</Table.Th>
            <Table.Th ta="right">{t('columns.substitutions')}</Table.Th>
            <Table.Th ta="right">{t('columns.deletions')}</Table.Th>
            <Table.Th ta="right">{t('columns.missing')}</Table.Th>
            <Table.Th>{t('columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {genomes.map((g) => (
            <Table.Tr key={g.id}>
              <Table.Td>
                <Anchor component={Link} to={researchPaths.genome(g.id)}>
                  {g.strain}
                </Anchor>
              </Table.Td>
              <Table.Td>{g.collectionDate}</Table.Td>
              <Table.Td>{g.country}</Table.Td>
              <Table.Td>{g.clade}</Table.Td>
              <Table.Td>
                <QcBadge status={g['qc.overallStatus']} />
              </Table.Td>
              <Table.Td ta="right">{g.totalSubstitutions}</Table.Td>
              <Table.Td ta="right">{g.totalDeletions}</Table.Td>
              <Table.Td ta="right">{g.totalMissing}</Table.Td>
              <Table.Td>{t(`status.${g.status}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
