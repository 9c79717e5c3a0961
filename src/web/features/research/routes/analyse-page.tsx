import { Alert, Badge, Button, Card, FileInput, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisResult } from '../../../../core/genome/analysis-result';
import { formatNdjsonRecord } from '../../../../core/genome/output/format-ndjson';
import { formatTsvHeader, formatTsvRow } from '../../../../core/genome/output/format-tsv';
import { formatAaSubstitution } from '../../../../core/genome/output/format-values';
import { downloadFile } from '../../../lib/download-file';
import type { AnalyseMessage } from '../workers/analyse-messages';
import { useLogVisit } from '../api/log-visit';
import { ResearchHeader } from './research-page';
import { researchPaths } from './paths';

type Phase = 'idle' | 'loading' | 'running' | 'done' | 'error';

/** Drop a FASTA: the same engine analyses it in a Web Worker, in this browser, without uploading it. */
export function AnalysePage() {
  const { t } = useTranslation('research');
  useLogVisit(researchPaths.analyse);
  const worker = useRef<Worker | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [total, setTotal] = useState(0);
  const [results, setResults] = useState<AnalysisResult[]>([]);
  const [message, setMessage] = useState('');

  useEffect(() => () => worker.current?.terminate(), []);

  const run = async (file: File | null) => {
    if (!file) return;
    worker.current?.terminate();
    const w = new Worker(new URL('../workers/analyse.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    setResults([]);
    setTotal(0);
    setPhase('loading');
    w.onmessage = (event: MessageEvent<AnalyseMessage>) => {
      const m = event.data;
      if (m.kind === 'started') {
        setTotal(m.total);
        setPhase('running');
      } else if (m.kind === 'result') setResults((r) => [...r, m.result]);
      else if (m.kind === 'done') setPhase('done');
      else if (m.kind === 'error') {
        setMessage(m.message);
        setPhase('error');
      }
    };
    w.postMessage({ fasta: await file.text() });
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void run(event.dataTransfer.files[0] ?? null);
  };

  return (
    <>
      <ResearchHeader />
      <Stack>
        <Card onDragOver={(e) => e.preventDefault()} onDrop={onDrop} withBorder style={{ borderStyle: 'dashed' }} data-testid="research-drop">
          <Title order={2} size="h4" mb="xs">
            {t('analyse.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('analyse.description')}
          </Text>
          <FileInput label={t('analyse.drop')} placeholder={t('analyse.choose')} accept=".fasta,.fa,.fas,.fna,.txt" onChange={(f) => void run(f)} maw={480} />
        </Card>
        {phase === 'loading' && <Text size="sm">{t('analyse.loadingDataset')}</Text>}
        {phase === 'error' && <Alert color="red">{t('analyse.failed', { message })}</Alert>}
        {(phase === 'running' || phase === 'done') && (
          <Card>
            <Text size="sm" mb="xs" data-testid="research-analyse-progress">
              {t('analyse.progress', { done: results.length, total })}
            </Text>
            <Progress value={total === 0 ? 100 : (results.length / total) * 100} mb="md" />
            {phase === 'done' && results.length > 0 && (
              <Group mb="md" gap="xs">
                <Button size="xs" variant="light" onClick={() => downloadFile('analysis.tsv', [formatTsvHeader(), ...results.map(formatTsvRow)].join('\n') + '\n', 'text/tab-separated-values')}>
                  {t('analyse.downloadTsv')}
                </Button>
                <Button size="xs" variant="light" onClick={() => downloadFile('analysis.ndjson', results.map((r) => formatNdjsonRecord(r) + '\n').join(''), 'application/x-ndjson')}>
                  {t('analyse.downloadNdjson')}
                </Button>
              </Group>
            )}
            <Table.ScrollContainer minWidth={800}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('analyse.seqName')}</Table.Th>
                    <Table.Th>{t('columns.clade')}</Table.Th>
                    <Table.Th>{t('columns.qc')}</Table.Th>
                    <Table.Th ta="right">{t('columns.substitutions')}</Table.Th>
                    <Table.Th ta="right">{t('columns.deletions')}</Table.Th>
                    <Table.Th ta="right">{t('columns.missing')}</Table.Th>
                    <Table.Th>{t('analyse.aaSubstitutions')}</Table.Th>
                    <Table.Th>{t('analyse.errors')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {results.map((r, i) => (
                    <Table.Tr key={`${i}:${r.seqName}`}>
                      <Table.Td ff="monospace">{r.seqName}</Table.Td>
                      <Table.Td>{r.clade}</Table.Td>
                      <Table.Td>{r.qc && <Badge variant="light">{t(`qc.${r.qc.overallStatus}`)}</Badge>}</Table.Td>
                      <Table.Td ta="right">{r.totalSubstitutions}</Table.Td>
                      <Table.Td ta="right">{r.totalDeletions}</Table.Td>
                      <Table.Td ta="right">{r.totalMissing}</Table.Td>
                      <Table.Td>
                        <Text size="xs" ff="monospace" lineClamp={2}>
                          {r.aaSubstitutions.map(formatAaSubstitution).join(', ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" c="red">
                          {r.errors.join('; ')}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
        )}
      </Stack>
    </>
  );
}
