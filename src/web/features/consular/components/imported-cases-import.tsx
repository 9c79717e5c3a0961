import { Alert, Button, FileInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useImportImportedCases } from '../api/imported-cases';

/** For consular officers: the health authority's CSV of imported cases, taken whole or refused with its line and column. */
export function ImportedCasesImport() {
  const { t } = useTranslation('consular');
  const [file, setFile] = useState<File | null>(null);
  const upload = useImportImportedCases();
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('importedCases.importHint')}
      </Text>
      <FileInput label={t('importedCases.file')} accept=".csv,text/csv" value={file} onChange={setFile} clearable data-testid="imported-cases-file" />
      <Button onClick={() => file && void file.text().then((text) => upload.mutate(text))} disabled={file === null} loading={upload.isPending} w="fit-content">
        {t('importedCases.submit')}
      </Button>
      {upload.isError && <ErrorAlert error={upload.error} />}
      {upload.isSuccess && (
        <Alert color="teal" variant="light" title={t('importedCases.done')}>
          <Text size="sm">{t('importedCases.summary', { n: upload.data.imported, first: upload.data.firstDate, last: upload.data.lastDate })}</Text>
        </Alert>
      )}
    </Stack>
  );
}
