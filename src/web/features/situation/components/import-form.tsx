import { Alert, Button, FileInput, Group, List, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SeriesSourceSchema, type ImportRequest, type SeriesSource } from '../../../../shared/schemas/situation';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiRequestError } from '../../../lib/api-client';
import { useImportSeries } from '../api/import-series';

/** For coordinators: upload a JHU pair, an OWID or a WHO file; it replaces that source's series whole or not at all. */
export function ImportForm() {
  const { t, i18n } = useTranslation('situation');
  const [source, setSource] = useState<SeriesSource>('jhu');
  const [confirmed, setConfirmed] = useState<File | null>(null);
  const [deaths, setDeaths] = useState<File | null>(null);
  const [data, setData] = useState<File | null>(null);
  const upload = useImportSeries();
  const ready = source === 'jhu' ? confirmed !== null && deaths !== null : data !== null;
  // A much smaller import than the data shown comes back for confirmation (ADR 066): the same files, confirmed.
  const muchSmaller = isApiRequestError(upload.error) && upload.error.error.key === 'situation.import-much-smaller' ? (upload.error.error.params ?? {}) : null;

  const submit = async () => {
    const request: ImportRequest =
      source === 'jhu'
        ? { source, files: { confirmed: await (confirmed as File).text(), deaths: await (deaths as File).text() } }
        : { source, files: { data: await (data as File).text() } };
    upload.mutate(request);
  };
  const count = (value: unknown) => (typeof value === 'number' ? value.toLocaleString(i18n.language) : String(value ?? '—'));
  const sourceName = (value: unknown) => {
    const known = SeriesSourceSchema.safeParse(value);
    return known.success ? t(`admin.import.sources.${known.data}`) : String(value);
  };
  const confirmImport = () => {
    if (upload.variables) upload.mutate({ ...upload.variables, confirm: true });
  };

  return (
    <Stack gap="sm">
      <SegmentedControl value={source} onChange={(v) => setSource(v as SeriesSource)} data={(['jhu', 'owid', 'who'] as const).map((s) => ({ value: s, label: t(`admin.import.sources.${s}`) }))} />
      {source === 'jhu' ? (
        <>
          <FileInput label={t('admin.import.confirmed')} accept=".csv,text/csv" value={confirmed} onChange={setConfirmed} clearable />
          <FileInput label={t('admin.import.deaths')} accept=".csv,text/csv" value={deaths} onChange={setDeaths} clearable />
        </>
      ) : (
        <FileInput label={t('admin.import.file')} accept=".csv,text/csv" value={data} onChange={setData} clearable />
      )}
      <Button onClick={() => void submit()} disabled={!ready} loading={upload.isPending} w="fit-content">
        {t('admin.import.submit')}
      </Button>
      {muchSmaller !== null ? (
        <Alert color="yellow" variant="light" title={t('admin.import.smaller.title')} role="alert">
          <Text size="sm">{t('admin.import.smaller.body')}</Text>
          <Table.ScrollContainer minWidth={280} mt="xs">
            <Table withTableBorder fz="sm" data-testid="import-comparison">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  <Table.Th>{t('admin.import.smaller.countries')}</Table.Th>
                  <Table.Th>{t('admin.import.smaller.rows')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Td>{t('admin.import.smaller.shown', { source: sourceName(muchSmaller.shownSource) })}</Table.Td>
                  <Table.Td>{count(muchSmaller.shownCountries)}</Table.Td>
                  <Table.Td>{count(muchSmaller.shownRows)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Td>{t('admin.import.smaller.new', { source: sourceName(muchSmaller.newSource) })}</Table.Td>
                  <Table.Td>{count(muchSmaller.newCountries)}</Table.Td>
                  <Table.Td>{count(muchSmaller.newRows)}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group gap="xs" mt="sm">
            <Button color="yellow" size="xs" onClick={confirmImport}>
              {t('admin.import.smaller.confirm')}
            </Button>
            <Button variant="default" size="xs" onClick={() => upload.reset()}>
              {t('admin.import.smaller.cancel')}
            </Button>
          </Group>
        </Alert>
      ) : (
        upload.isError && <ErrorAlert error={upload.error} />
      )}
      {upload.isSuccess && (
        <Alert color="teal" variant="light" title={t('admin.import.done')}>
          <Text size="sm">
            {t('admin.import.summary', { countries: upload.data.countries, days: upload.data.days, rows: upload.data.rows, first: upload.data.firstDate ?? '—', last: upload.data.lastDate ?? '—' })}
          </Text>
          {upload.data.warningCount > 0 && (
            <>
              <Text size="sm" mt="xs">
                {t('admin.import.warnings', { n: upload.data.warningCount })}
              </Text>
              <List size="xs">
                {upload.data.warnings.slice(0, 20).map((w, i) => (
                  <List.Item key={i}>{`${w.file ? `${w.file}: ` : ''}${w.line === null ? '' : `${t('admin.import.line', { line: w.line })}: `}${w.message}`}</List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      )}
    </Stack>
  );
}
