import { Button, Card, Group, Loader, Pagination, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DOWNLOAD_FORMATS } from '../../../../shared/schemas/research';
import { ErrorAlert } from '../../../components/error-alert';
import { IconFlask } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { downloadUrl, useGenomeSearch } from '../api/search-genomes';
import { GenomesTable } from '../components/genomes-table';
import { ResearchNav } from '../components/research-nav';
import { SearchFilters } from '../components/search-filters';
import { filtersFromParams, PAGE_SIZE, paramsFromFilters, searchFromParams } from '../utils/search-params';

export function ResearchHeader() {
  const { t } = useTranslation('research');
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        icon={
          <ThemeIcon size={48} radius="md" variant="light">
            <IconFlask size={26} />
          </ThemeIcon>
        }
      />
      <ResearchNav />
    </>
  );
}

/** Search the genome repository and download what a search finds. */
export function ResearchPage() {
  const { t } = useTranslation('research');
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const query = searchFromParams(params);
  const search = useGenomeSearch(query);
  const page = Math.floor(query.offset / PAGE_SIZE) + 1;

  return (
    <>
      <ResearchHeader />
      <Card mb="lg">
        <SearchFilters key={params.toString()} value={filters} onSearch={(f) => setParams(paramsFromFilters(f))} />
      </Card>
      <Card>
        {search.isPending ? (
          <Group justify="center" py="xl">
            <Loader size="sm" aria-label={t('loading')} />
          </Group>
        ) : search.isError ? (
          <ErrorAlert error={search.error} />
        ) : (
          <>
            <Group justify="space-between" mb="sm" wrap="wrap">
              <Text fw={500} data-testid="research-total">
                {t('results.total', { count: search.data.total })}
              </Text>
              {search.data.total > 0 && (
                <Group gap="xs">
                  <Text size="sm" c="dimmed">
                    {t('results.download')}
                  </Text>
                  {DOWNLOAD_FORMATS.map((format) => (
                    <Button key={format} component="a" href={downloadUrl(filters, format)} download size="xs" variant="light">
                      {t(`results.${format}`)}
                    </Button>
                  ))}
                </Group>
              )}
            </Group>
            {search.data.total === 0 ? <Text c="dimmed">{t('results.empty')}</Text> : <GenomesTable genomes={search.data.genomes} />}
            {search.data.total > PAGE_SIZE && (
              <Group justify="center" mt="md">
                <Pagination total={Math.ceil(search.data.total / PAGE_SIZE)} value={page} onChange={(p) => setParams(paramsFromFilters(filters, p))} />
              </Group>
            )}
          </>
        )}
      </Card>
    </>
  );
}
