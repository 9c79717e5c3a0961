import { Badge, Button, Group, MultiSelect, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldErrors } from '../../../lib/api-client';
import { useCountries } from '../../../lib/queries/get-countries';
import { useFindMeetingSlots } from '../api/find-meeting-slots';

const FIELDS = ['participants', 'durationMinutes', 'from', 'to'] as const;
/** A `datetime-local` value read as UTC, and back. */
const toUtc = (local: string) => (local ? `${local}:00Z` : '');
const utcLabel = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

// The slot finder: pick partner countries and a window; the ranked times show how many are inside their working hours.
export function SlotFinder() {
  const { t, i18n } = useTranslation('knowledge');
  const countries = useCountries();
  const find = useFindMeetingSlots();
  const [participants, setParticipants] = useState<string[]>([]);
  const [duration, setDuration] = useState<number | string>(60);
  const [from, setFrom] = useState('2026-12-07T00:00');
  const [to, setTo] = useState('2026-12-12T00:00');
  const errors = fieldErrors(find.error, FIELDS);
  const options = (countries.data?.countries ?? []).map((c) => ({ value: c.iso3, label: `${i18n.language.startsWith('zh') ? c.nameZh : c.nameEn} (${c.iso3})` }));

  return (
    <Stack gap="md">
      <Title order={3}>{t('slots.title')}</Title>
      <Text c="dimmed">{t('slots.description')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          find.mutate({ participants, durationMinutes: Number(duration), from: toUtc(from), to: toUtc(to) });
        }}
      >
        <Stack gap="sm">
          <MultiSelect label={t('slots.participants')} data={options} value={participants} onChange={setParticipants} searchable clearable maxValues={200} error={errors.participants} />
          <Group grow align="flex-start" wrap="wrap">
            <NumberInput label={t('slots.duration')} min={15} max={540} step={15} value={duration} onChange={setDuration} error={errors.durationMinutes} />
            <TextInput type="datetime-local" label={t('slots.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={errors.from} />
            <TextInput type="datetime-local" label={t('slots.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} error={errors.to} />
          </Group>
          <Group>
            <Button type="submit" loading={find.isPending} disabled={participants.length === 0}>
              {t('slots.find')}
            </Button>
          </Group>
        </Stack>
      </form>
      <ErrorAlert error={find.error} shownFields={FIELDS} />
      {find.data && (
        <Table.ScrollContainer minWidth={520}>
          <Table striped aria-label={t('slots.results')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('slots.start')}</Table.Th>
                <Table.Th>{t('slots.end')}</Table.Th>
                <Table.Th>{t('slots.count')}</Table.Th>
                <Table.Th>{t('slots.inside')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {find.data.slots.slice(0, 20).map((slot) => (
                <Table.Tr key={slot.start}>
                  <Table.Td>{utcLabel(slot.start)}</Table.Td>
                  <Table.Td>{utcLabel(slot.end)}</Table.Td>
                  <Table.Td>{t('slots.countOf', { count: slot.count, total: new Set(participants).size })}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {slot.inside.map((iso3) => (
                        <Badge key={iso3} variant="light" size="sm">
                          {iso3}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
