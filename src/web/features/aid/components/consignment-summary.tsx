import { Badge, Button, Group, Table, Text, Timeline } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AidItem } from '../../../../shared/schemas/aid';
import type { Consignment, ConsignmentStatus } from '../../../../shared/schemas/aid-shipments';
import { useLocale } from '../../../i18n/use-locale';
import { nameById } from '../utils/names';

const COLOR: Record<ConsignmentStatus, string> = {
  prepared: 'gray',
  dispatched: 'blue',
  'in-transit': 'indigo',
  arrived: 'cyan',
  'handed-over': 'teal',
  'receipt-confirmed': 'green',
  cancelled: 'red',
};

export function ConsignmentStatusBadge({ status }: { status: ConsignmentStatus }) {
  const { t } = useTranslation('aid');
  return (
    <Badge color={COLOR[status]} variant="light" data-testid="consignment-status" data-status={status}>
      {t(`consignment.status.${status}`)}
    </Badge>
  );
}

/** Opens the consignment's printable packing list and waybill. */
export function PrintLink({ consignment: c }: { consignment: Consignment }) {
  const { t } = useTranslation('aid');
  return (
    <Button size="xs" variant="default" component={Link} to={`/aid/consignments/${c.id}/print`} data-testid="print-consignment">
      {t('print.open')}
    </Button>
  );
}

/** The packing list (items, packs, gross weight, volume), the balance of receipts and the timeline: printable as it is. */
export function ConsignmentSummary({ consignment: c, items }: { consignment: Consignment; items: readonly AidItem[] }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger, formatDecimal, formatDateTime } = useLocale();
  const itemName = nameById(items, name);
  const discrepancies = c.balance.filter((b) => b.damaged > 0 || b.short > 0 || b.excess > 0);
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {[c.mode && t(`consignment.mode.${c.mode}`), c.carrier, c.voyage, c.departureAirport && c.arrivalAirport && `${c.departureAirport} → ${c.arrivalAirport}`, c.plannedDeparture]
          .filter(Boolean)
          .join(' · ') || t('consignment.noDetails')}
      </Text>
      <Table withTableBorder striped data-testid="packing-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('consignment.item')}</Table.Th>
            <Table.Th ta="right">{t('consignment.quantity')}</Table.Th>
            <Table.Th ta="right">{t('consignment.packs')}</Table.Th>
            <Table.Th ta="right">{t('consignment.grossKg')}</Table.Th>
            <Table.Th ta="right">{t('consignment.volume')}</Table.Th>
            <Table.Th ta="right">{t('consignment.received')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.lines.map((l, k) => {
            const b = c.balance.find((x) => x.item === l.item);
            return (
              <Table.Tr key={k} data-item={l.item}>
                <Table.Td>
                  {itemName(l.item)} {l.carriedFrom !== null && <Badge size="xs" variant="light">{t('consignment.carried')}</Badge>}
                </Table.Td>
                <Table.Td ta="right">{formatInteger(l.quantity)}</Table.Td>
                <Table.Td ta="right">{formatInteger(l.packs)}</Table.Td>
                <Table.Td ta="right">{formatDecimal(l.grossKg)}</Table.Td>
                <Table.Td ta="right">{formatDecimal(l.volumeM3)}</Table.Td>
                <Table.Td ta="right">{b ? t('consignment.balance', { good: formatInteger(b.good), damaged: formatInteger(b.damaged), short: formatInteger(b.short) }) : ''}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Text size="sm" mt="xs">
        {t('consignment.totals', { packs: formatInteger(c.totals.packs), kg: formatDecimal(c.totals.grossKg), m3: formatDecimal(c.totals.volumeM3) })}
      </Text>
      {discrepancies.length > 0 && (
        <Group gap="xs" mt="xs" data-testid="discrepancies">
          <Text size="sm" fw={600} c="orange">
            {t('consignment.discrepancies')}
          </Text>
          {discrepancies.map((d) => (
            <Text size="sm" key={d.item}>
              {t('consignment.discrepancy', { item: itemName(d.item), damaged: formatInteger(d.damaged), short: formatInteger(d.short), excess: formatInteger(d.excess) })}
            </Text>
          ))}
        </Group>
      )}
      <Timeline active={c.events.length - 1} bulletSize={14} lineWidth={2} mt="md" data-testid="consignment-timeline">
        {c.events.map((e, k) => (
          <Timeline.Item key={k} title={t(`consignment.status.${e.status}`)}>
            <Text size="xs" c="dimmed">
              {e.actor} · {formatDateTime(e.at)}
              {e.note ? ` · ${e.note}` : ''}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </>
  );
}
