import { Anchor, Badge, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { GenomeDetail } from '../../../../shared/schemas/research';
import { ErrorAlert } from '../../../components/error-alert';
import { useDatasetGenes } from '../api/get-dataset-genes';
import { useGenome } from '../api/get-genome';
import { GenomeMap } from '../components/genome-map';
import { QcBadge } from '../components/genomes-table';
import { ResearchHeader } from './research-page';
import { researchPaths } from './paths';

const LISTS = ['substitutions', 'deletions', 'insertions', 'aaSubstitutions', 'aaDeletions', 'frameShifts', 'missing', 'nonACGTNs', 'errors'] as const;
/** The lists whose items the search takes as they are written: each links to the genomes that share it. */
const SEARCHABLE = new Set<string>(['substitutions', 'deletions', 'insertions', 'aaSubstitutions', 'aaDeletions']);

function MutationList({ title, items, searchable }: { title: string; items: string[]; searchable: boolean }) {
  const { t } = useTranslation('research');
  return (
    <Stack gap={4}>
      <Text fw={500} size="sm">
        {title} ({items.length})
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('genome.none')}
        </Text>
      ) : (
        <Group gap={4}>
          {items.map((m) =>
            searchable ? (
              <Badge key={m} component={Link} to={`${researchPaths.search}?${new URLSearchParams({ mutation: m }).toString()}`} variant="outline" color="blue" tt="none" ff="monospace" style={{ cursor: 'pointer' }}>
                {m}
              </Badge>
            ) : (
              <Badge key={m} variant="outline" color="gray" tt="none" ff="monospace">
                {m}
              </Badge>
            ),
          )}
        </Group>
      )}
    </Stack>
  );
}

function Metadata({ genome }: { genome: GenomeDetail }) {
  const { t } = useTranslation('research');
  const rows: [string, React.ReactNode][] = [
    [t('columns.date'), genome.collectionDate],
    [t('columns.country'), genome.country],
    [t('columns.host'), genome.host],
    [t('columns.originatingLab'), genome.originatingLab],
    [t('columns.submittingLab'), genome.submittingLab],
    [t('columns.clade'), genome.clade],
    [t('columns.qc'), <QcBadge key="qc" status={genome['qc.overallStatus']} />],
    [t('columns.status'), t(`status.${genome.status}`)],
  ];
  return (
    <Table>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w="40%">{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One genome: its metadata, its mutations on a map of the genes, and the full lists. */
export function GenomePage() {
  const { t } = useTranslation('research');
  const id = Number(useParams().id);
  const genome = useGenome(id);
  const dataset = useDatasetGenes();

  return (
    <>
      <ResearchHeader />
      <Anchor component={Link} to={researchPaths.search} size="sm">
        {t('genome.back')}
      </Anchor>
      {genome.isPending ? (
        <Loader size="sm" aria-label={t('loading')} />
      ) : genome.isError ? (
        <ErrorAlert error={genome.error} />
      ) : (
        <Stack mt="sm">
          <Title order={2} ff="monospace" data-testid="genome-strain">
            {genome.data.strain}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card>
              <Title order={3} size="h5" mb="xs">
                {t('genome.metadata')}
              </Title>
              <Metadata genome={genome.data} />
            </Card>
            <Card>
              <Title order={3} size="h5" mb="xs">
                {t('genome.map')}
              </Title>
              {dataset.data ? <GenomeMap dataset={dataset.data} genome={genome.data} /> : dataset.isError ? <ErrorAlert error={dataset.error} /> : <Loader size="sm" aria-label={t('loading')} />}
              {genome.data.alignmentStart !== null && (
                <Text size="xs" c="dimmed" mt="xs">
                  {t('genome.alignment', { start: genome.data.alignmentStart, end: genome.data.alignmentEnd })}
                </Text>
              )}
            </Card>
          </SimpleGrid>
          <Card>
            <Title order={3} size="h5" mb="sm">
              {t('genome.analysis')}
            </Title>
            {genome.data.status === 'pending' ? (
              <Text c="dimmed">{t('genome.notAnalysed')}</Text>
            ) : (
              <Stack data-testid="genome-mutations">
                {LISTS.map((key) => (
                  <MutationList key={key} title={t(`genome.${key}`)} items={genome.data[key]} searchable={SEARCHABLE.has(key)} />
                ))}
              </Stack>
            )}
          </Card>
        </Stack>
      )}
    </>
  );
}
