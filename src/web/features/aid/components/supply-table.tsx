import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AidItem, PlanRun } from '../../../../shared/schemas/aid';
import { useLocale } from '../../../i18n/use-locale';

type SupplyRow = PlanRun['supply'][number];

/** Per item of the batch: supply, the domestic reserve (and what set it), and what is left to give. */
export function SupplyTable({ supply, items, demand, allocated }: { supply: readonly SupplyRow[]; items: readonly AidItem[]; demand?: Map<string, number>; allocated?: Map<string, number> }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger } = useLocale();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped data-testid="supply-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('supply.item')}</Table.Th>
            <Table.Th ta="right">{t('supply.stock')}</Table.Th>
            <Table.Th ta="right">{t('supply.weekly')}</Table.Th>
            <Table.Th ta="right">{t('supply.committed')}</Table.Th>
            <Table.Th ta="right">{t('supply.available')}</Table.Th>
            <Table.Th ta="right">{t('supply.reserve')}</Table.Th>
            <Table.Th ta="right">{t('supply.giveable')}</Table.Th>
            {demand && <Table.Th ta="right">{t('supply.demand')}</Table.Th>}
            {allocated && <Table.Th ta="right">{t('supply.allocated')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {supply.map((s) => {
            const item = items.find((i) => i.id === s.item);
            return (
              <Table.Tr key={s.item} data-item={s.item}>
                <Table.Td>{item ? name(item) : s.item}</Table.Td>
                <Table.Td ta="right">{formatInteger(s.stockOnHand)}</Table.Td>
                <Table.Td ta="right">{formatInteger(s.weeklyIncoming)}</Table.Td>
                <Table.Td ta="right">{formatInteger(s.committed)}</Table.Td>
                <Table.Td ta="right">{formatInteger(s.available)}</Table.Td>
                <Table.Td ta="right">
                  {formatInteger(s.reserve)}{' '}
                  <Text span size="xs" c="dimmed">
                    ({t(`supply.reserveSetBy.${s.reserveSetBy}`)})
                  </Text>
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  {formatInteger(s.giveable)}
                </Table.Td>
                {demand && <Table.Td ta="right">{formatInteger(demand.get(s.item) ?? 0)}</Table.Td>}
                {allocated && <Table.Td ta="right">{formatInteger(allocated.get(s.item) ?? 0)}</Table.Td>}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
