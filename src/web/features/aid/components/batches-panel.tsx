import { Accordion, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AidItem, CoordinatorBatch } from '../../../../shared/schemas/aid';
import type { Partner } from '../../../../shared/schemas/countries';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { useBatches } from '../api/get-batches';
import { batchItemTotals } from '../utils/batch-items';
import { nameById } from '../utils/names';
import { BatchDetail } from './batch-detail';

/** The batches approved so far, newest first; each opens on its allocations and the settings it was planned with. */
export function BatchesPanel({ items, partners }: { items: readonly AidItem[]; partners: readonly Partner[] }) {
  const { t } = useTranslation('aid');
  const batches = useBatches();
  if (batches.isPending) {
    return (
      <Group justify="center" py="xl">
        <Loader size="sm" />
      </Group>
    );
  }
  if (batches.isError) return <ErrorAlert error={batches.error} />;
  if (batches.data.batches.length === 0) {
    return (
      <Text c="dimmed" data-testid="batches-empty">
        {t('batchList.none')}
      </Text>
    );
  }
  const newest = [...batches.data.batches].sort((a, b) => b.number - a.number);
  return (
    <Accordion variant="separated" data-testid="batches-list">
      {newest.map((b) => (
        <Accordion.Item key={b.id} value={String(b.id)} data-batch={b.number}>
          <Accordion.Control>
            <BatchSummary batch={b} items={items} />
          </Accordion.Control>
          <Accordion.Panel>
            <BatchDetail batch={b} items={items} partners={partners} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function BatchSummary({ batch, items }: { batch: CoordinatorBatch; items: readonly AidItem[] }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger, formatDateTime } = useLocale();
  const itemName = nameById(items, name);
  const recipients = new Set(batch.allocations.map((a) => a.partnerId)).size;
  return (
    <Stack gap={2}>
      <Group gap="md">
        <Text fw={600}>{t('batches.batch', { number: batch.number, date: batch.batchDate })}</Text>
        <Text size="sm" c="dimmed">
          {t('batchList.approved', { by: batch.approvedBy, at: formatDateTime(batch.approvedAt) })}
        </Text>
        <Text size="sm">{t('batchList.recipients', { recipients })}</Text>
      </Group>
      <Text size="sm" c="dimmed" data-testid="batch-totals">
        {batchItemTotals(batch, items)
          .map((x) => t('batchList.total', { item: itemName(x.item), quantity: formatInteger(x.quantity) }))
          .join(' · ')}
      </Text>
    </Stack>
  );
}
