import { Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AidItem, PlanRun } from '../../../../shared/schemas/aid';
import { useLocale } from '../../../i18n/use-locale';

export interface Cell {
  recipient: string;
  item: string;
}

/** Recipients × items: allocated of demand in each cell; selecting a cell shows its explanation. */
export function AllocationTable(props: { run: PlanRun; items: readonly AidItem[]; selected: Cell | null; onSelect: (cell: Cell) => void }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger } = useLocale();
  const itemIds = [...new Set(props.run.plan.explanations.map((e) => e.item))];
  const explanation = new Map(props.run.plan.explanations.map((e) => [`${e.recipient}:${e.item}`, e]));
  return (
    <Table.ScrollContainer minWidth={Math.max(600, itemIds.length * 120)}>
      <Table withColumnBorders data-testid="allocation-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('recipients.partner')}</Table.Th>
            {itemIds.map((id) => {
              const item = props.items.find((i) => i.id === id);
              return <Table.Th key={id}>{item ? name(item) : id}</Table.Th>;
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.run.recipients.map((r) => (
            <Table.Tr key={r.partnerId} data-partner={r.partnerId}>
              <Table.Td>
                {name(r)}
                {r.demandBasis === 'estimated-need' && (
                  <Text size="xs" c="orange">
                    {t('recipients.estimated')}
                  </Text>
                )}
              </Table.Td>
              {itemIds.map((id) => {
                const e = explanation.get(`${r.partnerId}:${id}`);
                if (!e) return <Table.Td key={id} />;
                const isSelected = props.selected?.recipient === r.partnerId && props.selected.item === id;
                const shade = Math.round(e.coverage * 100);
                return (
                  <Table.Td key={id} p={0} bg={isSelected ? 'blue.1' : `rgba(18, 184, 134, ${(shade / 100) * 0.35})`}>
                    <UnstyledButton w="100%" p={6} onClick={() => props.onSelect({ recipient: r.partnerId, item: id })} data-testid={`cell-${r.partnerId}-${id}`}>
                      <Text size="sm" fw={600}>
                        {formatInteger(e.allocated)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        / {formatInteger(e.demand)} · {shade}%
                      </Text>
                    </UnstyledButton>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
