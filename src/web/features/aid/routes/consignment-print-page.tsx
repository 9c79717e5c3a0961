import { Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AidItem } from '../../../../shared/schemas/aid';
import type { Consignment } from '../../../../shared/schemas/aid-shipments';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { usePartners } from '../../../lib/queries/get-partners';
import { useConsignment } from '../api/get-consignment';
import { useAidItems } from '../api/get-items';
import { nameById } from '../utils/names';
import '../styles/print.css';

/** A consignment's packing list and waybill, each an A4 sheet (styles/print.css hides the app around them). */
export function ConsignmentPrintPage() {
  const { t } = useTranslation('aid');
  const id = Number(useParams().id);
  const consignment = useConsignment(id);
  const items = useAidItems();
  const partners = usePartners();
  if (consignment.isError || items.isError || partners.isError) return <ErrorAlert error={consignment.error ?? items.error ?? partners.error} />;
  if (!consignment.data || !items.data || !partners.data) return <Loader size="sm" />;
  const c = consignment.data;
  const partner = partners.data.partners.find((p) => p.id === c.partnerId);
  return (
    <Stack className="print-sheet" data-testid="consignment-print">
      <Group className="no-print" justify="space-between">
        <Anchor component={Link} to="/aid">
          {t('print.back')}
        </Anchor>
        <Button onClick={() => window.print()} data-testid="print-button">
          {t('consignment.print')}
        </Button>
      </Group>
      <PackingList consignment={c} items={items.data.items} consignee={partner ? partner : null} />
      <Waybill consignment={c} consignee={partner ? partner : null} />
    </Stack>
  );
}

type Consignee = { nameEn: string; nameZh: string } | null;

function SheetHeader({ title, c, consignee }: { title: string; c: Consignment; consignee: Consignee }) {
  const { t } = useTranslation('aid');
  const { name } = useLocale();
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <Title order={2}>{title}</Title>
        <Text fw={700} size="lg" data-testid="print-number">
          {c.number}
        </Text>
      </Group>
      <Table>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w="25%">{t('print.shipper')}</Table.Th>
            <Table.Td>{t('print.shipperName')}</Table.Td>
            <Table.Th w="25%">{t('print.consignee')}</Table.Th>
            <Table.Td data-testid="print-consignee">{consignee ? name(consignee) : c.partnerId}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('print.batch')}</Table.Th>
            <Table.Td>{c.batchNumber}</Table.Td>
            <Table.Th>{t('print.status')}</Table.Th>
            <Table.Td>{t(`consignment.status.${c.status}`)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </>
  );
}

function PackingList({ consignment: c, items, consignee }: { consignment: Consignment; items: readonly AidItem[]; consignee: Consignee }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger, formatDecimal } = useLocale();
  const itemName = nameById(items, name);
  const unit = (id: string) => items.find((i) => i.id === id)?.unit ?? '';
  return (
    <section data-testid="packing-list-sheet">
      <Stack gap="sm">
        <SheetHeader title={t('print.packingList')} c={c} consignee={consignee} />
        <Table data-testid="print-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('consignment.item')}</Table.Th>
              <Table.Th>{t('print.unit')}</Table.Th>
              <Table.Th ta="right">{t('consignment.quantity')}</Table.Th>
              <Table.Th ta="right">{t('consignment.packs')}</Table.Th>
              <Table.Th ta="right">{t('consignment.grossKg')}</Table.Th>
              <Table.Th ta="right">{t('consignment.volume')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.lines.map((l, k) => (
              <Table.Tr key={k} data-item={l.item}>
                <Table.Td>{k + 1}</Table.Td>
                <Table.Td>
                  {itemName(l.item)}
                  {l.carriedFrom !== null && ` (${t('consignment.carried')})`}
                </Table.Td>
                <Table.Td>{unit(l.item)}</Table.Td>
                <Table.Td ta="right">{formatInteger(l.quantity)}</Table.Td>
                <Table.Td ta="right">{formatInteger(l.packs)}</Table.Td>
                <Table.Td ta="right">{formatDecimal(l.grossKg)}</Table.Td>
                <Table.Td ta="right">{formatDecimal(l.volumeM3)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr data-testid="print-totals">
              <Table.Th colSpan={4}>{t('print.total')}</Table.Th>
              <Table.Th ta="right">{formatInteger(c.totals.packs)}</Table.Th>
              <Table.Th ta="right">{formatDecimal(c.totals.grossKg)}</Table.Th>
              <Table.Th ta="right">{formatDecimal(c.totals.volumeM3)}</Table.Th>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Signatures labels={[t('print.packedBy'), t('print.checkedBy')]} />
      </Stack>
    </section>
  );
}

function Waybill({ consignment: c, consignee }: { consignment: Consignment; consignee: Consignee }) {
  const { t } = useTranslation('aid');
  const { formatInteger, formatDecimal } = useLocale();
  const rows: Array<[string, string]> = [
    [t('consignment.field.mode'), c.mode ? t(`consignment.mode.${c.mode}`) : '—'],
    [t('consignment.field.carrier'), c.carrier ?? '—'],
    [t('consignment.field.voyage'), c.voyage ?? '—'],
    [t('print.from'), c.departureAirport ?? '—'],
    [t('print.to'), c.arrivalAirport ?? '—'],
    [t('consignment.field.plannedDeparture'), c.plannedDeparture ?? '—'],
    [t('consignment.field.plannedArrival'), c.plannedArrival ?? '—'],
    [t('print.packages'), formatInteger(c.totals.packs)],
    [t('consignment.grossKg'), formatDecimal(c.totals.grossKg)],
    [t('consignment.volume'), formatDecimal(c.totals.volumeM3)],
    [t('print.goods'), t('print.goodsText')],
  ];
  return (
    <section className="print-page-break" data-testid="waybill-sheet">
      <Stack gap="sm">
        <SheetHeader title={t('print.waybill')} c={c} consignee={consignee} />
        <Table data-testid="waybill-details">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w="35%">{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Signatures labels={[t('print.shipper'), t('print.carrierSignature'), t('print.receivedBy')]} />
      </Stack>
    </section>
  );
}

function Signatures({ labels }: { labels: string[] }) {
  const { t } = useTranslation('aid');
  return (
    <Table>
      <Table.Tbody>
        <Table.Tr>
          {labels.map((l) => (
            <Table.Td key={l} h={70} valign="top">
              <Text size="xs">{l}</Text>
              <Text size="xs" c="dimmed" mt={36}>
                {t('print.signatureDate')}
              </Text>
            </Table.Td>
          ))}
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
