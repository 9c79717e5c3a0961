import { Card, Group, Loader, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { useLocale } from '../../../i18n/use-locale';
import { useAuditLog } from '../api/get-audit-log';
import { AuditFiltersForm } from '../components/audit-filters-form';
import { AuditTable } from '../components/audit-table';
import { AUDIT_PAGE_SIZE, filtersFromParams, paramsFromFilters, toAuditQuery } from '../utils/audit-filters';

/** Admin → Audit log: every state change, newest first, filtered and paged through the URL. */
export function AuditPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const { filters, page } = filtersFromParams(params);
  const log = useAuditLog(toAuditQuery(filters, page));
  const total = log.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const first = total === 0 ? 0 : (page - 1) * AUDIT_PAGE_SIZE + 1;
  const last = Math.min(total, page * AUDIT_PAGE_SIZE);

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Card mb="md">
        <AuditFiltersForm key={params.toString()} initial={filters} onApply={(next) => setParams(paramsFromFilters(next, 1))} />
      </Card>
      <Card p={{ base: 'xs', sm: 'md' }}>
        {log.isPending ? (
          <Group justify="center" py="xl">
            <Loader size="sm" aria-label={t('common.loading')} />
          </Group>
        ) : log.isError ? (
          <ErrorAlert error={log.error} />
        ) : (
          <>
            <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
              <Text size="sm" c="dimmed" aria-live="polite">
                {total === 0
                  ? t('audit.empty')
                  : t('audit.range', { first: locale.formatInteger(first), last: locale.formatInteger(last), total: locale.formatInteger(total) })}
              </Text>
              {log.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
            </Group>
            {log.data.entries.length > 0 && <AuditTable entries={log.data.entries} />}
            {pages > 1 && (
              <Group justify="center" mt="md">
                <Pagination
                  total={pages}
                  value={Math.min(page, pages)}
                  onChange={(next) => setParams(paramsFromFilters(filters, next))}
                  siblings={1}
                  boundaries={1}
                  getControlProps={(control) => ({ 'aria-label': t(`audit.pagination.${control}`) })}
                  getItemProps={(p) => ({ 'aria-label': t('audit.pagination.page', { page: p }) })}
                />
              </Group>
            )}
          </>
        )}
      </Card>
    </>
  );
}
