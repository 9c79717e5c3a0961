import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AidItem, Batch } from '../../../../shared/schemas/aid';
import { useLocale } from '../../../i18n/use-locale';
import { nameById } from '../utils/names';

/** What each approved batch brings to the partner (only its own allocations reach the browser). */
export function PartnerBatches({ batches, items }: { batches: readonly Batch[]; items: readonly AidItem[] }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger } = useLocale();
  const itemName = nameById(items, name);
  return (
    <Stack gap="sm" data-testid="partner-batches">
      <Title order={3}>{t('batches.title')}</Title>
      {batches.length === 0 && <Text c="dimmed">{t('batches.none')}</Text>}
      {batches.map((b) => (
        <Card key={b.id} withBorder>
          <Text fw={600}>{t('batches.batch', { number: b.number, date: b.batchDate })}</Text>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('batches.item')}</Table.Th>
                <Table.Th ta="right">{t('batches.quantity')}</Table.Th>
                <Table.Th ta="right">{t('batches.packs')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {b.allocations.map((a, k) => (
                <Table.Tr key={k}>
                  <Table.Td>{itemName(a.item)}</Table.Td>
                  <Table.Td ta="right">{formatInteger(a.quantity)}</Table.Td>
                  <Table.Td ta="right">{formatInteger(a.packs)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ))}
    </Stack>
  );
}
