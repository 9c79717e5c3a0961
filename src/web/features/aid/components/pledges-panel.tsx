import { Button, Card, Group, Loader, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AidItem } from '../../../../shared/schemas/aid';
import type { Partner } from '../../../../shared/schemas/countries';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { useCreatePledge } from '../api/create-pledge';
import { useDeletePledge } from '../api/delete-pledge';
import { useAidPledges } from '../api/get-pledges';
import { nameById } from '../utils/names';

const EMPTY = { partnerId: null as string | null, item: null as string | null, quantity: '' as number | string, donor: '', expectedDate: '' };

/** Other donors' pledges to partners: recorded here, netted from demand and counted in the shortage. */
export function PledgesPanel({ items, partners }: { items: readonly AidItem[]; partners: readonly Partner[] }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger } = useLocale();
  const pledges = useAidPledges();
  const create = useCreatePledge();
  const remove = useDeletePledge();
  const [form, setForm] = useState(EMPTY);
  const itemName = nameById(items, name);
  const partnerName = nameById(partners, name);
  const record = () =>
    create.mutate(
      { partnerId: form.partnerId ?? '', item: form.item ?? '', quantity: Number(form.quantity), donor: form.donor, expectedDate: form.expectedDate },
      { onSuccess: () => setForm(EMPTY) },
    );

  return (
    <Stack>
      <Card withBorder>
        <Title order={3} mb="xs">
          {t('pledges.new')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('pledges.explain')}
        </Text>
        <Group align="flex-end" gap="sm">
          <Select
            label={t('pledges.partner')}
            data={partners.map((p) => ({ value: p.id, label: name(p) }))}
            value={form.partnerId}
            onChange={(v) => setForm((f) => ({ ...f, partnerId: v }))}
            searchable
            w={220}
            data-testid="pledge-partner"
          />
          <Select label={t('pledges.item')} data={items.map((i) => ({ value: i.id, label: name(i) }))} value={form.item} onChange={(v) => setForm((f) => ({ ...f, item: v }))} w={220} data-testid="pledge-item" />
          <NumberInput label={t('pledges.quantity')} min={1} value={form.quantity} onChange={(v) => setForm((f) => ({ ...f, quantity: v }))} w={140} />
          <TextInput label={t('pledges.donor')} value={form.donor} onChange={(e) => setForm({ ...form, donor: e.currentTarget.value })} w={200} />
          <TextInput type="date" label={t('pledges.expectedDate')} value={form.expectedDate} onChange={(e) => setForm({ ...form, expectedDate: e.currentTarget.value })} w={170} />
          <Button onClick={record} loading={create.isPending}>
            {t('pledges.record')}
          </Button>
        </Group>
        {create.isError && <ErrorAlert error={create.error} />}
      </Card>
      <Card withBorder>
        <Title order={3} mb="sm">
          {t('pledges.title')}
        </Title>
        {remove.isError && <ErrorAlert error={remove.error} />}
        {pledges.isPending ? (
          <Loader size="sm" />
        ) : pledges.isError ? (
          <ErrorAlert error={pledges.error} />
        ) : pledges.data.pledges.length === 0 ? (
          <Text c="dimmed">{t('pledges.none')}</Text>
        ) : (
          <Table striped data-testid="pledges-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pledges.partner')}</Table.Th>
                <Table.Th>{t('pledges.item')}</Table.Th>
                <Table.Th ta="right">{t('pledges.quantity')}</Table.Th>
                <Table.Th>{t('pledges.donor')}</Table.Th>
                <Table.Th>{t('pledges.expectedDate')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pledges.data.pledges.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{partnerName(p.partnerId)}</Table.Td>
                  <Table.Td>{itemName(p.item)}</Table.Td>
                  <Table.Td ta="right">{formatInteger(p.quantity)}</Table.Td>
                  <Table.Td>{p.donor}</Table.Td>
                  <Table.Td>{p.expectedDate}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" color="red" loading={remove.isPending && remove.variables === p.id} onClick={() => remove.mutate(p.id)}>
                      {t('pledges.delete')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
