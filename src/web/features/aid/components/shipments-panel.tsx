import { Accordion, Button, Group, Loader, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AidItem } from '../../../../shared/schemas/aid';
import { CONSIGNMENT_STEPS, TRANSPORT_MODES, type Consignment, type ShippingDetails } from '../../../../shared/schemas/aid-shipments';
import type { Partner } from '../../../../shared/schemas/countries';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldErrors } from '../../../lib/api-client';
import { useLocale } from '../../../i18n/use-locale';
import { useConsignmentStep, useSettleRemainder, useUpdateConsignment } from '../api/consignment-actions';
import { useConsignments } from '../api/get-consignments';
import { nameById } from '../utils/names';
import { ConsignmentStatusBadge, ConsignmentSummary, PrintLink } from './consignment-summary';

/** Coordinators: every consignment, newest batch first; each opens on its packing list, details, timeline and next step. */
export function ShipmentsPanel({ items, partners }: { items: readonly AidItem[]; partners: readonly Partner[] }) {
  const { t } = useTranslation('aid');
  const { name } = useLocale();
  const consignments = useConsignments();
  if (consignments.isPending) return <Loader size="sm" />;
  if (consignments.isError) return <ErrorAlert error={consignments.error} />;
  if (consignments.data.consignments.length === 0) return <Text c="dimmed">{t('consignment.none')}</Text>;
  const partnerName = nameById(partners, name);
  const newest = [...consignments.data.consignments].sort((a, b) => b.batchNumber - a.batchNumber || a.number.localeCompare(b.number));
  return (
    <Accordion variant="separated" data-testid="shipments-list">
      {newest.map((c) => (
        <Accordion.Item key={c.id} value={String(c.id)} data-consignment={c.number}>
          <Accordion.Control>
            <Group gap="md">
              <Text fw={600}>{c.number}</Text>
              <Text>{partnerName(c.partnerId)}</Text>
              <ConsignmentStatusBadge status={c.status} />
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack>
              <ConsignmentSummary consignment={c} items={items} />
              <ConsignmentActions consignment={c} />
              {c.status !== 'receipt-confirmed' && c.status !== 'cancelled' && <ShippingForm consignment={c} />}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function ConsignmentActions({ consignment: c }: { consignment: Consignment }) {
  const { t } = useTranslation('aid');
  const step = useConsignmentStep();
  const remainder = useSettleRemainder();
  const at = CONSIGNMENT_STEPS.indexOf(c.status as (typeof CONSIGNMENT_STEPS)[number]);
  // The focal point confirms receipt: the coordinator moves the goods up to the hand-over.
  const next = at >= 0 && at < CONSIGNMENT_STEPS.indexOf('handed-over') ? (CONSIGNMENT_STEPS[at + 1] as Exclude<(typeof CONSIGNMENT_STEPS)[number], 'prepared'>) : undefined;
  const settled = c.status === 'receipt-confirmed' || c.status === 'cancelled';
  const short = c.balance.some((b) => b.short > 0);
  return (
    <Stack gap="xs">
      <Group gap="sm">
        {next && (
          <Button size="xs" onClick={() => step.mutate({ id: c.id, body: { status: next } })} loading={step.isPending} data-testid="next-step">
            {t('consignment.markAs', { status: t(`consignment.status.${next}`) })}
          </Button>
        )}
        {at >= 0 && at < CONSIGNMENT_STEPS.indexOf('handed-over') && (
          <Button size="xs" color="red" variant="subtle" onClick={() => step.mutate({ id: c.id, body: { status: 'cancelled' } })} loading={step.isPending}>
            {t('consignment.cancel')}
          </Button>
        )}
        {settled && short && c.remainder === null && (
          <>
            <Button size="xs" variant="light" onClick={() => remainder.mutate({ id: c.id, action: 'carried-over' })} data-testid="carry-over">
              {t('consignment.carryOver')}
            </Button>
            <Button size="xs" variant="light" onClick={() => remainder.mutate({ id: c.id, action: 'returned' })} data-testid="return-to-supply">
              {t('consignment.returnToSupply')}
            </Button>
          </>
        )}
        {c.remainder && (
          <Text size="sm" data-testid="remainder">
            {t(`consignment.remainder.${c.remainder}`)}
          </Text>
        )}
        <PrintLink consignment={c} />
      </Group>
      {step.isError && <ErrorAlert error={step.error} />}
      {remainder.isError && <ErrorAlert error={remainder.error} />}
    </Stack>
  );
}

const FIELDS = ['mode', 'carrier', 'voyage', 'departureAirport', 'arrivalAirport', 'plannedDeparture', 'plannedArrival'] as const;

function ShippingForm({ consignment: c }: { consignment: Consignment }) {
  const { t } = useTranslation('aid');
  const update = useUpdateConsignment();
  const [v, setV] = useState<Record<(typeof FIELDS)[number], string>>(() => Object.fromEntries(FIELDS.map((f) => [f, c[f] ?? ''])) as Record<(typeof FIELDS)[number], string>);
  const errors = fieldErrors(update.error, FIELDS);
  const text = (f: (typeof FIELDS)[number], extra: object = {}) => (
    <TextInput size="xs" label={t(`consignment.field.${f}`)} value={v[f]} onChange={(e) => setV({ ...v, [f]: e.currentTarget.value })} error={errors[f] && t('consignment.fieldError')} {...extra} />
  );
  const save = () => {
    const body: ShippingDetails = Object.fromEntries(FIELDS.map((f) => [f, v[f].trim() === '' ? null : f.endsWith('Airport') ? v[f].trim().toUpperCase() : v[f].trim()]));
    update.mutate({ id: c.id, body });
  };
  return (
    <Stack gap="xs" data-testid="shipping-form">
      <Group align="flex-end" gap="xs" wrap="wrap">
        <Select size="xs" label={t('consignment.field.mode')} data={TRANSPORT_MODES.map((m) => ({ value: m, label: t(`consignment.mode.${m}`) }))} value={v.mode || null} onChange={(m) => setV({ ...v, mode: m ?? '' })} w={170} />
        {text('carrier')}
        {text('voyage', { w: 110 })}
        {text('departureAirport', { w: 90, maxLength: 3 })}
        {text('arrivalAirport', { w: 90, maxLength: 3 })}
        {text('plannedDeparture', { type: 'date', w: 150 })}
        {text('plannedArrival', { type: 'date', w: 150 })}
        <Button size="xs" onClick={save} loading={update.isPending} data-testid="save-shipping">
          {t('consignment.save')}
        </Button>
      </Group>
      {errors[''] && <ErrorAlert error={update.error} shownFields={FIELDS} />}
    </Stack>
  );
}
