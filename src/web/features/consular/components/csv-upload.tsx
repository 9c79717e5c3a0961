import { Alert, Button, FileInput, Stack, Text } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';

interface CsvUploadProps<T> {
  hint: string;
  upload: UseMutationResult<T, Error, string>;
  /** The line shown once the file has landed. */
  summary: (result: T) => string;
  testId: string;
}

/** A CSV file sent whole: taken, or refused with its lines and columns (shown by the error alert). */
export function CsvUpload<T>({ hint, upload, summary, testId }: CsvUploadProps<T>) {
  const { t } = useTranslation('consular');
  const [file, setFile] = useState<File | null>(null);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
      <FileInput label={t('importedCases.file')} accept=".csv,text/csv" value={file} onChange={setFile} clearable data-testid={testId} />
      <Button onClick={() => file && void file.text().then((text) => upload.mutate(text))} disabled={file === null} loading={upload.isPending} w="fit-content">
        {t('importedCases.submit')}
      </Button>
      {upload.isError && <ErrorAlert error={upload.error} />}
      {upload.isSuccess && (
        <Alert color="teal" variant="light" title={t('importedCases.done')}>
          <Text size="sm">{summary(upload.data)}</Text>
        </Alert>
      )}
    </Stack>
  );
}
