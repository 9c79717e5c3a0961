import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AidItem, CoordinatorBatch } from '../../../../shared/schemas/aid';
import type { Partner } from '../../../../shared/schemas/countries';
import { useLocale } from '../../../i18n/use-locale';
import { downloadFile } from '../../../lib/download-file';
import { batchCsv, batchCsvFileName } from '../utils/batch-csv';
import { batchItemTotals } from '../utils/batch-items';
import { nameById } from '../utils/names';
import { BatchSettingsTable } from './batch-settings';

/** One approved batch: recipients × items as approved, its CSV for logistics, and the settings of its plan. */
export function BatchDetail({ batch, items, partners }: { batch: CoordinatorBatch; items: readonly AidItem[]; partners: readonly Partner[] }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger, compare } = useLocale();
  const itemName = nameById(items, name);
  const partnerName = nameById(partners, name);
  const columns = batchItemTotals(batch, items).map((x) => x.item);
  const recipients = [...new Set(batch.allocations.map((a) => a.partnerId))].sort((a, b) => compare(partnerName(a), partnerName(b)));
  // A recipient × item may be split over several of its requests: summed here, one row each in the CSV.
  const cell = (partnerId: string, item: string) =>
    batch.allocations
      .filter((a) => a.partnerId === partnerId && a.item === item)
      .reduce((sum, a) => ({ quantity: sum.quantity + a.quantity, packs: sum.packs + a.packs }), { quantity: 0, packs: 0 });
  const download = () => downloadFile(batchCsvFileName(batch), '\uFEFF' + batchCsv(batch, { partner: partnerName, item: itemName }), 'text/csv;charset=utf-8');
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={4}>{t('batchList.allocations')}</Title>
        <Button size="xs" variant="light" onClick={download} data-testid="batch-csv">
          {t('batchList.download')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={Math.max(500, columns.length * 120)}>
        <Table withColumnBorders striped data-testid="batch-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('recipients.partner')}</Table.Th>
              {columns.map((id) => (
                <Table.Th key={id} ta="right">
                  {itemName(id)}
                  <Text size="xs" c="dimmed">
                    {items.find((i) => i.id === id)?.unit}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {recipients.map((partnerId) => (
              <Table.Tr key={partnerId} data-partner={partnerId}>
                <Table.Td>{partnerName(partnerId)}</Table.Td>
                {columns.map((item) => {
                  const { quantity, packs } = cell(partnerId, item);
                  return (
                    <Table.Td key={item} ta="right">
                      {quantity > 0 && (
                        <>
                          <Text size="sm">{formatInteger(quantity)}</Text>
                          <Text size="xs" c="dimmed">
                            {t('batchList.packs', { packs: formatInteger(packs) })}
                          </Text>
                        </>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={4}>{t('batchSettings.title')}</Title>
      <BatchSettingsTable settings={batch.settings} items={items} partners={partners} />
    </Stack>
  );
}
