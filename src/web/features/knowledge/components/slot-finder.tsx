import { Badge, Button, Group, MultiSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldErrors } from '../../../lib/api-client';
import { useCountries } from '../../../lib/queries/get-countries';
import { useFindMeetingSlots } from '../api/find-meeting-slots';

import { SLOT_FIELDS as FIELDS, SlotWindowFields, useSlotWindow, utcLabel } from './slot-window';

// The slot finder: pick partner countries and a window; the ranked times show how many are inside their working hours.
export function SlotFinder() {
  const { t, i18n } = useTranslation('knowledge');
  const countries = useCountries();
  const find = useFindMeetingSlots();
  const [participants, setParticipants] = useState<string[]>([]);
  const slotWindow = useSlotWindow();
  const errors = fieldErrors(find.error, FIELDS);
  const options = (countries.data?.countries ?? []).map((c) => ({ value: c.iso3, label: `${i18n.language.startsWith('zh') ? c.nameZh : c.nameEn} (${c.iso3})` }));

  return (
    <Stack gap="md">
      <Title order={3}>{t('slots.title')}</Title>
      <Text c="dimmed">{t('slots.description')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          find.mutate(slotWindow.request(participants));
        }}
      >
        <Stack gap="sm">
          <MultiSelect label={t('slots.participants')} data={options} value={participants} onChange={setParticipants} searchable clearable maxValues={200} error={errors.participants} />
          <SlotWindowFields window={slotWindow} errors={errors} />
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
