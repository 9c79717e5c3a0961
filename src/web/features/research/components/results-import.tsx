import { Button, Card, Group, List, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FORMATS, type ResultImport } from '../../../../shared/schemas/research-results';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiRequestError } from '../../../lib/api-client';
import { useImportResults } from '../api/moderate-results';

/** Import a DOI list or a RIS/BibTeX file as drafts to complete; each problem is listed with its entry and line. */
export function ResultsImport() {
  const { t } = useTranslation('research');
  const [format, setFormat] = useState<ResultImport['format']>('doi');
  const [text, setText] = useState('');
  const run = useImportResults();
  const problems = isApiRequestError(run.error) && run.error.status === 400 ? run.error.details.map((d) => d.message) : [];
  return (
    <Card>
      <Stack gap="xs">
        <Text fw={600}>{t('exchange.import')}</Text>
        <Text size="sm" c="dimmed">
          {t('exchange.importHelp')}
        </Text>
        <Group align="end">
          <Select label={t('exchange.importFormat')} data={IMPORT_FORMATS.map((f) => ({ value: f, label: t(`exchange.importFormats.${f}`) }))} value={format} onChange={(v) => v && setFormat(v as ResultImport['format'])} w={200} allowDeselect={false} />
          <input
            type="file"
            aria-label={t('exchange.importFile')}
            accept=".txt,.ris,.bib,.bibtex"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void file.text().then(setText);
            }}
          />
        </Group>
        <Textarea label={t('exchange.importText')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={3} maxRows={10} ff="monospace" error={problems.length > 0 ? t('exchange.importProblems') : undefined} />
        {problems.length > 0 && (
          <List size="xs" c="red" data-testid="results-import-problems">
            {problems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        )}
        {run.error && problems.length === 0 ? <ErrorAlert error={run.error} /> : null}
        {run.data && <Text size="sm">{t('exchange.imported', { created: run.data.created.length, skipped: run.data.skipped.length })}</Text>}
        <Group justify="end">
          <Button onClick={() => run.mutate({ format, text })} loading={run.isPending} disabled={!text.trim()}>
            {t('exchange.importButton')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
