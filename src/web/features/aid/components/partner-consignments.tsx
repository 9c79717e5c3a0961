import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AidItem } from '../../../../shared/schemas/aid';
import type { Consignment } from '../../../../shared/schemas/aid-shipments';
import { ConsignmentStatusBadge, ConsignmentSummary, PrintLink } from './consignment-summary';
import { ReceiptForm } from './receipt-form';

/** A focal point's consignments: what is on its way, and the receipt of what arrived. */
export function PartnerConsignments({ consignments, items }: { consignments: readonly Consignment[]; items: readonly AidItem[] }) {
  const { t } = useTranslation('aid');
  return (
    <Stack data-testid="partner-consignments">
      <Title order={3}>{t('consignment.mine')}</Title>
      {consignments.length === 0 && <Text c="dimmed">{t('consignment.none')}</Text>}
      {consignments.map((c) => (
        <Card withBorder key={c.id} data-consignment={c.number}>
          <Group gap="md" mb="xs">
            <Text fw={600}>{c.number}</Text>
            <ConsignmentStatusBadge status={c.status} />
            <PrintLink consignment={c} />
          </Group>
          <ConsignmentSummary consignment={c} items={items} />
          <ReceiptForm consignment={c} items={items} />
        </Card>
      ))}
    </Stack>
  );
}
