import { NumberInput, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AidItem, SupplyInput, SupplyLine } from '../../../../shared/schemas/aid';
import { useLocale } from '../../../i18n/use-locale';
import { usePutSupply } from '../api/put-supply';
import { EditTable, SaveCell } from './edit-table';

const FIELDS = ['stockOnHand', 'weeklyIncoming', 'committed', 'reserveFloor'] as const;
const LABEL: Record<(typeof FIELDS)[number], 'supply.stock' | 'supply.weekly' | 'supply.committed' | 'supply.floor'> = {
  stockOnHand: 'supply.stock',
  weeklyIncoming: 'supply.weekly',
  committed: 'supply.committed',
  reserveFloor: 'supply.floor',
};

/** The donor's supply per item (stock, per week, committed) and the reserve floor, with the reserve they give. */
export function SupplyEditor({ lines, items }: { lines: readonly SupplyLine[]; items: readonly AidItem[] }) {
  const { t } = useTranslation('aid');
  const { name } = useLocale();
  const put = usePutSupply();
  const headers = [{ label: t('supply.item') }, ...FIELDS.map((f) => ({ label: t(LABEL[f]) })), { label: t('supply.reserve'), right: true }];
  return (
    <EditTable error={put.error} minWidth={900} testId="supply-editor" headers={headers}>
      {lines.map((line) => {
        const item = items.find((i) => i.id === line.item);
        return (
          <SupplyRow
            key={line.item}
            line={line}
            label={item ? name(item) : line.item}
            saving={put.isPending && put.variables?.itemId === line.item}
            onSave={(supply) => put.mutate({ itemId: line.item, supply })}
          />
        );
      })}
    </EditTable>
  );
}

function SupplyRow({ line, label, saving, onSave }: { line: SupplyLine; label: string; saving: boolean; onSave: (s: SupplyInput) => void }) {
  const { t } = useTranslation('aid');
  const { formatInteger } = useLocale();
  const initial: SupplyInput = { stockOnHand: line.stockOnHand, weeklyIncoming: line.weeklyIncoming, committed: line.committed, reserveFloor: line.reserveFloor };
  const [draft, setDraft] = useState<SupplyInput>(initial);
  const changed = FIELDS.some((f) => draft[f] !== initial[f]);
  return (
    <Table.Tr data-item={line.item}>
      <Table.Td>{label}</Table.Td>
      {FIELDS.map((f) => (
        <Table.Td key={f}>
          <NumberInput
            size="xs"
            w={120}
            min={0}
            thousandSeparator=","
            aria-label={`${t(LABEL[f])}: ${label}`}
            value={draft[f]}
            onChange={(x) => setDraft((d) => ({ ...d, [f]: typeof x === 'number' ? x : 0 }))}
          />
        </Table.Td>
      ))}
      <Table.Td ta="right">
        {formatInteger(line.reserve)}{' '}
        <Text span size="xs" c="dimmed">
          ({t(`supply.reserveSetBy.${line.reserveSetBy}`)})
        </Text>
      </Table.Td>
      <SaveCell changed={changed} saving={saving} onSave={() => onSave(draft)} />
    </Table.Tr>
  );
}
