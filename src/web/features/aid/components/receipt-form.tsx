import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AidItem } from '../../../../shared/schemas/aid';
import type { Consignment } from '../../../../shared/schemas/aid-shipments';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiRequestError } from '../../../lib/api-client';
import { useLocale } from '../../../i18n/use-locale';
import { useConsignmentStep, useRecordReceipt } from '../api/consignment-actions';
import { nameById } from '../utils/names';

type Counts = { good: number; damaged: number; excess: number };

/** The focal point's receipt: per item, what arrived in good order, damaged, or beyond the packing list; then confirm. */
export function ReceiptForm({ consignment: c, items }: { consignment: Consignment; items: readonly AidItem[] }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger } = useLocale();
  const itemName = nameById(items, name);
  const receipt = useRecordReceipt();
  const confirm = useConsignmentStep();
  const [counts, setCounts] = useState<Record<string, Counts>>({});
  const open = c.status === 'arrived' || c.status === 'handed-over';
  if (!open) return null;
  const lines = c.balance.map((b) => ({ item: b.item, ...(counts[b.item] ?? { good: 0, damaged: 0, excess: 0 }) })).filter((l) => l.good + l.damaged + l.excess > 0);
  // A refused receipt names the field (`lines[k].good`): shown there, in the reader's language.
  const refused = new Set(isApiRequestError(receipt.error) ? receipt.error.details.map((d) => d.path) : []);
  const errorAt = (item: string, field: keyof Counts) => {
    const k = lines.findIndex((l) => l.item === item);
    return k >= 0 && refused.has(`lines[${k}].${field}`) ? t('receipt.aboveShipped', { left: formatInteger(c.balance.find((b) => b.item === item)!.short) }) : undefined;
  };
  const set = (item: string, field: keyof Counts, value: string | number) =>
    setCounts({ ...counts, [item]: { ...(counts[item] ?? { good: 0, damaged: 0, excess: 0 }), [field]: typeof value === 'number' ? value : 0 } });
  return (
    <Stack gap="xs" data-testid="receipt-form">
      <Text fw={600}>{t('receipt.title')}</Text>
      {c.balance.map((b) => (
        <Group key={b.item} align="flex-start" gap="xs" data-item={b.item}>
          <Text size="sm" w={180} mt={24}>
            {t('receipt.left', { item: itemName(b.item), left: formatInteger(b.short) })}
          </Text>
          {(['good', 'damaged', 'excess'] as const).map((field) => (
            <NumberInput key={field} size="xs" w={120} min={0} label={t(`receipt.${field}`)} value={counts[b.item]?.[field] ?? 0} onChange={(x) => set(b.item, field, x)} error={errorAt(b.item, field)} data-testid={`receipt-${b.item}-${field}`} />
          ))}
        </Group>
      ))}
      <Group gap="sm">
        <Button size="xs" disabled={lines.length === 0} loading={receipt.isPending} onClick={() => receipt.mutate({ id: c.id, body: { lines } }, { onSuccess: () => setCounts({}) })} data-testid="record-receipt">
          {t('receipt.record')}
        </Button>
        {/* Receipt is confirmed once the goods are handed over (docs/decisions/038). */}
        <Button size="xs" color="teal" variant="light" disabled={c.status !== 'handed-over'} loading={confirm.isPending} onClick={() => confirm.mutate({ id: c.id, body: { status: 'receipt-confirmed' } })} data-testid="confirm-receipt">
          {t('receipt.confirm')}
        </Button>
      </Group>
      {receipt.isError && refused.size === 0 && <ErrorAlert error={receipt.error} />}
      {confirm.isError && <ErrorAlert error={confirm.error} />}
    </Stack>
  );
}
