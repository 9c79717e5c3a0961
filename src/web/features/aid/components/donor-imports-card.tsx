import { Button, Card, FileInput, Group, Loader, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DonorFileFormat } from '../../../../shared/schemas/aid-donors';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { useDeleteDonorImport, useUploadDonorFile } from '../api/donor-import-actions';
import { useDonorImports } from '../api/get-donor-imports';

/** Other donors' files: upload one (IATI activity XML or the FTS-like CSV), see what each held, remove one. */
export function DonorImportsCard() {
  const { t } = useTranslation('aid');
  const { formatInteger } = useLocale();
  const imports = useDonorImports();
  const upload = useUploadDonorFile();
  const remove = useDeleteDonorImport();
  const [format, setFormat] = useState<DonorFileFormat>('iati');
  const [file, setFile] = useState<File | null>(null);
  return (
    <Card withBorder>
      <Title order={3} mb="xs">
        {t('donors.importTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('donors.importExplain')}
      </Text>
      <Group align="flex-end" gap="sm">
        <SegmentedControl
          value={format}
          onChange={(v) => setFormat(v as DonorFileFormat)}
          data={[
            { value: 'iati', label: t('donors.format.iati') },
            { value: 'fts', label: t('donors.format.fts') },
          ]}
          data-testid="donor-format"
        />
        <FileInput label={t('donors.file')} value={file} onChange={setFile} accept={format === 'iati' ? '.xml,application/xml,text/xml' : '.csv,text/csv'} w={280} clearable data-testid="donor-file" />
        <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate({ file, format }, { onSuccess: () => setFile(null) })} data-testid="donor-upload">
          {t('donors.upload')}
        </Button>
      </Group>
      {upload.isError && <ErrorAlert error={upload.error} />}
      {upload.isSuccess && (
        <Text size="sm" c="teal" mt="xs" data-testid="donor-upload-done">
          {t('donors.uploaded', { flows: formatInteger(upload.data.flows), donors: upload.data.donors.join(', ') || '–' })}
        </Text>
      )}
      <Stack mt="md">
        {remove.isError && <ErrorAlert error={remove.error} />}
        {imports.isPending ? (
          <Loader size="sm" />
        ) : imports.isError ? (
          <ErrorAlert error={imports.error} />
        ) : imports.data.imports.length === 0 ? (
          <Text c="dimmed">{t('donors.noImports')}</Text>
        ) : (
          <Table striped data-testid="donor-imports-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('donors.file')}</Table.Th>
                <Table.Th>{t('donors.formatLabel')}</Table.Th>
                <Table.Th>{t('donors.donors')}</Table.Th>
                <Table.Th ta="right">{t('donors.flows')}</Table.Th>
                <Table.Th ta="right">{t('donors.skipped')}</Table.Th>
                <Table.Th>{t('donors.importedBy')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {imports.data.imports.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{i.fileName}</Table.Td>
                  <Table.Td>{t(`donors.format.${i.format}`)}</Table.Td>
                  <Table.Td>{i.donors.join(', ')}</Table.Td>
                  <Table.Td ta="right">{formatInteger(i.flows)}</Table.Td>
                  <Table.Td ta="right">{formatInteger(i.skippedUnknownPartner + i.skippedUnknownItem)}</Table.Td>
                  <Table.Td>
                    {i.importedBy} · {i.importedAt.slice(0, 16).replace('T', ' ')}
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" color="red" loading={remove.isPending && remove.variables === i.id} onClick={() => remove.mutate(i.id)}>
                      {t('donors.remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
